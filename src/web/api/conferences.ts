import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TConclusionTaskRequest,
  TConference,
  TConferenceListQuery,
  TConferenceSummary,
  TCreateConferenceRequest,
  TParticipantRequest,
  TPlanConferencesRequest,
  TUpdateConferenceRequest,
} from '../../shared/schemas/conferences.ts';
import { apiRequest, buildQuery } from './client.ts';

/** Query keys of conferences; `['conferences']` refreshes lists and pages after a change. */
export const conferenceKeys = {
  all: ['conferences'] as const,
  list: (query: TConferenceListQuery) => ['conferences', 'list', query] as const,
  detail: (id: number) => ['conferences', 'detail', id] as const,
};

/** Conferences of the user's subtree (or a unit's), filtered by year, level, kind. */
export function useConferences(query: TConferenceListQuery, enabled = true) {
  return useQuery({
    queryKey: conferenceKeys.list(query),
    queryFn: ({ signal }) =>
      apiRequest<{ items: TConferenceSummary[] }>('/api/conferences', { query: { ...query }, signal }),
    select: (data) => data.items,
    enabled,
  });
}

/** One conference with its participants and conclusions. */
export function useConference(id: number | null) {
  return useQuery({
    queryKey: id === null ? ['conferences', 'detail', 'none'] : conferenceKeys.detail(id),
    queryFn: ({ signal }) => apiRequest<TConference>(`/api/conferences/${id}`, { signal }),
    enabled: id !== null,
  });
}

/** Planning a conference, or one for a unit and every commune below it. */
export function usePlanConference() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: conferenceKeys.all });
  return {
    create: useMutation({
      mutationFn: (body: TCreateConferenceRequest) =>
        apiRequest<{ id: number }>('/api/conferences', { method: 'POST', body }),
      onSuccess: refresh,
    }),
    planAll: useMutation({
      mutationFn: (body: TPlanConferencesRequest) =>
        apiRequest<{ created: number; skipped: number }>('/api/conferences/plan', { method: 'POST', body }),
      onSuccess: refresh,
    }),
  };
}

/** Every change made on a conference's page. */
export function useConferenceMutations(id: number) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: conferenceKeys.all });
  const refreshWithTasks = async () => {
    await refresh();
    await queryClient.invalidateQueries({ queryKey: ['tasks'] });
  };
  const base = `/api/conferences/${id}`;
  return {
    update: useMutation({
      mutationFn: (body: TUpdateConferenceRequest) => apiRequest<void>(base, { method: 'PATCH', body }),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: () => apiRequest<void>(base, { method: 'DELETE' }),
      onSuccess: refresh,
    }),
    addParticipant: useMutation({
      mutationFn: (body: TParticipantRequest) =>
        apiRequest<{ id: number }>(`${base}/participants`, { method: 'POST', body }),
      onSuccess: refresh,
    }),
    removeParticipant: useMutation({
      mutationFn: (participantId: number) =>
        apiRequest<void>(`${base}/participants/${participantId}`, { method: 'DELETE' }),
      onSuccess: refresh,
    }),
    addConclusion: useMutation({
      mutationFn: (text: string) =>
        apiRequest<{ id: number }>(`${base}/conclusions`, { method: 'POST', body: { text } }),
      onSuccess: refresh,
    }),
    updateConclusion: useMutation({
      mutationFn: (input: { conclusionId: number; text: string; position?: number }) =>
        apiRequest<void>(`${base}/conclusions/${input.conclusionId}`, {
          method: 'PUT',
          body: { text: input.text, position: input.position },
        }),
      onSuccess: refresh,
    }),
    deleteConclusion: useMutation({
      mutationFn: (conclusionId: number) =>
        apiRequest<void>(`${base}/conclusions/${conclusionId}`, { method: 'DELETE' }),
      onSuccess: refresh,
    }),
    toTask: useMutation({
      mutationFn: (input: { conclusionId: number; body: TConclusionTaskRequest }) =>
        apiRequest<{ taskId: number }>(`${base}/conclusions/${input.conclusionId}/task`, {
          method: 'POST',
          body: input.body,
        }),
      onSuccess: refreshWithTasks,
    }),
  };
}

/** Address of the conference list as an Excel file, with the page's filters. */
export function conferencesXlsxUrl(query: TConferenceListQuery): string {
  return `/api/conferences.xlsx${buildQuery({ ...query })}`;
}
