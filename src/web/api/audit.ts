import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TAuditPage } from '../../shared/schemas/audit.ts';
import { apiRequest } from './client.ts';

/** Filters and page of the audit log as the page holds them ('' = no filter). */
export interface AuditQuery {
  entityType: string;
  action: string;
  page: number;
  pageSize: number;
}

/** A page of the audit log, keeping the previous page on screen while the next loads. */
export function useAuditLog(query: AuditQuery, enabled = true) {
  return useQuery({
    queryKey: ['audit', query] as const,
    queryFn: ({ signal }) =>
      apiRequest<TAuditPage>('/api/audit', {
        query: {
          entityType: query.entityType.trim(),
          action: query.action.trim(),
          page: query.page,
          pageSize: query.pageSize,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
    enabled,
  });
}
