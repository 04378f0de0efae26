import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCreateTargetRequest, TSplitTargetRequest, TTarget } from '../../shared/schemas/targets.ts';
import { apiRequest } from './client.ts';
import { refreshFigureViews } from './figures.ts';

/** Query keys of targets; `['targets']` refreshes every list after a change. */
export const targetKeys = {
  all: ['targets'] as const,
  list: (unitId: number, period: string) => ['targets', unitId, period] as const,
};

/** Targets of a unit and its direct sub-units for a period. */
export function useTargets(unitId: number, period: string) {
  return useQuery({
    queryKey: targetKeys.list(unitId, period),
    queryFn: ({ signal }) =>
      apiRequest<{ items: TTarget[] }>('/api/targets', { query: { unitId, period }, signal }),
  });
}

/**
 * Setting and splitting targets. Both refresh the target lists and the dashboards, whose
 * "below target" marks depend on them.
 */
export function useTargetMutations() {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: targetKeys.all }),
      refreshFigureViews(queryClient),
    ]);
  // The body is what the server takes before its defaults apply (category defaults to '').
  const create = useMutation({
    mutationFn: (body: Omit<TCreateTargetRequest, 'category'> & { category?: string }) =>
      apiRequest<TTarget>('/api/targets', { method: 'POST', body }),
    onSuccess: refresh,
  });
  const split = useMutation({
    mutationFn: ({ targetId, body }: { targetId: number; body: TSplitTargetRequest }) =>
      apiRequest<{ items: TTarget[] }>(`/api/targets/${targetId}/split`, { method: 'POST', body }),
    onSuccess: refresh,
  });
  return { create, split };
}
