import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DocumentClassification } from '../../shared/document-enums.ts';
import type {
  TConfirmDocumentRequest,
  TDocumentDetail,
  TDocumentSummary,
} from '../../shared/schemas/documents.ts';
import { apiRequest } from './client.ts';
import { targetKeys } from './targets.ts';
import { uploadFile } from './upload-file.ts';

/** Review states a document list can be filtered by. */
export const REVIEW_STATES = ['draft', 'unreviewed', 'confirmed'] as const;
/** One review state: draft (registered), unreviewed (bulk-imported) or confirmed. */
export type ReviewState = (typeof REVIEW_STATES)[number];

/** Filters and page of the document list as the page holds them (undefined = no filter). */
export interface DocumentListQuery {
  q?: string;
  kind?: string;
  year?: number;
  unitId?: number;
  reviewState?: ReviewState;
  page: number;
  pageSize: number;
}

/** Answer of `GET /api/documents`. */
export interface DocumentListResponse {
  items: TDocumentSummary[];
  total: number;
}

/** Answer of `PUT /api/documents/:id/confirm`: how many tasks, citations and targets were saved. */
export interface ConfirmDocumentResult {
  tasks: number;
  citations: number;
  targets: number;
}

/** What registering a document needs besides its text or file. */
export interface RegisterDocumentInput {
  classification: DocumentClassification;
  unitId?: number;
}

/** Query keys of documents; `['documents']` refreshes every list and page after a change. */
export const documentKeys = {
  all: ['documents'] as const,
  list: (query: DocumentListQuery) => ['documents', 'list', query] as const,
  detail: (id: number) => ['documents', 'detail', id] as const,
};

/** A page of the documents in the user's scope, keeping the previous page on screen while the next loads. */
export function useDocuments(query: DocumentListQuery) {
  return useQuery({
    queryKey: documentKeys.list(query),
    queryFn: ({ signal }) =>
      apiRequest<DocumentListResponse>('/api/documents', {
        query: { ...query, q: query.q?.trim() },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** One document with its extraction, proposals, links and the actions the user may take. */
export function useDocument(id: number) {
  return useQuery({
    queryKey: documentKeys.detail(id),
    queryFn: ({ signal }) => apiRequest<TDocumentDetail>(`/api/documents/${id}`, { signal }),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** Registers pasted text as a draft document; answers its id. */
export function registerDocumentText(text: string, input: RegisterDocumentInput): Promise<{ id: number }> {
  return apiRequest<{ id: number }>('/api/documents', { method: 'POST', body: { text, ...input } });
}

/** Uploads a .txt/.docx/.pdf file as a draft document, reporting upload progress; answers its id. */
export function registerDocumentFile(
  file: File,
  input: RegisterDocumentInput,
  options: { onProgress?: (fraction: number) => void; signal?: AbortSignal } = {},
): Promise<{ id: number }> {
  const fields: Record<string, string> = { classification: input.classification };
  if (input.unitId) fields.unitId = String(input.unitId);
  return uploadFile<{ id: number }>('/api/documents', file, { fieldName: 'file', fields, ...options });
}

/**
 * Saves the reviewed document; tasks, citations and targets change too, so every document, task
 * and target view refreshes.
 */
export function useConfirmDocument(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TConfirmDocumentRequest) =>
      apiRequest<ConfirmDocumentResult>(`/api/documents/${id}/confirm`, { method: 'PUT', body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: documentKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['tasks'] }),
        queryClient.invalidateQueries({ queryKey: targetKeys.all }),
      ]),
  });
}

/** Address of a document's original file (a plain link: the browser downloads it with the session cookie). */
export function documentFileUrl(id: number): string {
  return `/api/documents/${id}/file`;
}
