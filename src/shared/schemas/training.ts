import { z } from 'zod';
import { REGISTER_STATUSES } from '../drill-kinds.ts';
import { TRAINING_AUDIENCES, TRAINING_GROUPS } from '../training-audiences.ts';
import { ZRegisterDate } from './drills.ts';

/** Longest a class may run (the đối tượng 3 course is about two weeks). */
export const TRAINING_MAX_DAYS = 180;
/** Most classes one list page (and the year calendar) holds. */
export const TRAINING_PAGE_SIZE_MAX = 500;

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
const text = (max: number, label: string) =>
  z.string().trim().min(1, `Hãy nhập ${label}.`).max(max, `${label} dài quá ${max} ký tự.`);
const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, `${label} dài quá ${max} ký tự.`).nullish();
const ZPersons = (label: string) =>
  z
    .number(`${label} phải là số.`)
    .int(`${label} phải là số nguyên.`)
    .min(0, `${label} không được âm.`)
    .max(1_000_000, `${label} quá lớn.`);

const ZAudience = z.enum(TRAINING_AUDIENCES, 'Đối tượng bồi dưỡng không hợp lệ.');

type Dates = { startsOn?: string; endsOn?: string };
const isOrdered = (v: Dates) => !v.startsOn || !v.endsOn || v.startsOn <= v.endsOn;
const isShortEnough = (v: Dates) =>
  !v.startsOn || !v.endsOn || daysBetween(v.startsOn, v.endsOn) < TRAINING_MAX_DAYS;
const ORDER = { message: 'Ngày kết thúc phải trùng hoặc sau ngày khai giảng.', path: ['endsOn'] };
const SPAN = { message: `Một lớp bồi dưỡng không kéo dài quá ${TRAINING_MAX_DAYS} ngày.`, path: ['endsOn'] };
type Audience = { audience?: string; audienceNote?: string | null };
const hasNoteWhenOther = (v: Audience) => v.audience !== 'khac' || (v.audienceNote ?? '').length > 0;
const NOTE = { message: 'Hãy ghi rõ đối tượng khác (ví dụ: chức sắc tôn giáo).', path: ['audienceNote'] };

const fields = {
  title: text(300, 'tên lớp'),
  audience: ZAudience,
  audienceNote: optionalText(300, 'Ghi chú đối tượng'),
  organiserAgencyId: z.number().int().positive().nullish(),
  organiserText: optionalText(300, 'Cơ quan tổ chức'),
  startsOn: ZRegisterDate,
  endsOn: ZRegisterDate,
  plannedParticipants: ZPersons('Số người dự kiến'),
  notes: optionalText(4000, 'Ghi chú'),
};

/** A QP-AN class planned by a unit of the user's subtree. */
export const ZCreateTrainingClassRequest = z
  .object({ unitId: z.number().int().positive(), ...fields })
  .refine(isOrdered, ORDER)
  .refine(isShortEnough, SPAN)
  .refine(hasNoteWhenOther, NOTE);
export type TCreateTrainingClassRequest = z.infer<typeof ZCreateTrainingClassRequest>;

/** Changes to a class: any of its fields. */
export const ZUpdateTrainingClassRequest = z
  .object({
    title: fields.title.optional(),
    audience: fields.audience.optional(),
    audienceNote: fields.audienceNote,
    organiserAgencyId: fields.organiserAgencyId,
    organiserText: fields.organiserText,
    startsOn: ZRegisterDate.optional(),
    endsOn: ZRegisterDate.optional(),
    plannedParticipants: fields.plannedParticipants.optional(),
    notes: fields.notes,
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), 'Không có thay đổi nào.')
  .refine(isOrdered, ORDER)
  .refine(isShortEnough, SPAN);
export type TUpdateTrainingClassRequest = z.infer<typeof ZUpdateTrainingClassRequest>;

/** The result of a class held: how many took part (and the dates, if they moved). */
export const ZRecordTrainingResultRequest = z
  .object({
    actualParticipants: ZPersons('Số người tham gia'),
    startsOn: ZRegisterDate.optional(),
    endsOn: ZRegisterDate.optional(),
    notes: fields.notes,
  })
  .refine(isOrdered, ORDER)
  .refine(isShortEnough, SPAN);
export type TRecordTrainingResultRequest = z.infer<typeof ZRecordTrainingResultRequest>;

/** Filters of the class register: a unit's subtree (the user's own by default), year, group, status. */
export const ZTrainingClassListQuery = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(1945).max(2100).optional(),
  audience: ZAudience.optional(),
  status: z.enum(REGISTER_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(TRAINING_PAGE_SIZE_MAX).default(50),
});
export type TTrainingClassListQuery = z.infer<typeof ZTrainingClassListQuery>;

/** A class as the register shows it, with what the user may do with it. */
export const ZTrainingClass = z.object({
  id: z.number(),
  unit: z.object({ id: z.number(), name: z.string(), level: z.number() }),
  title: z.string(),
  audience: ZAudience,
  audienceNote: z.string().nullable(),
  organiser: z.object({
    agencyId: z.number().nullable(),
    agencyName: z.string().nullable(),
    text: z.string().nullable(),
  }),
  startsOn: z.string(),
  endsOn: z.string(),
  plannedParticipants: z.number(),
  actualParticipants: z.number().nullable(),
  status: z.enum(REGISTER_STATUSES),
  notes: z.string().nullable(),
  updatedAt: z.string(),
  actions: z.object({
    update: z.boolean(),
    recordResult: z.boolean(),
    cancel: z.boolean(),
    delete: z.boolean(),
  }),
});
export type TTrainingClass = z.infer<typeof ZTrainingClass>;

/** A page of the class register. */
export const ZTrainingClassList = z.object({ items: z.array(ZTrainingClass), total: z.number() });

/** Which populations: a unit and a year. */
export const ZTrainingPopulationQuery = z.object({
  unitId: z.coerce.number().int().positive(),
  year: z.coerce.number().int().min(1945).max(2100),
});

/** The persons in scope per group a unit enters for a year; null clears a group. */
export const ZSaveTrainingPopulationRequest = z.object({
  unitId: z.number().int().positive(),
  year: z.number().int().min(1945).max(2100),
  items: z
    .array(
      z.object({
        audience: z.enum(TRAINING_GROUPS, 'Đối tượng phải là 1, 2, 3 hoặc 4.'),
        persons: ZPersons('Số người thuộc diện bồi dưỡng').nullable(),
      }),
    )
    .min(1)
    .max(TRAINING_GROUPS.length)
    .refine(
      (list) => new Set(list.map((i) => i.audience)).size === list.length,
      'Mỗi đối tượng chỉ nhập một lần.',
    ),
});
export type TSaveTrainingPopulationRequest = z.infer<typeof ZSaveTrainingPopulationRequest>;

/**
 * The share trained of a unit's subtree for a year, per group: the population in scope, the
 * persons trained in held classes, the share; and the unit's own population as entered.
 */
export const ZTrainingPopulation = z.object({
  unit: z.object({ id: z.number(), name: z.string() }),
  year: z.number(),
  own: z.record(z.enum(TRAINING_GROUPS), z.number().nullable()),
  groups: z.array(
    z.object({
      audience: z.enum(TRAINING_GROUPS),
      population: z.number().nullable(),
      trained: z.number().nullable(),
      /** trained ÷ population, 0–1; null without a population. */
      share: z.number().nullable(),
    }),
  ),
  classes: z.object({ done: z.number(), participants: z.number() }),
  actions: z.object({ edit: z.boolean() }),
});
export type TTrainingPopulation = z.infer<typeof ZTrainingPopulation>;
