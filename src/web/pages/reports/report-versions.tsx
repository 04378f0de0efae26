import { Badge, Card, Stack, Table, Text, Title } from '@mantine/core';
import type { TReport } from '../../../shared/schemas/reports.ts';
import { useFormat } from '../../i18n/language-provider.tsx';
import { useReportsT } from '../../i18n/reports-messages.ts';

/**
 * Every version sent up, each on time or late against the deadline, and the one being written
 * after a return. A returned report keeps its earlier versions: the level above can compare.
 */
export function ReportVersions({ report }: { report: TReport }) {
  const t = useReportsT();
  const format = useFormat();
  const isWriting = report.state === 'draft' || report.state === 'returned';
  const hasWritingRow = isWriting && !report.versions.some((v) => v.version === report.version);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="report-versions-title">
      <Stack gap="sm">
        <Title order={3} fz="md" id="report-versions-title">
          {t('versions.title')}
        </Title>
        {report.versions.length === 0 && !hasWritingRow ? (
          <Text size="sm" c="dimmed">
            {t('versions.none')}
          </Text>
        ) : (
          <Table withTableBorder data-testid="report-versions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={110}>{t('versions.col.version')}</Table.Th>
                <Table.Th>{t('versions.col.submittedAt')}</Table.Th>
                <Table.Th>{t('versions.col.timeliness')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.versions.map((version) => (
                <Table.Tr key={version.version}>
                  <Table.Td>{t('versions.number', { version: version.version })}</Table.Td>
                  <Table.Td>{format.dateTime(version.submittedAt)}</Table.Td>
                  <Table.Td>
                    <Badge color={version.isLate ? 'red' : 'green'} variant="light">
                      {version.isLate ? t('late') : t('onTime')}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
              {hasWritingRow ? (
                <Table.Tr>
                  <Table.Td>{t('versions.number', { version: report.version })}</Table.Td>
                  <Table.Td colSpan={2}>
                    <Text span size="sm" c="dimmed">
                      {t('versions.writing')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ) : null}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
