import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TAuditPage } from '../../shared/schemas/audit.ts';
import type { TTask, TTaskDetail } from '../../shared/schemas/tasks.ts';
import type { TaskStatus } from '../../shared/task-status.ts';
import { apiRequest, buildQuery } from './client.ts';

/** The task list's views: my agency's, due within 7 days, overdue, everything in scope. */
export const TASK_VIEWS = ['mine', 'due_soon', 'overdue', 'all'] as const;
/** One view of the task list. */
export type TaskView = (typeof TASK_VIEWS)[number];

/** Filters and page of the task list (undefined = no filter). */
export interface TaskListQuery {
  view: TaskView;
  status?: TaskStatus;
  agencyId?: number;
  documentId?: number;
  q?: string;
  page: number;
  pageSize: number;
}

/** Answer of `GET /api/tasks`. */
export interface TaskListResponse {
  items: TTask[];
  total: number;
}

/** One agency's row of the chase view (`GET /api/tasks/summary`). */
export interface TaskSummaryRow {
  agencyId: number;
  agencyName: string;
  unitId: number;
  unitName: string;
  total: number;
  inTerm: number;
  overdue: number;
  doneOnTime: number;
  doneLate: number;
  notStarted: number;
}

/** Query keys of tasks; `['tasks']` refreshes every list, summary and task page after a change. */
export const taskKeys = {
  all: ['tasks'] as const,
  list: (query: TaskListQuery) => ['tasks', 'list', query] as const,
  summary: (documentId: number | undefined) => ['tasks', 'summary', documentId ?? null] as const,
  detail: (id: number) => ['tasks', 'detail', id] as const,
  history: (id: number) => ['tasks', 'history', id] as const,
};

function listParams(query: Omit<TaskListQuery, 'page' | 'pageSize'>) {
  return {
    view: query.view,
    status: query.status,
    agencyId: query.agencyId,
    documentId: query.documentId,
    q: query.q?.trim(),
  };
}

/** A page of tasks for a view and filters, keeping the previous page on screen while the next loads. */
export function useTasks(query: TaskListQuery, enabled = true) {
  return useQuery({
    queryKey: taskKeys.list(query),
    queryFn: ({ signal }) =>
      apiRequest<TaskListResponse>('/api/tasks', {
        query: { ...listParams(query), page: query.page, pageSize: query.pageSize },
        signal,
      }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Address of the Excel export of the same view and filters (the server writes at most 200 rows). */
export function taskExportUrl(query: Omit<TaskListQuery, 'page' | 'pageSize'>): string {
  return `/api/tasks.xlsx${buildQuery(listParams(query))}`;
}

/** Task counts by lead agency, for one document or the whole scope. */
export function useTaskSummary(documentId?: number) {
  return useQuery({
    queryKey: taskKeys.summary(documentId),
    queryFn: ({ signal }) =>
      apiRequest<{ items: TaskSummaryRow[] }>('/api/tasks/summary', { query: { documentId }, signal }),
  });
}

/** One task with its source text, children counts, targets and the actions the user may take. */
export function useTask(id: number) {
  return useQuery({
    queryKey: taskKeys.detail(id),
    queryFn: ({ signal }) => apiRequest<TTaskDetail>(`/api/tasks/${id}`, { signal }),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/**
 * What happened to a task, read from the audit log: the API has no list of progress reports, and
 * the audit log is open to leaders and admins only, hence `enabled`.
 */
export function useTaskHistory(id: number, enabled: boolean) {
  return useQuery({
    queryKey: taskKeys.history(id),
    queryFn: ({ signal }) =>
      apiRequest<TAuditPage>('/api/audit', {
        query: { entityType: 'task', entityId: String(id), pageSize: 100 },
        signal,
      }),
    enabled,
  });
}

/**
 * The writes on a task page: progress, completion, a leader's confirmation, cascade to lower
 * units. Each refreshes every task view (the status, counts and the parent's children change).
 */
export function useTaskMutations(id: number) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: taskKeys.all });
  const addUpdate = useMutation({
    mutationFn: (body: { percent: number; note?: string }) =>
      apiRequest<void>(`/api/tasks/${id}/updates`, { method: 'POST', body }),
    onSuccess: refresh,
  });
  const complete = useMutation({
    mutationFn: (body: { completedOn: string; note?: string }) =>
      apiRequest<{ nextTaskId: number | null }>(`/api/tasks/${id}/complete`, { method: 'POST', body }),
    onSuccess: refresh,
  });
  const confirm = useMutation({
    mutationFn: () => apiRequest<void>(`/api/tasks/${id}/confirm`, { method: 'POST' }),
    onSuccess: refresh,
  });
  const cascade = useMutation({
    mutationFn: (body: { agencyIds: number[]; dueOn: string | null }) =>
      apiRequest<{ created: number }>(`/api/tasks/${id}/cascade`, { method: 'POST', body }),
    onSuccess: refresh,
  });
  return { addUpdate, complete, confirm, cascade };
}
