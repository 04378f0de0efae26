import { Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTaskSummary } from '../../api/tasks.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { useDocumentsT } from '../../i18n/documents-messages.ts';
import { useFormat } from '../../i18n/language-provider.tsx';
import { sortForChase, taskListHref } from './task-list-params.ts';

function Count({ value, color }: { value: number; color?: string }) {
  const format = useFormat();
  return (
    <Text span size="sm" fw={value > 0 && color ? 700 : 400} c={value > 0 ? color : 'dimmed'}>
      {format.number(value)}
    </Text>
  );
}

/**
 * "Theo dõi, đôn đốc": task counts per lead agency, those with overdue or not-started tasks first,
 * each linking to that agency's tasks.
 */
export function TaskSummaryTable({ documentId }: { documentId?: number }) {
  const dt = useDocumentsT();
  const format = useFormat();
  const summary = useTaskSummary(documentId);
  if (summary.isError) return <ErrorAlert error={summary.error} />;
  if (!summary.data) return <PageLoader />;
  const rows = sortForChase(summary.data.items);
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed" role="status">
        {dt('chase.empty')}
      </Text>
    );
  }
  const behind = rows.filter((r) => r.overdue > 0 || r.notStarted > 0).length;
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed" role="status">
        {dt('chase.count', { agencies: format.number(rows.length), behind: format.number(behind) })}
      </Text>
      <Table.ScrollContainer minWidth={860} mah={560}>
        <Table striped highlightOnHover stickyHeader verticalSpacing={6} data-testid="chase-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{dt('chase.col.agency')}</Table.Th>
              <Table.Th>{dt('chase.col.unit')}</Table.Th>
              <Table.Th ta="right">{dt('chase.col.total')}</Table.Th>
              <Table.Th ta="right">{dt('taskStatus.overdue')}</Table.Th>
              <Table.Th ta="right">{dt('chase.col.notStarted')}</Table.Th>
              <Table.Th ta="right">{dt('taskStatus.in_term')}</Table.Th>
              <Table.Th ta="right">{dt('taskStatus.done_on_time')}</Table.Th>
              <Table.Th ta="right">{dt('taskStatus.done_late')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.agencyId}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={taskListHref({ tab: 'tat-ca', agencyId: row.agencyId, documentId })}
                    size="sm"
                  >
                    {row.agencyName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{row.unitName}</Table.Td>
                <Table.Td ta="right">
                  <Count value={row.total} />
                </Table.Td>
                <Table.Td ta="right">
                  <Count value={row.overdue} color="red" />
                </Table.Td>
                <Table.Td ta="right">
                  <Count value={row.notStarted} color="orange.8" />
                </Table.Td>
                <Table.Td ta="right">
                  <Count value={row.inTerm} />
                </Table.Td>
                <Table.Td ta="right">
                  <Count value={row.doneOnTime} color="green.8" />
                </Table.Td>
                <Table.Td ta="right">
                  <Count value={row.doneLate} color="orange.8" />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
