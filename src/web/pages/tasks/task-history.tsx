import { Stack, Text, Timeline } from '@mantine/core';
import type { TAuditEntry } from '../../../shared/schemas/audit.ts';
import { canReadAuditLog, useCurrentUser } from '../../api/session.ts';
import { useTaskHistory } from '../../api/tasks.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { type DocumentsTranslateFn, isDocumentsKey, useDocumentsT } from '../../i18n/documents-messages.ts';
import { useFormat, useT } from '../../i18n/language-provider.tsx';

/** A field of an audit entry's `after` object, when it is there. */
function afterField(entry: TAuditEntry, name: string): unknown {
  return entry.after && typeof entry.after === 'object'
    ? (entry.after as Record<string, unknown>)[name]
    : undefined;
}

/** One line saying what an entry did: "Cập nhật tiến độ 60%: Đã xây dựng phương án". */
function describeEntry(
  entry: TAuditEntry,
  dt: DocumentsTranslateFn,
  formatDate: (iso: string) => string,
): string {
  const key = `history.action.${entry.action}`;
  const action = isDocumentsKey(key) ? dt(key) : entry.action;
  const percent = afterField(entry, 'progressPercent');
  const note = afterField(entry, 'note');
  const completedOn = afterField(entry, 'completedOn');
  const parts = [action];
  if (entry.action === 'progress' && typeof percent === 'number')
    parts[0] = dt('history.progress', { percent });
  if (entry.action === 'complete' && typeof completedOn === 'string')
    parts[0] = dt('history.completedOn', { date: formatDate(completedOn) });
  if (typeof note === 'string' && note) parts.push(note);
  return parts.join(': ');
}

/**
 * What happened to the task, newest first. The API has no list of progress reports; the audit log
 * holds them but is open to leaders and admins only, so others see a note instead.
 */
export function TaskHistory({ taskId }: { taskId: number }) {
  const t = useT();
  const dt = useDocumentsT();
  const format = useFormat();
  const user = useCurrentUser();
  const isAllowed = canReadAuditLog(user);
  const history = useTaskHistory(taskId, isAllowed);
  if (!isAllowed) {
    return (
      <Text size="sm" c="dimmed">
        {dt('history.notAllowed')}
      </Text>
    );
  }
  if (history.isError) return <ErrorAlert error={history.error} />;
  if (!history.data) return <PageLoader />;
  const entries = history.data.items;
  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {dt('history.empty')}
      </Text>
    );
  }
  return (
    <Timeline bulletSize={12} lineWidth={2} active={entries.length}>
      {entries.map((entry) => (
        <Timeline.Item key={entry.id} title={describeEntry(entry, dt, format.date)}>
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {format.dateTime(entry.at)} · {entry.actor?.fullName ?? t('audit.systemActor')}
            </Text>
          </Stack>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
