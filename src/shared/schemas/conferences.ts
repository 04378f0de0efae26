import { z } from 'zod';
import { ZRegisterDate } from './drills.ts';
import { ZPeriodCode } from './figures.ts';

/** Kinds of review conference. */
export const CONFERENCE_KINDS = ['so_ket', 'tong_ket'] as const;
export type ConferenceKind = (typeof CONFERENCE_KINDS)[number];

/** Vietnamese names of the kinds. */
export const CONFERENCE_KIND_LABELS: Record<ConferenceKind, string> = {
  so_ket: 'Sơ kết',
  tong_ket: 'Tổng kết',
};

/** Where a conference stands. */
export const CONFERENCE_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type ConferenceStatus = (typeof CONFERENCE_STATUSES)[number];

/** Vietnamese names of the statuses. */
export const CONFERENCE_STATUS_LABELS: Record<ConferenceStatus, string> = {
  planned: 'Kế hoạch',
  held: 'Đã tổ chức',
  cancelled: 'Đã hủy',
};

/** What a participant does at the conference. */
export const PARTICIPANT_ROLES = ['chu_tri', 'bao_cao', 'tham_luan', 'du'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** Vietnamese names of the roles. */
export const PARTICIPANT_ROLE_LABELS: Record<ParticipantRole, string> = {
  chu_tri: 'Chủ trì',
  bao_cao: 'Báo cáo',
  tham_luan: 'Tham luận',
  du: 'Dự',
};

const ZQuota = z
  .number()
  .int('Chỉ tiêu khen thưởng phải là số nguyên.')
  .min(0, 'Chỉ tiêu khen thưởng không được âm.')
  .max(10_000)
  .nullable();
const text = (max: number, label: string) =>
  z.string().trim().min(1, `Hãy nhập ${label}.`).max(max, `${label} dài quá ${max} ký tự.`);

/** List filters: a unit's subtree (the user's own by default), a year, a level, a kind. */
export const ZConferenceListQuery = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(1945).max(2100).optional(),
  level: z.coerce.number().int().min(0).max(3).optional(),
  kind: z.enum(CONFERENCE_KINDS).optional(),
  status: z.enum(CONFERENCE_STATUSES).optional(),
});
export type TConferenceListQuery = z.infer<typeof ZConferenceListQuery>;

/** Creating a conference for a unit of the user's subtree. */
export const ZCreateConferenceRequest = z.object({
  unitId: z.number().int().positive(),
  kind: z.enum(CONFERENCE_KINDS),
  title: text(500, 'tên hội nghị'),
  periodCode: ZPeriodCode,
  dueOn: ZRegisterDate.nullable().optional(),
  duration: z.string().trim().max(50).nullable().optional(),
  chair: z.string().trim().max(200).nullable().optional(),
  location: z.string().trim().max(300).nullable().optional(),
  reportId: z.number().int().positive().nullable().optional(),
  awardQuotaCollective: ZQuota.optional(),
  awardQuotaIndividual: ZQuota.optional(),
});
export type TCreateConferenceRequest = z.infer<typeof ZCreateConferenceRequest>;

/** Changing a conference; `status: 'held'` needs the day it was held. */
export const ZUpdateConferenceRequest = z
  .object({
    kind: z.enum(CONFERENCE_KINDS),
    title: text(500, 'tên hội nghị'),
    periodCode: ZPeriodCode,
    dueOn: ZRegisterDate.nullable(),
    heldOn: ZRegisterDate.nullable(),
    duration: z.string().trim().max(50).nullable(),
    chair: z.string().trim().max(200).nullable(),
    location: z.string().trim().max(300).nullable(),
    reportId: z.number().int().positive().nullable(),
    status: z.enum(CONFERENCE_STATUSES),
    awardQuotaCollective: ZQuota,
    awardQuotaIndividual: ZQuota,
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'Không có thay đổi nào.');
export type TUpdateConferenceRequest = z.infer<typeof ZUpdateConferenceRequest>;

/** Planning the same conference for a unit and every commune below it, with a deadline per level. */
export const ZPlanConferencesRequest = z.object({
  unitId: z.number().int().positive(),
  kind: z.enum(CONFERENCE_KINDS),
  title: text(500, 'tên hội nghị'),
  periodCode: ZPeriodCode,
  duration: z.string().trim().max(50).nullable().optional(),
  /** Due date of the unit's own conference and of its communes' (the samples: communes first). */
  dueOn: ZRegisterDate,
  communeDueOn: ZRegisterDate,
});
export type TPlanConferencesRequest = z.infer<typeof ZPlanConferencesRequest>;

/** A participant: an agency of the conference's unit tree, or a named person. */
export const ZParticipantRequest = z
  .object({
    agencyId: z.number().int().positive().nullable().optional(),
    name: z.string().trim().max(300).optional(),
    role: z.enum(PARTICIPANT_ROLES).default('du'),
  })
  .refine((v) => v.agencyId || (v.name && v.name.length > 0), {
    message: 'Hãy chọn cơ quan hoặc nhập tên người dự.',
    path: ['name'],
  });
export type TParticipantRequest = z.infer<typeof ZParticipantRequest>;

/** A conclusion's text (and, when editing, its place in the list). */
export const ZConclusionRequest = z.object({
  text: text(4000, 'nội dung kết luận'),
  position: z.number().int().min(1).max(10_000).optional(),
});

/** Turning a conclusion into a task of the next period. */
export const ZConclusionTaskRequest = z.object({
  leadAgencyId: z.number().int().positive(),
  supportAgencyIds: z.array(z.number().int().positive()).max(200).default([]),
  dueOn: ZRegisterDate,
  title: z.string().trim().min(1).max(500).optional(),
});
export type TConclusionTaskRequest = z.infer<typeof ZConclusionTaskRequest>;

/** What the user may do with a conference. */
const ZConferenceActions = z.object({ edit: z.boolean(), delete: z.boolean(), propose: z.boolean() });

/** A conference in lists and calendars. */
export const ZConferenceSummary = z.object({
  id: z.number(),
  unit: z.object({ id: z.number(), name: z.string(), level: z.number() }),
  kind: z.enum(CONFERENCE_KINDS),
  title: z.string(),
  periodCode: z.string(),
  dueOn: z.string().nullable(),
  heldOn: z.string().nullable(),
  duration: z.string().nullable(),
  chair: z.string().nullable(),
  location: z.string().nullable(),
  status: z.enum(CONFERENCE_STATUSES),
  isLate: z.boolean(),
  report: z
    .object({ id: z.number(), title: z.string(), periodCode: z.string(), state: z.string() })
    .nullable(),
  conclusions: z.object({ total: z.number(), tasks: z.number() }),
  awards: z.object({
    quotaCollective: z.number().nullable(),
    quotaIndividual: z.number().nullable(),
    collective: z.number(),
    individual: z.number(),
  }),
  actions: ZConferenceActions,
});
export type TConferenceSummary = z.infer<typeof ZConferenceSummary>;

/** A conference's page. */
export const ZConference = ZConferenceSummary.extend({
  participants: z.array(
    z.object({
      id: z.number(),
      agencyId: z.number().nullable(),
      name: z.string(),
      role: z.enum(PARTICIPANT_ROLES),
    }),
  ),
  conclusionItems: z.array(
    z.object({
      id: z.number(),
      position: z.number(),
      text: z.string(),
      task: z
        .object({
          id: z.number(),
          title: z.string(),
          dueOn: z.string().nullable(),
          leadAgencyName: z.string(),
          completedOn: z.string().nullable(),
        })
        .nullable(),
    }),
  ),
  /** The first day a task of the next period may fall due. */
  nextPeriodStart: z.string(),
});
export type TConference = z.infer<typeof ZConference>;
