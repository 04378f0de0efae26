import { z } from 'zod';
import { AWARD_CODES, NOMINEE_KINDS } from '../award-catalogue.ts';
import { ZPeriodCode } from './figures.ts';

/** Where a proposal is in the workflow. */
export const AWARD_STATES = ['proposed', 'reviewed', 'approved', 'rejected'] as const;
export type AwardState = (typeof AWARD_STATES)[number];

/** Vietnamese names of the states. */
export const AWARD_STATE_LABELS: Record<AwardState, string> = {
  proposed: 'Đã đề nghị',
  reviewed: 'Đã xét (Hội đồng thi đua)',
  approved: 'Được khen thưởng',
  rejected: 'Không được khen thưởng',
};

/** Kinds of register entry or report a proposal cites as evidence. */
export const EVIDENCE_KINDS = ['drill', 'training_class', 'report', 'conscription'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Vietnamese names of the evidence kinds. */
export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  drill: 'Diễn tập',
  training_class: 'Lớp bồi dưỡng QP-AN',
  report: 'Báo cáo',
  conscription: 'Tuyển quân',
};

/** A reference to evidence: `id` is the entry's id ("12"), or "unitId:year" for a conscription year. */
export const ZEvidenceRef = z.object({
  kind: z.enum(EVIDENCE_KINDS),
  id: z
    .string()
    .trim()
    .regex(/^\d{1,18}(:\d{4})?$/, 'Mã minh chứng không hợp lệ.'),
});
export type TEvidenceRef = z.infer<typeof ZEvidenceRef>;

/** A piece of evidence as stored and shown: the reference and the label the server wrote. */
export const ZEvidence = ZEvidenceRef.extend({ label: z.string(), date: z.string().nullable() });
export type TEvidence = z.infer<typeof ZEvidence>;

const text = (max: number, label: string) =>
  z.string().trim().min(1, `Hãy nhập ${label}.`).max(max, `${label} dài quá ${max} ký tự.`);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/**
 * A nomination. A collective is an agency or a unit of the proposing unit's subtree (its name is
 * taken from there); an individual is a name, a position and an organisation.
 */
export const ZProposeAwardRequest = z
  .object({
    /** The proposing unit; the user's own by default. */
    unitId: z.number().int().positive().optional(),
    conferenceId: z.number().int().positive().nullable().optional(),
    nomineeKind: z.enum(NOMINEE_KINDS),
    nomineeAgencyId: z.number().int().positive().nullable().optional(),
    nomineeUnitId: z.number().int().positive().nullable().optional(),
    nomineeName: optionalText(300),
    nomineePosition: optionalText(300),
    nomineeOrganisation: optionalText(300),
    awardCode: z.enum(AWARD_CODES, 'Hình thức khen thưởng không có trong danh mục.'),
    achievements: text(8000, 'thành tích'),
    evidence: z.array(ZEvidenceRef).max(50, 'Tối đa 50 minh chứng.').default([]),
  })
  .superRefine((v, ctx) => {
    if (v.nomineeKind === 'collective') {
      if (!v.nomineeAgencyId === !v.nomineeUnitId)
        ctx.addIssue({
          code: 'custom',
          path: ['nomineeAgencyId'],
          message: 'Tập thể được đề nghị là một cơ quan hoặc một đơn vị: hãy chọn đúng một.',
        });
    } else {
      if (v.nomineeAgencyId || v.nomineeUnitId)
        ctx.addIssue({
          code: 'custom',
          path: ['nomineeAgencyId'],
          message: 'Cá nhân không chọn cơ quan, đơn vị làm người được đề nghị.',
        });
      for (const [field, label] of [
        ['nomineeName', 'họ và tên'],
        ['nomineePosition', 'chức vụ'],
        ['nomineeOrganisation', 'cơ quan, đơn vị công tác'],
      ] as const) {
        if (!v[field]) ctx.addIssue({ code: 'custom', path: [field], message: `Hãy nhập ${label}.` });
      }
    }
  });
export type TProposeAwardRequest = z.infer<typeof ZProposeAwardRequest>;

/** Editing a proposal while it waits for review: achievements, evidence, award, conference. */
export const ZUpdateAwardRequest = z
  .object({
    conferenceId: z.number().int().positive().nullable(),
    awardCode: z.enum(AWARD_CODES, 'Hình thức khen thưởng không có trong danh mục.'),
    nomineeName: text(300, 'tên'),
    nomineePosition: z.string().trim().max(300).nullable(),
    nomineeOrganisation: z.string().trim().max(300).nullable(),
    achievements: text(8000, 'thành tích'),
    evidence: z.array(ZEvidenceRef).max(50, 'Tối đa 50 minh chứng.'),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'Không có thay đổi nào.');
export type TUpdateAwardRequest = z.infer<typeof ZUpdateAwardRequest>;

/** Approving may carry a note (e.g. the number of the decision). */
export const ZApproveAwardRequest = z.object({ note: z.string().trim().max(2000).optional() });

/** Rejecting needs a reason the proposing unit will read. */
export const ZRejectAwardRequest = z.object({
  reason: z
    .string({ error: 'Hãy ghi rõ lý do không khen thưởng.' })
    .trim()
    .min(5, 'Hãy ghi rõ lý do không khen thưởng (ít nhất 5 ký tự).')
    .max(2000),
});

/** List filters. */
export const ZAwardListQuery = z.object({
  state: z.enum(AWARD_STATES).optional(),
  conferenceId: z.coerce.number().int().positive().optional(),
  awardCode: z.enum(AWARD_CODES).optional(),
  nomineeKind: z.enum(NOMINEE_KINDS).optional(),
  /** Proposals made in this year (or decided in it, once decided). */
  year: z.coerce.number().int().min(1945).max(2100).optional(),
  /** Only proposals this unit decides. */
  grantingUnitId: z.coerce.number().int().positive().optional(),
});
export type TAwardListQuery = z.infer<typeof ZAwardListQuery>;

/** The decision annex: the approved proposals of a granting unit, with the decision's number and date. */
/**
 * What an annex accompanies: the unit's own award decision (the awards it grants), or its
 * submission (Tờ trình) asking a higher authority for the awards it forwards.
 */
export const ANNEX_DOCUMENTS = ['decision', 'submission'] as const;
export type AnnexDocument = (typeof ANNEX_DOCUMENTS)[number];

export const ZAwardAnnexQuery = z.object({
  document: z.enum(ANNEX_DOCUMENTS).default('decision'),
  grantingUnitId: z.coerce.number().int().positive().optional(),
  conferenceId: z.coerce.number().int().positive().optional(),
  awardCode: z.enum(AWARD_CODES).optional(),
  year: z.coerce.number().int().min(1945).max(2100).optional(),
  decisionNumber: z
    .string()
    .trim()
    .max(40)
    .regex(/^[\p{L}\d/.\-\s]*$/u, 'Số quyết định chỉ gồm chữ, số và các dấu / . -')
    .optional(),
  decisionDate: z.iso.date('Ngày không hợp lệ (yyyy-mm-dd).').optional(),
});
export type TAwardAnnexQuery = z.infer<typeof ZAwardAnnexQuery>;

/** Evidence candidates: register entries and reports of a unit in a period. */
export const ZEvidenceQuery = z.object({
  unitId: z.coerce.number().int().positive(),
  period: ZPeriodCode,
});

/** A proposal in lists and on its page. */
export const ZAwardProposal = z.object({
  id: z.number(),
  unit: z.object({ id: z.number(), name: z.string() }),
  conference: z.object({ id: z.number(), title: z.string() }).nullable(),
  nomineeKind: z.enum(NOMINEE_KINDS),
  nomineeAgencyId: z.number().nullable(),
  nomineeUnitId: z.number().nullable(),
  nomineeName: z.string(),
  nomineePosition: z.string().nullable(),
  nomineeOrganisation: z.string().nullable(),
  award: z.object({ code: z.string(), name: z.string(), form: z.string(), forwarded: z.boolean() }),
  grantingUnit: z.object({ id: z.number(), name: z.string() }),
  achievements: z.string(),
  evidence: z.array(ZEvidence),
  state: z.enum(AWARD_STATES),
  proposedBy: z.string().nullable(),
  proposedAt: z.string(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  actions: z.object({
    edit: z.boolean(),
    withdraw: z.boolean(),
    review: z.boolean(),
    approve: z.boolean(),
    reject: z.boolean(),
  }),
});
export type TAwardProposal = z.infer<typeof ZAwardProposal>;
