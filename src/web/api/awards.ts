import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TAwardAnnexQuery,
  TAwardListQuery,
  TAwardProposal,
  TEvidence,
  TProposeAwardRequest,
  TUpdateAwardRequest,
} from '../../shared/schemas/awards.ts';
import { apiRequest, buildQuery } from './client.ts';
import { conferenceKeys } from './conferences.ts';

/** Query keys of award proposals; `['awards']` refreshes every list after a change. */
export const awardKeys = {
  all: ['awards'] as const,
  list: (query: TAwardListQuery) => ['awards', 'list', query] as const,
  evidence: (unitId: number, period: string) => ['awards', 'evidence', unitId, period] as const,
};

/** Proposals of the user's subtree with the page's filters. */
export function useAwards(query: TAwardListQuery, enabled = true) {
  return useQuery({
    queryKey: awardKeys.list(query),
    queryFn: ({ signal }) =>
      apiRequest<{ items: TAwardProposal[] }>('/api/award-proposals', { query: { ...query }, signal }),
    select: (data) => data.items,
    enabled,
  });
}

/** What a unit's registers and reports of a period offer as evidence. */
export function useEvidenceCandidates(unitId: number, period: string, enabled = true) {
  return useQuery({
    queryKey: awardKeys.evidence(unitId, period),
    queryFn: ({ signal }) =>
      apiRequest<{ items: TEvidence[] }>('/api/award-proposals/evidence', {
        query: { unitId, period },
        signal,
      }),
    select: (data) => data.items,
    enabled,
  });
}

/** Proposing, editing, withdrawing and each step of the workflow. */
export function useAwardMutations() {
  const queryClient = useQueryClient();
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: awardKeys.all });
    // Quotas used on the conference pages move with proposals.
    await queryClient.invalidateQueries({ queryKey: conferenceKeys.all });
  };
  return {
    propose: useMutation({
      mutationFn: (body: TProposeAwardRequest) =>
        apiRequest<{ id: number }>('/api/award-proposals', { method: 'POST', body }),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: (input: { id: number; body: TUpdateAwardRequest }) =>
        apiRequest<void>(`/api/award-proposals/${input.id}`, { method: 'PATCH', body: input.body }),
      onSuccess: refresh,
    }),
    withdraw: useMutation({
      mutationFn: (id: number) => apiRequest<void>(`/api/award-proposals/${id}`, { method: 'DELETE' }),
      onSuccess: refresh,
    }),
    review: useMutation({
      mutationFn: (id: number) => apiRequest<void>(`/api/award-proposals/${id}/review`, { method: 'POST' }),
      onSuccess: refresh,
    }),
    approve: useMutation({
      mutationFn: (input: { id: number; note?: string }) =>
        apiRequest<void>(`/api/award-proposals/${input.id}/approve`, {
          method: 'POST',
          body: { note: input.note || undefined },
        }),
      onSuccess: refresh,
    }),
    reject: useMutation({
      mutationFn: (input: { id: number; reason: string }) =>
        apiRequest<void>(`/api/award-proposals/${input.id}/reject`, {
          method: 'POST',
          body: { reason: input.reason },
        }),
      onSuccess: refresh,
    }),
  };
}

/** Address of the decision annex (.docx) of a granting unit's approved proposals. */
export function awardAnnexUrl(query: TAwardAnnexQuery): string {
  return `/api/award-proposals/annex.docx${buildQuery({ ...query })}`;
}

/** Address of the proposal list as an Excel file, with the page's filters. */
export function awardsXlsxUrl(query: TAwardListQuery): string {
  return `/api/award-proposals.xlsx${buildQuery({ ...query })}`;
}
