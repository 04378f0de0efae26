import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import type { TMe } from '../../../shared/schemas/auth.ts';
import type { TCalendarEntry } from '../../../shared/schemas/reports.ts';
import { reportTemplateUrl, useOpenReport } from '../../api/reports.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useFormat } from '../../i18n/language-provider.tsx';
import { useReportsT } from '../../i18n/reports-messages.ts';
import { ReportStatus } from './report-badges.tsx';
import { isSent, periodLabel } from './report-values.ts';

function EntryAction({
  entry,
  canWrite,
  onOpen,
  isOpening,
}: {
  entry: TCalendarEntry;
  canWrite: boolean;
  onOpen: (entry: TCalendarEntry) => void;
  isOpening: boolean;
}) {
  const t = useReportsT();
  const label = `${entry.formTitle} – ${periodLabel(entry.period, t)}`;
  if (entry.reportId !== null && (isSent(entry.state) || !canWrite)) {
    return (
      <Button
        component={Link}
        to={`/bao-cao/${entry.reportId}`}
        size="xs"
        variant="light"
        aria-label={t('calendar.viewLabel', { report: label })}
      >
        {t('calendar.view')}
      </Button>
    );
  }
  if (!canWrite) return <Text c="dimmed">—</Text>;
  return (
    <Button
      size="xs"
      loading={isOpening}
      onClick={() => onOpen(entry)}
      aria-label={t('calendar.writeLabel', { report: label })}
    >
      {t('calendar.write')}
    </Button>
  );
}

/**
 * The reports the user's own unit owes: deadline, recipient, state and the late flag, with
 * "Soạn báo cáo" (which opens the report, starting it on first use) or "Xem báo cáo" once sent.
 */
export function OwnReportsTable({ entries, user }: { entries: TCalendarEntry[]; user: TMe }) {
  const t = useReportsT();
  const format = useFormat();
  const navigate = useNavigate();
  const openReport = useOpenReport();
  const canWrite = user.role !== 'viewer';

  const open = (entry: TCalendarEntry) => {
    if (entry.reportId !== null) {
      navigate(`/bao-cao/${entry.reportId}`);
      return;
    }
    openReport.mutate(
      { formId: entry.formId, unitId: entry.unitId, period: entry.period },
      { onSuccess: ({ id }) => navigate(`/bao-cao/${id}`) },
    );
  };

  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('calendar.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      {openReport.isError ? <ErrorAlert error={openReport.error} /> : null}
      <Table.ScrollContainer minWidth={860}>
        <Table striped highlightOnHover withTableBorder data-testid="own-reports-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('calendar.col.report')}</Table.Th>
              <Table.Th w={120}>{t('calendar.col.due')}</Table.Th>
              <Table.Th w={240}>{t('calendar.col.recipient')}</Table.Th>
              <Table.Th w={190}>{t('calendar.col.state')}</Table.Th>
              <Table.Th w={150}>{t('calendar.col.action')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => {
              const opening =
                openReport.isPending &&
                openReport.variables?.formId === entry.formId &&
                openReport.variables.period === entry.period;
              return (
                <Table.Tr key={`${entry.formId}:${entry.period}`} data-form={entry.formId}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {entry.formTitle}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {periodLabel(entry.period, t)}
                      {' · '}
                      <Anchor href={reportTemplateUrl(entry.formId, entry.period)} download size="xs">
                        {t('calendar.template')}
                      </Anchor>
                    </Text>
                  </Table.Td>
                  <Table.Td>{format.date(entry.dueOn)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{entry.recipient}</Text>
                  </Table.Td>
                  <Table.Td>
                    <ReportStatus state={entry.state} isLate={entry.isLate} />
                    {entry.submittedAt ? (
                      <Text size="xs" c="dimmed" mt={2}>
                        {t('calendar.submittedAt', { at: format.dateTime(entry.submittedAt) })}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <EntryAction entry={entry} canWrite={canWrite} onOpen={open} isOpening={opening} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
