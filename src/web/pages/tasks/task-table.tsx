import { Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { TTask } from '../../../shared/schemas/tasks.ts';
import { useDocumentsT } from '../../i18n/documents-messages.ts';
import { useFormat } from '../../i18n/language-provider.tsx';
import { TaskProgress, TaskStatusBadge } from './task-status-badge.tsx';

/** The source document of a task: a link when the user may open it, its number otherwise. */
export function TaskDocumentLink({ document }: { document: TTask['document'] }) {
  const dt = useDocumentsT();
  if (!document)
    return (
      <Text span size="sm" c="dimmed">
        —
      </Text>
    );
  const label = document.number ?? dt('documents.noNumber');
  return document.visible ? (
    <Anchor component={Link} to={`/van-ban/${document.id}`} size="sm">
      {label}
    </Anchor>
  ) : (
    <Text span size="sm" title={dt('task.documentHidden')}>
      {label}
    </Text>
  );
}

/** Tasks as a table: title, lead agency, due date, state, progress and source document. */
export function TaskTable({ tasks }: { tasks: readonly TTask[] }) {
  const dt = useDocumentsT();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="task-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{dt('tasks.col.title')}</Table.Th>
            <Table.Th>{dt('tasks.col.lead')}</Table.Th>
            <Table.Th>{dt('tasks.col.due')}</Table.Th>
            <Table.Th>{dt('tasks.col.status')}</Table.Th>
            <Table.Th>{dt('tasks.col.progress')}</Table.Th>
            <Table.Th>{dt('tasks.col.document')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.map((task) => (
            <Table.Tr key={task.id}>
              <Table.Td maw={420}>
                <Anchor component={Link} to={`/nhiem-vu/${task.id}`} size="sm" lineClamp={2}>
                  {task.title}
                </Anchor>
                {task.recurrence !== 'once' ? (
                  <Text size="xs" c="dimmed">
                    {dt(`recurrence.${task.recurrence}`)}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm">{task.leadAgency.name}</Text>
                  {task.children.total > 0 ? (
                    <Text size="xs" c="dimmed">
                      {dt('task.childrenShort', {
                        done: format.number(task.children.done),
                        total: format.number(task.children.total),
                      })}
                    </Text>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(task.dueOn) || '—'}</Table.Td>
              <Table.Td>
                <TaskStatusBadge status={task.status} />
              </Table.Td>
              <Table.Td>
                <TaskProgress percent={task.progressPercent} status={task.status} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <TaskDocumentLink document={task.document} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
