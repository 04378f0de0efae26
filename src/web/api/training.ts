import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TCreateTrainingClassRequest,
  TRecordTrainingResultRequest,
  TSaveTrainingPopulationRequest,
  TTrainingClass,
  TTrainingClassListQuery,
  TTrainingPopulation,
  TUpdateTrainingClassRequest,
} from '../../shared/schemas/training.ts';
import { apiRequest, buildQuery } from './client.ts';
import { refreshFigureViews } from './figures.ts';

/** Filters of the class register as the page holds them. */
export type TrainingFilters = Partial<Omit<TTrainingClassListQuery, 'page' | 'pageSize'>> & {
  page?: number;
  pageSize?: number;
};

/** Query keys of the class register; `['training']` refreshes lists and shares. */
export const trainingKeys = {
  all: ['training'] as const,
  list: (filters: TrainingFilters) => ['training', 'list', filters] as const,
  population: (unitId: number, year: number) => ['training', 'population', unitId, year] as const,
};

/** One page of the class register under the filters. */
export function useTrainingClasses(filters: TrainingFilters) {
  return useQuery({
    queryKey: trainingKeys.list(filters),
    queryFn: ({ signal }) =>
      apiRequest<{ items: TTrainingClass[]; total: number }>('/api/training-classes', {
        query: filters,
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** One class of the register. */
export function useTrainingClass(id: number | null) {
  return useQuery({
    queryKey: id === null ? ['training', 'detail', 'none'] : ['training', 'detail', id],
    queryFn: ({ signal }) => apiRequest<TTrainingClass>(`/api/training-classes/${id}`, { signal }),
    enabled: id !== null,
  });
}

/** Persons in scope, trained and share per group for a unit's subtree and a year. */
export function useTrainingPopulation(unitId: number, year: number) {
  return useQuery({
    queryKey: trainingKeys.population(unitId, year),
    queryFn: ({ signal }) =>
      apiRequest<TTrainingPopulation>('/api/training-populations', { query: { unitId, year }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Writes to the class register; each refreshes the register, the shares and the dashboard figures. */
export function useTrainingMutations() {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trainingKeys.all }),
      refreshFigureViews(queryClient),
    ]);
  return {
    create: useMutation({
      mutationFn: (body: TCreateTrainingClassRequest) =>
        apiRequest<TTrainingClass>('/api/training-classes', { method: 'POST', body }),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, body }: { id: number; body: TUpdateTrainingClassRequest }) =>
        apiRequest<TTrainingClass>(`/api/training-classes/${id}`, { method: 'PATCH', body }),
      onSuccess: refresh,
    }),
    recordResult: useMutation({
      mutationFn: ({ id, body }: { id: number; body: TRecordTrainingResultRequest }) =>
        apiRequest<TTrainingClass>(`/api/training-classes/${id}/result`, { method: 'POST', body }),
      onSuccess: refresh,
    }),
    cancel: useMutation({
      mutationFn: ({ id, reason }: { id: number; reason: string }) =>
        apiRequest<TTrainingClass>(`/api/training-classes/${id}/cancel`, {
          method: 'POST',
          body: { reason },
        }),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: number) => apiRequest<void>(`/api/training-classes/${id}`, { method: 'DELETE' }),
      onSuccess: refresh,
    }),
    savePopulation: useMutation({
      mutationFn: (body: TSaveTrainingPopulationRequest) =>
        apiRequest<TTrainingPopulation>('/api/training-populations', { method: 'PUT', body }),
      onSuccess: refresh,
    }),
  };
}

/** Address of the class register under the filters (and the shares, for a year) as an Excel file. */
export function trainingXlsxUrl(filters: TrainingFilters): string {
  const { page: _page, pageSize: _size, ...rest } = filters;
  return `/api/training-classes.xlsx${buildQuery(rest)}`;
}
