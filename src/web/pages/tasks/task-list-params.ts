import type { TaskSummaryRow, TaskView } from '../../api/tasks.ts';

/** Tabs of "Nhiệm vụ" by their URL value: four views of the list, then the chase view. */
export const TASK_TABS = ['cua-toi', 'sap-den-han', 'qua-han', 'tat-ca', 'don-doc'] as const;
/** One tab of the task page. */
export type TaskTab = (typeof TASK_TABS)[number];

/** The list view each list tab shows. */
export const VIEW_OF_TAB: Record<Exclude<TaskTab, 'don-doc'>, TaskView> = {
  'cua-toi': 'mine',
  'sap-den-han': 'due_soon',
  'qua-han': 'overdue',
  'tat-ca': 'all',
};

/** URL parameters of the task list (Vietnamese, like the rest of the app's addresses). */
export const TASK_PARAMS = {
  tab: 'xem',
  q: 'q',
  status: 'trang-thai',
  document: 'van-ban',
  agency: 'co-quan',
  page: 'trang',
} as const;

/** Address of the task list on a tab, optionally for one document or one lead agency. */
export function taskListHref(options: { tab?: TaskTab; documentId?: number; agencyId?: number }): string {
  const params = new URLSearchParams();
  if (options.tab) params.set(TASK_PARAMS.tab, options.tab);
  if (options.documentId) params.set(TASK_PARAMS.document, String(options.documentId));
  if (options.agencyId) params.set(TASK_PARAMS.agency, String(options.agencyId));
  const query = params.toString();
  return query ? `/nhiem-vu?${query}` : '/nhiem-vu';
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Who needs chasing first: most overdue, then most not started, then by unit and agency name. */
export function sortForChase(rows: readonly TaskSummaryRow[]): TaskSummaryRow[] {
  return [...rows].sort(
    (a, b) =>
      b.overdue - a.overdue ||
      b.notStarted - a.notStarted ||
      collator.compare(a.unitName, b.unitName) ||
      collator.compare(a.agencyName, b.agencyName),
  );
}
