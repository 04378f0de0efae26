import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCalendarEntry, TReport, TReportSigner } from '../../shared/schemas/reports.ts';
import { apiRequest, buildQuery } from './client.ts';
import { uploadFile } from './upload-file.ts';

/** A report's state in the calendar: one of the workflow states, or not started yet. */
export type CalendarState = TCalendarEntry['state'];

/** A report form with its sections and per-level deadlines, as a report carries it. */
export type ReportForm = TReport['form'];

/** A figure row of a report: live from data entry while drafting, frozen once submitted. */
export type ReportFigure = TReport['figures'][number];

/** A submitted narrative of a unit below, offered to a parent composing its own report. */
export type ChildNarrative = TReport['childNarratives'][number];

/**
 * Largest attachment the server takes. It mirrors MAX_UPLOAD_BYTES of the server's upload
 * plugin, which the web bundle cannot import; the server refuses anything larger anyway.
 */
export const REPORT_ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;

/** Query keys of reports; `['reports']` refreshes calendars and report pages after a change. */
export const reportKeys = {
  all: ['reports'] as const,
  calendar: (year: number, term: string | null) => ['reports', 'calendar', year, term] as const,
  detail: (id: number) => ['reports', 'detail', id] as const,
};

/** The reports owed in a year (and a term for sơ kết, tổng kết): own unit's and, for leaders, every unit below. */
export function useReportCalendar(year: number, term: string | null) {
  return useQuery({
    queryKey: reportKeys.calendar(year, term),
    queryFn: ({ signal }) =>
      apiRequest<{ items: TCalendarEntry[] }>('/api/reports/calendar', { query: { year, term }, signal }),
    select: (data) => data.items,
  });
}

/** One report with its figures, narrative, versions, attachments and what the user may do. */
export function useReport(id: number | null) {
  return useQuery({
    queryKey: id === null ? ['reports', 'detail', 'none'] : reportKeys.detail(id),
    queryFn: ({ signal }) => apiRequest<TReport>(`/api/reports/${id}`, { signal }),
    enabled: id !== null,
  });
}

/** Opens the unit's report for a form and period (creating it on first use); answers its id. */
export function useOpenReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { formId: number; unitId: number; period: string }) =>
      apiRequest<{ id: number }>('/api/reports', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['reports', 'calendar'] }),
  });
}

/**
 * Saves the narrative sections given. A plain call rather than a mutation hook, so the page can
 * still save what was typed while it unmounts (the user followed a link mid-sentence).
 */
export function saveNarrative(id: number, sections: Record<string, string>): Promise<void> {
  return apiRequest<void>(`/api/reports/${id}/narrative`, { method: 'PUT', body: { sections } });
}

/** The workflow steps of a report: submit (its unit), return with a reason or accept (the level above). */
export function useReportWorkflow(id: number) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: reportKeys.all });
  return {
    submit: useMutation({
      mutationFn: () => apiRequest<{ isLate: boolean }>(`/api/reports/${id}/submit`, { method: 'POST' }),
      onSuccess: refresh,
    }),
    giveBack: useMutation({
      mutationFn: (reason: string) =>
        apiRequest<void>(`/api/reports/${id}/return`, { method: 'POST', body: { reason } }),
      onSuccess: refresh,
    }),
    accept: useMutation({
      mutationFn: () => apiRequest<void>(`/api/reports/${id}/accept`, { method: 'POST' }),
      onSuccess: refresh,
    }),
  };
}

/** Chooses who signs the report's Word document; the report is read again afterwards. */
export function useSetReportSigner(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (signer: TReportSigner) =>
      apiRequest<void>(`/api/reports/${id}/signer`, { method: 'PUT', body: signer }),
    onSuccess: (_answer, signer) =>
      queryClient.setQueryData<TReport>(reportKeys.detail(id), (old) => (old ? { ...old, signer } : old)),
  });
}

/** Uploads one attachment to a report, reporting progress as a fraction 0..1. */
export function uploadReportAttachment(
  reportId: number,
  file: File,
  options: { onProgress?: (fraction: number) => void; signal?: AbortSignal } = {},
): Promise<{ id: number }> {
  return uploadFile<{ id: number }>(`/api/reports/${reportId}/attachments`, file, {
    fieldName: 'file',
    ...options,
  });
}

/** Address of the report as a Word file in the NĐ 30 layout. */
export function reportDocxUrl(id: number): string {
  return `/api/reports/${id}/docx`;
}

/** Address of the report's figures as an Excel file. */
export function reportFiguresXlsxUrl(id: number): string {
  return `/api/reports/${id}/figures.xlsx`;
}

/** Address of a form's blank Word template for a period, its sections holding the writing guidance. */
export function reportTemplateUrl(formId: number, period: string): string {
  return `/api/report-forms/${formId}/template.docx${buildQuery({ period })}`;
}

/** Address of one attachment of a report. */
export function reportAttachmentUrl(reportId: number, attachmentId: number): string {
  return `/api/reports/${reportId}/attachments/${attachmentId}`;
}

/** Address of the Excel roll-up of every submitted report of a form and period below the user's unit. */
export function reportRollupUrl(formId: number, period: string): string {
  return `/api/reports/rollup.xlsx${buildQuery({ formId, period })}`;
}
