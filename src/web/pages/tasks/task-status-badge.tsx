import { Badge, Group, Progress, Text } from '@mantine/core';
import type { TaskStatus } from '../../../shared/task-status.ts';
import { useDocumentsT } from '../../i18n/documents-messages.ts';

/** Badge colour of each task state: red overdue, green on time, orange late, grey still in term. */
export const TASK_STATUS_COLORS: Record<TaskStatus, string> = {
  in_term: 'gray',
  overdue: 'red',
  done_on_time: 'green',
  done_late: 'orange',
};

/** A task's state in officials' words ("Quá hạn", "Hoàn thành đúng hạn"…), coloured. */
export function TaskStatusBadge({ status }: { status: TaskStatus }) {
  const dt = useDocumentsT();
  return (
    <Badge color={TASK_STATUS_COLORS[status]} variant={status === 'in_term' ? 'light' : 'filled'} size="sm">
      {dt(`taskStatus.${status}`)}
    </Badge>
  );
}

/** Progress as a bar with its percentage, coloured like the task's state. */
export function TaskProgress({ percent, status }: { percent: number; status: TaskStatus }) {
  const dt = useDocumentsT();
  return (
    <Group gap={6} wrap="nowrap" miw={120}>
      <Progress
        value={percent}
        color={status === 'in_term' ? 'armyGreen' : TASK_STATUS_COLORS[status]}
        size="md"
        style={{ flex: 1 }}
        aria-label={dt('task.progressLabel', { percent })}
      />
      <Text size="xs" w={40} ta="right" style={{ whiteSpace: 'nowrap' }}>
        {percent}%
      </Text>
    </Group>
  );
}
