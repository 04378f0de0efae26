/** Task states in the Government Office's model (derived, never stored). */
export const TASK_STATUSES = ['in_term', 'overdue', 'done_on_time', 'done_late'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Vietnamese names of the states, as officials say them. */
export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  in_term: 'Chưa đến hạn',
  overdue: 'Quá hạn',
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành trễ hạn',
};

/** How often a task recurs. */
export const RECURRENCES = ['once', 'year', 'half_year', 'quarter', 'month'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

/**
 * A task's state from its due date, completion date and today (all ISO dates): done tasks are on
 * time or late against the due date; open ones are overdue once the due date has passed.
 */
export function taskStatus(dueOn: string | null, completedOn: string | null, today: string): TaskStatus {
  if (completedOn) return dueOn === null || completedOn <= dueOn ? 'done_on_time' : 'done_late';
  return dueOn !== null && dueOn < today ? 'overdue' : 'in_term';
}

/** The last day of the period of `recurrence` that contains `date` (ISO), e.g. a yearly duty's 31/12. */
export function endOfRecurrencePeriod(recurrence: Exclude<Recurrence, 'once'>, date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const lastMonth =
    recurrence === 'year'
      ? 12
      : recurrence === 'half_year'
        ? m <= 6
          ? 6
          : 12
        : recurrence === 'quarter'
          ? Math.ceil(m / 3) * 3
          : m;
  return new Date(Date.UTC(y, lastMonth, 0)).toISOString().slice(0, 10);
}

/** The due date of the next occurrence after one due on `dueOn`. */
export function nextOccurrence(recurrence: Exclude<Recurrence, 'once'>, dueOn: string): string {
  const d = new Date(`${dueOn}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return endOfRecurrencePeriod(recurrence, d.toISOString().slice(0, 10));
}
