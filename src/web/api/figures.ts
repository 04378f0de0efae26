import {
  keepPreviousData,
  type QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { DeterminedBy } from '../../shared/indicator-catalogue.ts';
import type {
  TDashboard,
  TEntryGrid,
  TGrantExceptionRequest,
  TSaveEntryRequest,
} from '../../shared/schemas/figures.ts';
import { apiRequest, buildQuery } from './client.ts';
import { taskKeys } from './tasks.ts';

/** An indicator of the catalogue (`GET /api/indicators`). */
export interface CatalogueIndicator {
  id: number;
  code: string;
  name: string;
  kind: 'quantity' | 'ratio';
  unitOfMeasure: string;
  aggregation: string;
  group: string;
  disaggregation: string;
  numeratorId: number | null;
  denominatorId: number | null;
  /** The register that computes the figure (never typed), or null when people enter it. */
  determinedBy: DeterminedBy | null;
}

/** A reporting set: which quantities are reported, per which kind of period. */
export interface ReportingSet {
  id: number;
  code: string;
  name: string;
  periodType: string;
  cutoff: string;
  lockAfterDays: number;
  indicatorIds: number[];
}

/** Answer of `GET /api/indicators`. */
export interface IndicatorCatalogue {
  indicators: CatalogueIndicator[];
  sets: ReportingSet[];
}

/** One unit expected to report a set, and whether (and when) it did. */
export interface CompletenessUnit {
  unitId: number;
  unitName: string;
  firstEnteredAt: string | null;
  onTime: boolean;
}

/** Answer of `GET /api/figures/completeness`. */
export interface Completeness {
  expected: number;
  entered: number;
  onTime: number;
  completenessPercent: number | null;
  timelinessPercent: number | null;
  deadline: string;
  units: CompletenessUnit[];
}

/** One point of `GET /api/figures/series`. */
export interface SeriesPoint {
  period: string;
  value: number | null;
}

/** One refused cell in a 400 answer's `details.cells` (the upload adds the Excel address). */
export interface CellError {
  indicatorId: number | null;
  category: string;
  message: string;
}

/** Which grid: a unit, a reporting set and a period code. */
export interface GridId {
  unitId: number;
  setId: number;
  period: string;
}

/** Query keys of figure data; `['figures']` refreshes all of it after a save. */
export const figureKeys = {
  all: ['figures'] as const,
  catalogue: ['figures', 'catalogue'] as const,
  grid: (id: GridId) => ['figures', 'grid', id.unitId, id.setId, id.period] as const,
  dashboard: (unitId: number, period: string) => ['figures', 'dashboard', unitId, period] as const,
  completeness: (id: GridId) => ['figures', 'completeness', id.unitId, id.setId, id.period] as const,
  series: (unitId: number, indicatorId: number, period: string, count: number) =>
    ['figures', 'series', unitId, indicatorId, period, count] as const,
};

/** The indicator catalogue and reporting sets; they change only with a new release. */
export function useIndicatorCatalogue() {
  return useQuery({
    queryKey: figureKeys.catalogue,
    queryFn: ({ signal }) => apiRequest<IndicatorCatalogue>('/api/indicators', { signal }),
    staleTime: 60 * 60_000,
  });
}

/** The reporting set for a kind of period (year, half_year), if any. */
export function setForPeriodType(
  sets: readonly ReportingSet[],
  periodType: string,
): ReportingSet | undefined {
  return sets.find((set) => set.periodType === periodType);
}

/** A unit's data-entry grid for a set and period. */
export function useEntryGrid(id: GridId | null) {
  return useQuery({
    queryKey: id ? figureKeys.grid(id) : ['figures', 'grid', 'none'],
    queryFn: ({ signal }) =>
      apiRequest<TEntryGrid>('/api/figures/grid', { query: { ...(id as GridId) }, signal }),
    enabled: id !== null,
  });
}

/**
 * Everything that shows figures, after they changed (typed, uploaded, or written by a register):
 * the figure views, and the tasks, whose target progress is read from the live figures.
 */
export function refreshFigureViews(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: figureKeys.all }),
    queryClient.invalidateQueries({ queryKey: taskKeys.all }),
  ]);
}

/** Saves changed cells of a grid (all or none); every figure view refreshes afterwards. */
export function useSaveEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TSaveEntryRequest) =>
      apiRequest<{ changed: number }>('/api/figures/grid', { method: 'PUT', body }),
    onSuccess: () => refreshFigureViews(queryClient),
  });
}

/** A leader reopens a locked period for one unit until a day. */
export function useGrantException() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TGrantExceptionRequest) =>
      apiRequest<{ id: number }>('/api/figures/exceptions', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: figureKeys.all }),
  });
}

/** The live dashboard of a unit for a period: every indicator with its target and sub-units. */
export function useDashboard(unitId: number, period: string, enabled = true) {
  return useQuery({
    queryKey: figureKeys.dashboard(unitId, period),
    queryFn: ({ signal }) => apiRequest<TDashboard>('/api/dashboard', { query: { unitId, period }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Which units under a unit have reported a set for a period, and which on time. */
export function useCompleteness(id: GridId | null) {
  return useQuery({
    queryKey: id ? figureKeys.completeness(id) : ['figures', 'completeness', 'none'],
    queryFn: ({ signal }) =>
      apiRequest<Completeness>('/api/figures/completeness', { query: { ...(id as GridId) }, signal }),
    enabled: id !== null,
  });
}

/** An indicator's value for a unit over the `count` periods ending with `period`. */
export function useSeries(unitId: number, indicatorId: number, period: string, count: number) {
  return useQuery({
    queryKey: figureKeys.series(unitId, indicatorId, period, count),
    queryFn: ({ signal }) =>
      apiRequest<{ items: SeriesPoint[] }>('/api/figures/series', {
        query: { unitId, indicatorId, period, count },
        signal,
      }),
  });
}

/** Address of the Excel template of a grid (a plain link: the session cookie goes along). */
export function templateUrl(id: GridId): string {
  return `/api/figures/template.xlsx${buildQuery({ ...id })}`;
}

/** Address of the dashboard's Excel export. */
export function dashboardExportUrl(unitId: number, period: string): string {
  return `/api/dashboard.xlsx${buildQuery({ unitId, period })}`;
}

/** Reads the refused cells out of a 400 answer's `details`, whatever the server left out. */
export function cellErrorsFrom(details: unknown): CellError[] {
  if (!details || typeof details !== 'object' || !('cells' in details)) return [];
  const cells = (details as { cells: unknown }).cells;
  if (!Array.isArray(cells)) return [];
  return cells.flatMap((raw): CellError[] => {
    if (!raw || typeof raw !== 'object') return [];
    const { indicatorId, category, message } = raw as Record<string, unknown>;
    if (typeof message !== 'string' || !message) return [];
    return [
      {
        indicatorId: typeof indicatorId === 'number' ? indicatorId : null,
        category: typeof category === 'string' ? category : '',
        message,
      },
    ];
  });
}
