import { Card, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { TReport } from '../../../shared/schemas/reports.ts';
import { useFormat } from '../../i18n/language-provider.tsx';
import { useReportsT } from '../../i18n/reports-messages.ts';
import { ReportStatus } from './report-badges.tsx';
import { periodLabel } from './report-values.ts';

/** The report's particulars: unit, period, deadline, recipient, state and version. */
export function ReportFacts({ report }: { report: TReport }) {
  const t = useReportsT();
  const format = useFormat();
  const rows: [string, ReactNode][] = [
    [t('facts.unit'), report.unit.name],
    [t('facts.period'), periodLabel(report.period, t)],
    [t('facts.due'), format.date(report.dueOn)],
    [t('facts.recipient'), report.recipient],
    [t('facts.state'), <ReportStatus key="state" state={report.state} isLate={report.isLate} />],
    [t('facts.version'), String(report.version)],
    [t('facts.submittedAt'), report.submittedAt ? format.dateTime(report.submittedAt) : null],
  ];
  return (
    <Card withBorder padding="md">
      <Table
        variant="vertical"
        layout="fixed"
        withRowBorders={false}
        verticalSpacing={6}
        data-testid="report-facts"
      >
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={{ base: 120, sm: 170 }} fw={500} c="dimmed" style={{ verticalAlign: 'top' }}>
                {label}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                {value ?? (
                  <Text span c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
