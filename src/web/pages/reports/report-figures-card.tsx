import { Anchor, Card, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { parsePeriod } from '../../../shared/periods.ts';
import type { TReport } from '../../../shared/schemas/reports.ts';
import { useFormat } from '../../i18n/language-provider.tsx';
import { useReportsT } from '../../i18n/reports-messages.ts';
import { formatFigure, formatTarget } from './report-values.ts';

/**
 * Where the figures of a period are typed: the "Nhập số liệu" tab of Chỉ tiêu, opened on the
 * report's period when that page can show it (years and half-years; it has no terms).
 */
export function figuresEntryPath(period: string): string {
  const type = parsePeriod(period)?.type;
  const search = new URLSearchParams({ tab: 'nhap-so-lieu' });
  if (type === 'year' || type === 'half_year') search.set('ky', period);
  return `/chi-tieu?${search.toString()}`;
}

/** The report's figures, read-only: live from data entry while writing, frozen once submitted. */
export function ReportFiguresCard({ report }: { report: TReport }) {
  const t = useReportsT();
  const format = useFormat();
  const isFrozen = report.state === 'submitted' || report.state === 'accepted';
  const hasValues = report.figures.some((f) => f.value !== null);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="report-figures-title">
      <Stack gap="sm">
        <Title order={3} fz="md" id="report-figures-title">
          {t('figures.title')}
        </Title>
        <Text size="sm" c="dimmed" data-testid="figures-note">
          {t('figures.source')}{' '}
          {isFrozen
            ? t('figures.frozen', { version: report.versions.at(-1)?.version ?? report.version })
            : t('figures.live')}{' '}
          {report.actions.edit ? (
            <Anchor component={Link} to={figuresEntryPath(report.period)} size="sm">
              {t('figures.edit')}
            </Anchor>
          ) : null}
        </Text>
        {report.figures.length === 0 ? (
          <Text size="sm">{t('figures.none')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table striped withTableBorder data-testid="report-figures">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('figures.col.indicator')}</Table.Th>
                  <Table.Th w={120}>{t('figures.col.unit')}</Table.Th>
                  <Table.Th w={140} ta="right">
                    {t('figures.col.value')}
                  </Table.Th>
                  <Table.Th w={140} ta="right">
                    {t('figures.col.target')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.figures.map((figure) => {
                  const value = formatFigure(figure.value, figure.unitOfMeasure, format.number);
                  const target = formatTarget(figure.target, figure.unitOfMeasure, format.number);
                  return (
                    <Table.Tr key={figure.code}>
                      <Table.Td>{figure.name}</Table.Td>
                      <Table.Td>{figure.unitOfMeasure}</Table.Td>
                      <Table.Td ta="right" fw={value ? 600 : undefined} style={{ whiteSpace: 'nowrap' }}>
                        {value ?? (
                          <Text span size="sm" c="dimmed">
                            {t('figures.noValue')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="right">{target ?? '—'}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {report.figures.length > 0 && !hasValues ? (
          <Text size="sm" c="dimmed">
            {parsePeriod(report.period)?.type === 'term' ? t('figures.emptyTerm') : t('figures.empty')}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
