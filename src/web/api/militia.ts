import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TMilitiaYear, TSaveMilitiaRequest } from '../../shared/schemas/militia.ts';
import { apiRequest, buildQuery } from './client.ts';
import { refreshFigureViews } from './figures.ts';

/** Query keys of the militia and reserve register; `['militia']` refreshes every year shown. */
export const militiaKeys = {
  all: ['militia'] as const,
  year: (unitId: number, year: number) => ['militia', unitId, year] as const,
};

/**
 * A unit's militia and reserve year: its line, its sub-units', rates and their targets. No
 * placeholder while another year loads, so no form opens on the wrong year's figures.
 */
export function useMilitiaYear(unitId: number, year: number) {
  return useQuery({
    queryKey: militiaKeys.year(unitId, year),
    queryFn: ({ signal }) => apiRequest<TMilitiaYear>('/api/militia', { query: { unitId, year }, signal }),
  });
}

/** Saving a unit's year; the register and the figures it determines refresh afterwards. */
export function useSaveMilitiaYear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TSaveMilitiaRequest) =>
      apiRequest<TMilitiaYear>('/api/militia', { method: 'PUT', body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: militiaKeys.all }),
        refreshFigureViews(queryClient),
      ]),
  });
}

/** Address of the year's Excel export. */
export function militiaExportUrl(unitId: number, year: number): string {
  return `/api/militia.xlsx${buildQuery({ unitId, year })}`;
}
