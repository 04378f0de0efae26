import { z } from 'zod';
import { ZPeriodCode } from './figures.ts';

/** Report workflow states. */
export const REPORT_STATES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

/** Vietnamese names of the states. */
export const REPORT_STATE_LABELS: Record<ReportState | 'not_started', string> = {
  not_started: 'Chưa bắt đầu',
  draft: 'Đang soạn',
  submitted: 'Đã gửi',
  returned: 'Bị trả lại',
  accepted: 'Đã tiếp nhận',
};

const ZSection = z.object({ key: z.string(), heading: z.string(), guidance: z.string() });

/** A report form as the API shows it. */
export const ZReportForm = z.object({
  id: z.number(),
  code: z.string(),
  title: z.string(),
  periodType: z.string(),
  sections: z.array(ZSection),
  indicatorCodes: z.array(z.string()),
  levels: z.array(z.object({ level: z.number(), recipient: z.string(), deadline: z.unknown() })),
});

/** Calendar query: a year (and, for multi-year reviews, a term such as 2021-2025). */
export const ZCalendarQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  term: ZPeriodCode.optional(),
});

/** One report a unit owes. */
export const ZCalendarEntry = z.object({
  formId: z.number(),
  formTitle: z.string(),
  period: z.string(),
  unitId: z.number(),
  unitName: z.string(),
  dueOn: z.string(),
  recipient: z.string(),
  state: z.enum(['not_started', ...REPORT_STATES]),
  reportId: z.number().nullable(),
  submittedAt: z.string().nullable(),
  isLate: z.boolean(),
});
export type TCalendarEntry = z.infer<typeof ZCalendarEntry>;

/** Opening (or finding) a unit's report for a period. */
export const ZOpenReportRequest = z.object({
  formId: z.number().int().positive(),
  unitId: z.number().int().positive(),
  period: ZPeriodCode,
});

/** Saving the narrative being written (HTML per section; sanitised on the server). */
export const ZSaveNarrativeRequest = z.object({
  sections: z.record(z.string().max(64), z.string().max(200_000)),
});

/**
 * Who signs the report for the People's Committee (NĐ 30/2020): the Chairman ("TM. ỦY BAN NHÂN
 * DÂN / CHỦ TỊCH") or a Vice-Chairman signing for them ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ
 * CHỦ TỊCH"), and their full name.
 */
export const ZReportSigner = z.object({
  deputy: z.boolean(),
  name: z
    .string()
    .trim()
    .min(2, 'Hãy ghi họ và tên người ký (ít nhất 2 ký tự).')
    .max(120, 'Họ và tên người ký dài quá 120 ký tự.'),
});
export type TReportSigner = z.infer<typeof ZReportSigner>;

/** Returning a report needs a reason. */
export const ZReturnReportRequest = z.object({
  reason: z.string().trim().min(5, 'Hãy ghi rõ lý do trả lại (ít nhất 5 ký tự).').max(2000),
});

/** A figure row of a report's tables. */
export const ZReportFigure = z.object({
  code: z.string(),
  name: z.string(),
  unitOfMeasure: z.string(),
  value: z.number().nullable(),
  target: z.object({ min: z.number().nullable(), max: z.number().nullable() }).nullable(),
});

/** A report's page. */
export const ZReport = z.object({
  id: z.number(),
  form: ZReportForm,
  unit: z.object({ id: z.number(), name: z.string(), level: z.number() }),
  period: z.string(),
  state: z.enum(REPORT_STATES),
  version: z.number(),
  narrative: z.record(z.string(), z.string()),
  figures: z.array(ZReportFigure),
  dueOn: z.string(),
  recipient: z.string(),
  submittedAt: z.string().nullable(),
  isLate: z.boolean(),
  returnReason: z.string().nullable(),
  signer: ZReportSigner.nullable(),
  versions: z.array(z.object({ version: z.number(), submittedAt: z.string(), isLate: z.boolean() })),
  childNarratives: z.array(
    z.object({
      unitId: z.number(),
      unitName: z.string(),
      reportId: z.number(),
      state: z.string(),
      sections: z.record(z.string(), z.string()),
    }),
  ),
  attachments: z.array(z.object({ id: z.number(), fileName: z.string(), fileSize: z.number() })),
  actions: z.object({ edit: z.boolean(), submit: z.boolean(), decide: z.boolean() }),
});
export type TReport = z.infer<typeof ZReport>;
