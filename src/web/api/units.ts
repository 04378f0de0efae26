import { useQuery } from '@tanstack/react-query';
import type { TUnitDetail, TUnitSummary } from '../../shared/schemas/units.ts';
import { apiRequest } from './client.ts';

/** Answer of `GET /api/units`. */
export interface UnitListResponse {
  items: TUnitSummary[];
}

/** Answer of `POST /api/units/import`. */
export interface UnitImportResult {
  imported: number;
  /** Merge links ("A became B on a date") created along with the units. */
  successions?: number;
}

/** One rejected row of an import file, as listed in the 400 answer's `details.errors`. */
export interface UnitImportRowError {
  row: number;
  column: string | null;
  message: string;
}

/** Most units one list call returns (LIMITS.pageSizeMax on the server). */
export const UNIT_LIST_LIMIT = 200;

/** Query keys of unit data; `['units']` invalidates all of them after an import. */
export const unitKeys = {
  all: ['units'] as const,
  children: (parentId: number, historic: boolean) => ['units', 'children', parentId, historic] as const,
  search: (q: string, historic: boolean) => ['units', 'search', q, historic] as const,
  detail: (id: number) => ['units', 'detail', id] as const,
};

const historicParam = (historic: boolean) => (historic ? 'true' : undefined);

/** Children of a unit; `historic` also lists units that ceased with the 2025 reform. */
export function useUnitChildren(parentId: number, historic: boolean, enabled = true) {
  return useQuery({
    queryKey: unitKeys.children(parentId, historic),
    queryFn: ({ signal }) =>
      apiRequest<UnitListResponse>('/api/units', {
        query: { parentId, historic: historicParam(historic), limit: UNIT_LIST_LIMIT },
        signal,
      }),
    enabled,
  });
}

/** Units in the user's scope whose name matches `q` (the server ignores accents). */
export function useUnitSearch(q: string, historic: boolean) {
  const term = q.trim();
  return useQuery({
    queryKey: unitKeys.search(term, historic),
    queryFn: ({ signal }) =>
      apiRequest<UnitListResponse>('/api/units', {
        query: { q: term, historic: historicParam(historic), limit: 50 },
        signal,
      }),
    enabled: term.length > 0,
    placeholderData: (previous) => previous,
  });
}

/** One unit with its path, history, agencies and the actions the user may take. */
export function useUnit(id: number) {
  return useQuery({
    queryKey: unitKeys.detail(id),
    queryFn: ({ signal }) => apiRequest<TUnitDetail>(`/api/units/${id}`, { signal }),
    enabled: Number.isInteger(id) && id > 0,
  });
}

const vietnameseCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Current units first, then former ones; each group in Vietnamese alphabetical order (Đ after D). */
export function sortUnitsForDisplay<T extends Pick<TUnitSummary, 'name' | 'validTo'>>(
  units: readonly T[],
): T[] {
  return [...units].sort(
    (a, b) =>
      Number(a.validTo !== null) - Number(b.validTo !== null) || vietnameseCollator.compare(a.name, b.name),
  );
}

/** Reads the row errors out of a failed import's `details`, whatever the server left out. */
export function importRowErrors(details: unknown): UnitImportRowError[] {
  if (!details || typeof details !== 'object' || !('errors' in details)) return [];
  const errors = (details as { errors: unknown }).errors;
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((raw): UnitImportRowError[] => {
    if (!raw || typeof raw !== 'object') return [];
    const { row, column, message } = raw as Record<string, unknown>;
    if (typeof message !== 'string') return [];
    return [
      {
        row: typeof row === 'number' ? row : Number(row) || 0,
        column: typeof column === 'string' ? column : column == null ? null : String(column),
        message,
      },
    ];
  });
}
