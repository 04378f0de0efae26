import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TCreateDrillRequest,
  TDrill,
  TDrillDetail,
  TDrillList,
  TDrillListQuery,
  TMoveRotationRequest,
  TRecordDrillResultRequest,
  TRotation,
  TUpdateDrillRequest,
} from '../../shared/schemas/drills.ts';
import { apiRequest, buildQuery } from './client.ts';
import { refreshFigureViews } from './figures.ts';
import { uploadFile } from './upload-file.ts';

/** Filters of the drill register as the page holds them (page and size included). */
export type DrillFilters = Partial<Omit<TDrillListQuery, 'page' | 'pageSize'>> & {
  page?: number;
  pageSize?: number;
};

/**
 * Largest evidence file the server takes. It mirrors MAX_UPLOAD_BYTES of the server's upload
 * plugin, which the web bundle cannot import; the server refuses anything larger anyway.
 */
export const DRILL_FILE_MAX_BYTES = 20 * 1024 * 1024;

/** Query keys of the drill register; `['drills']` refreshes lists, drills and the rotation. */
export const drillKeys = {
  all: ['drills'] as const,
  list: (filters: DrillFilters) => ['drills', 'list', filters] as const,
  detail: (id: number) => ['drills', 'detail', id] as const,
  rotation: (unitId: number, termFrom: number) => ['drills', 'rotation', unitId, termFrom] as const,
};

/** One page of the drill register under the filters. */
export function useDrills(filters: DrillFilters) {
  return useQuery({
    queryKey: drillKeys.list(filters),
    queryFn: ({ signal }) => apiRequest<TDrillList>('/api/drills', { query: filters, signal }),
    placeholderData: keepPreviousData,
  });
}

/** One drill with its evidence files. */
export function useDrill(id: number | null) {
  return useQuery({
    queryKey: id === null ? ['drills', 'detail', 'none'] : drillKeys.detail(id),
    queryFn: ({ signal }) => apiRequest<TDrillDetail>(`/api/drills/${id}`, { signal }),
    enabled: id !== null,
  });
}

/**
 * Writes to the drill register. Each refreshes the register, the rotation and the figures: a
 * held drill changes the dashboard's drill indicators.
 */
export function useDrillMutations() {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: drillKeys.all }),
      refreshFigureViews(queryClient),
    ]);
  return {
    create: useMutation({
      mutationFn: (body: TCreateDrillRequest) => apiRequest<TDrill>('/api/drills', { method: 'POST', body }),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, body }: { id: number; body: TUpdateDrillRequest }) =>
        apiRequest<TDrill>(`/api/drills/${id}`, { method: 'PATCH', body }),
      onSuccess: refresh,
    }),
    recordResult: useMutation({
      mutationFn: ({ id, body }: { id: number; body: TRecordDrillResultRequest }) =>
        apiRequest<TDrill>(`/api/drills/${id}/result`, { method: 'POST', body }),
      onSuccess: refresh,
    }),
    cancel: useMutation({
      mutationFn: ({ id, reason }: { id: number; reason: string }) =>
        apiRequest<TDrill>(`/api/drills/${id}/cancel`, { method: 'POST', body: { reason } }),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: number) => apiRequest<void>(`/api/drills/${id}`, { method: 'DELETE' }),
      onSuccess: refresh,
    }),
    removeFile: useMutation({
      mutationFn: ({ id, fileId }: { id: number; fileId: number }) =>
        apiRequest<void>(`/api/drills/${id}/files/${fileId}`, { method: 'DELETE' }),
      onSuccess: refresh,
    }),
  };
}

/** Uploads one evidence file to a drill, reporting progress as a fraction 0..1. */
export function uploadDrillFile(
  drillId: number,
  file: File,
  options: { onProgress?: (fraction: number) => void; signal?: AbortSignal } = {},
): Promise<{ id: number }> {
  return uploadFile<{ id: number }>(`/api/drills/${drillId}/files`, file, { fieldName: 'file', ...options });
}

/** Address of one evidence file (a download). */
export function drillFileUrl(drillId: number, fileId: number): string {
  return `/api/drills/${drillId}/files/${fileId}`;
}

/** Address of the register under the filters as an Excel file. */
export function drillsXlsxUrl(filters: DrillFilters): string {
  const { page: _page, pageSize: _size, ...rest } = filters;
  return `/api/drills.xlsx${buildQuery(rest)}`;
}

/** A province's rotation for a term (the plan, each commune, coverage per year, this year). */
export function useRotation(unitId: number, termFrom: number, termTo: number, enabled = true) {
  return useQuery({
    queryKey: drillKeys.rotation(unitId, termFrom),
    queryFn: ({ signal }) =>
      apiRequest<TRotation>('/api/drill-rotation', { query: { unitId, termFrom, termTo }, signal }),
    enabled,
  });
}

/** Proposing the rotation, moving a commune, entering a year's drills. */
export function useRotationMutations(unitId: number, termFrom: number) {
  const queryClient = useQueryClient();
  const key = drillKeys.rotation(unitId, termFrom);
  const store = (rotation: TRotation) => queryClient.setQueryData(key, rotation);
  return {
    propose: useMutation({
      mutationFn: (body: { unitId: number; termFrom: number; termTo: number }) =>
        apiRequest<TRotation>('/api/drill-rotation', { method: 'POST', body }),
      onSuccess: store,
    }),
    move: useMutation({
      mutationFn: ({
        planId,
        communeId,
        body,
      }: {
        planId: number;
        communeId: number;
        body: TMoveRotationRequest;
      }) =>
        apiRequest<TRotation>(`/api/drill-rotation/${planId}/communes/${communeId}`, { method: 'PUT', body }),
      onSuccess: store,
    }),
    assignYear: useMutation({
      mutationFn: ({ planId, year }: { planId: number; year: number }) =>
        apiRequest<{ created: number; existing: number }>(
          `/api/drill-rotation/${planId}/years/${year}/drills`,
          {
            method: 'POST',
          },
        ),
      onSuccess: () => queryClient.invalidateQueries({ queryKey: drillKeys.all }),
    }),
  };
}

/** Address of the rotation grid as an Excel file. */
export function rotationXlsxUrl(unitId: number, termFrom: number, termTo: number): string {
  return `/api/drill-rotation.xlsx${buildQuery({ unitId, termFrom, termTo })}`;
}
