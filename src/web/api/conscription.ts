import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TConscriptionYear,
  TSaveConscriptionStepsRequest,
  TSetQuotasRequest,
} from '../../shared/schemas/conscription.ts';
import { apiRequest, buildQuery } from './client.ts';
import { refreshFigureViews } from './figures.ts';

/** Query keys of the conscription register; `['conscription']` refreshes every year shown. */
export const conscriptionKeys = {
  all: ['conscription'] as const,
  year: (unitId: number, year: number) => ['conscription', unitId, year] as const,
};

/**
 * A unit's conscription year: its line, its sub-units', the split, the calendar. No placeholder
 * while another year loads: its quota fields must never be edited under the wrong year.
 */
export function useConscriptionYear(unitId: number, year: number) {
  return useQuery({
    queryKey: conscriptionKeys.year(unitId, year),
    queryFn: ({ signal }) =>
      apiRequest<TConscriptionYear>('/api/conscription', { query: { unitId, year }, signal }),
  });
}

// The body as the form builds it, before the server's defaults apply.
type QuotasBody = Omit<TSetQuotasRequest, 'allocations'> & { allocations?: TSetQuotasRequest['allocations'] };

/**
 * Setting quotas and entering step counts. Both refresh the register and the figures, which the
 * register determines (quota, handed over, registered).
 */
export function useConscriptionMutations() {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: conscriptionKeys.all }),
      refreshFigureViews(queryClient),
    ]);
  const setQuotas = useMutation({
    mutationFn: (body: QuotasBody) =>
      apiRequest<TConscriptionYear>('/api/conscription/quotas', { method: 'PUT', body }),
    onSuccess: refresh,
  });
  const saveSteps = useMutation({
    mutationFn: (body: TSaveConscriptionStepsRequest) =>
      apiRequest<TConscriptionYear>('/api/conscription/steps', { method: 'PUT', body }),
    onSuccess: refresh,
  });
  return { setQuotas, saveSteps };
}

/** Address of the year's Excel export (a plain link: the browser downloads it with the session cookie). */
export function conscriptionExportUrl(unitId: number, year: number): string {
  return `/api/conscription.xlsx${buildQuery({ unitId, year })}`;
}
