import { z } from 'zod';
import { DRILL_FORCES, DRILL_GRADES, DRILL_KINDS, REGISTER_STATUSES } from '../drill-kinds.ts';

/** Longest span a planned drill may cover: a whole year, for drills planned "in year Y". */
export const DRILL_MAX_SPAN_DAYS = 366;
/** Most drills one list page (and the year calendar) holds. */
export const DRILL_PAGE_SIZE_MAX = 500;
/** Longest rotation term: the 5-year cycle, with room for a longer plan. */
export const ROTATION_TERM_MAX_YEARS = 10;

const YEAR_MIN = 1945;
const YEAR_MAX = 2100;

/** An ISO calendar date within the years the app handles. */
export const ZRegisterDate = z
  .string('Ngày không hợp lệ (yyyy-mm-dd).')
  .pipe(z.iso.date('Ngày không hợp lệ (yyyy-mm-dd).'))
  .refine((d) => {
    const year = Number(d.slice(0, 4));
    return year >= YEAR_MIN && year <= YEAR_MAX;
  }, `Năm phải trong khoảng ${YEAR_MIN}–${YEAR_MAX}.`);

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

const text = (max: number, label: string) =>
  z.string().trim().min(1, `Hãy nhập ${label}.`).max(max, `${label} dài quá ${max} ký tự.`);
const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, `${label} dài quá ${max} ký tự.`).nullish();

/** Participants by force: one count per force. */
export const ZDrillParticipants = z
  .array(
    z.object({
      force: z.enum(DRILL_FORCES, 'Lực lượng tham gia không hợp lệ.'),
      count: z
        .number('Số người phải là số.')
        .int('Số người phải là số nguyên.')
        .min(0, 'Số người không được âm.')
        .max(1_000_000, 'Số người quá lớn.'),
    }),
  )
  .max(DRILL_FORCES.length)
  .refine(
    (list) => new Set(list.map((p) => p.force)).size === list.length,
    'Mỗi lực lượng chỉ nhập một lần.',
  );
export type TDrillParticipants = z.infer<typeof ZDrillParticipants>;

const ZDrillKind = z.enum(DRILL_KINDS, 'Loại diễn tập không hợp lệ.');

const plannedFields = {
  kind: ZDrillKind,
  title: text(300, 'tên cuộc diễn tập'),
  plannedFrom: ZRegisterDate,
  plannedTo: ZRegisterDate,
  organiserAgencyId: z.number().int().positive().nullish(),
  organiserText: optionalText(300, 'Cơ quan tổ chức'),
  participants: ZDrillParticipants.optional(),
  notes: optionalText(4000, 'Ghi chú'),
};

type Span = { plannedFrom?: string; plannedTo?: string };
const isOrdered = (v: Span) => !v.plannedFrom || !v.plannedTo || v.plannedFrom <= v.plannedTo;
const isShortEnough = (v: Span) =>
  !v.plannedFrom || !v.plannedTo || daysBetween(v.plannedFrom, v.plannedTo) < DRILL_MAX_SPAN_DAYS;
const ORDER = { message: 'Ngày kết thúc dự kiến phải trùng hoặc sau ngày bắt đầu.', path: ['plannedTo'] };
const SPAN = { message: 'Thời gian dự kiến dài quá một năm.', path: ['plannedTo'] };

/** A drill planned for a unit of the user's subtree. */
export const ZCreateDrillRequest = z
  .object({ unitId: z.number().int().positive(), ...plannedFields })
  .refine(isOrdered, ORDER)
  .refine(isShortEnough, SPAN);
export type TCreateDrillRequest = z.infer<typeof ZCreateDrillRequest>;

/** Changes to a drill's plan: any of its planning fields. */
export const ZUpdateDrillRequest = z
  .object({
    kind: plannedFields.kind.optional(),
    title: plannedFields.title.optional(),
    plannedFrom: ZRegisterDate.optional(),
    plannedTo: ZRegisterDate.optional(),
    organiserAgencyId: plannedFields.organiserAgencyId,
    organiserText: plannedFields.organiserText,
    participants: plannedFields.participants,
    notes: plannedFields.notes,
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), 'Không có thay đổi nào.')
  .refine(isOrdered, ORDER)
  .refine(isShortEnough, SPAN);
export type TUpdateDrillRequest = z.infer<typeof ZUpdateDrillRequest>;

/** The result of a drill held: when, the grade, and whether it was "an toàn tuyệt đối". */
export const ZRecordDrillResultRequest = z
  .object({
    actualFrom: ZRegisterDate,
    actualTo: ZRegisterDate,
    grade: z.enum(DRILL_GRADES, 'Hãy chọn kết quả đánh giá.'),
    safe: z.boolean('Hãy cho biết cuộc diễn tập có an toàn tuyệt đối không.'),
    incidents: optionalText(4000, 'Mô tả sự cố'),
    participants: ZDrillParticipants.optional(),
    notes: optionalText(4000, 'Ghi chú'),
  })
  .refine((v) => v.actualFrom <= v.actualTo, {
    message: 'Ngày kết thúc phải trùng hoặc sau ngày bắt đầu.',
    path: ['actualTo'],
  })
  .refine((v) => daysBetween(v.actualFrom, v.actualTo) < 60, {
    message: 'Một cuộc diễn tập không kéo dài quá 60 ngày.',
    path: ['actualTo'],
  })
  .refine((v) => v.safe || (v.incidents ?? '').length >= 3, {
    message: 'Hãy mô tả sự cố khi cuộc diễn tập không an toàn tuyệt đối.',
    path: ['incidents'],
  });
export type TRecordDrillResultRequest = z.infer<typeof ZRecordDrillResultRequest>;

/** Calling off a planned drill, with the reason kept in its notes. */
export const ZCancelRequest = z.object({ reason: text(1000, 'lý do hủy') });
export type TCancelRequest = z.infer<typeof ZCancelRequest>;

/** Filters of the drill register: a unit's subtree (the user's own by default), year, kind, status. */
export const ZDrillListQuery = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(YEAR_MIN).max(YEAR_MAX).optional(),
  kind: ZDrillKind.optional(),
  status: z.enum(REGISTER_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(DRILL_PAGE_SIZE_MAX).default(50),
});
export type TDrillListQuery = z.infer<typeof ZDrillListQuery>;

/** An evidence file of a drill. */
export const ZRegisterFile = z.object({
  id: z.number(),
  fileName: z.string(),
  fileSize: z.number(),
  uploadedAt: z.string(),
  uploadedBy: z.string().nullable(),
});
export type TRegisterFile = z.infer<typeof ZRegisterFile>;

/** A drill as the register shows it, with what the user may do with it. */
export const ZDrill = z.object({
  id: z.number(),
  unit: z.object({ id: z.number(), name: z.string(), level: z.number() }),
  kind: ZDrillKind,
  title: z.string(),
  plannedFrom: z.string(),
  plannedTo: z.string(),
  actualFrom: z.string().nullable(),
  actualTo: z.string().nullable(),
  organiser: z.object({
    agencyId: z.number().nullable(),
    agencyName: z.string().nullable(),
    text: z.string().nullable(),
  }),
  participants: z.array(z.object({ force: z.enum(DRILL_FORCES), count: z.number() })),
  participantsTotal: z.number(),
  status: z.enum(REGISTER_STATUSES),
  grade: z.enum(DRILL_GRADES).nullable(),
  safe: z.boolean().nullable(),
  incidents: z.string().nullable(),
  notes: z.string().nullable(),
  fileCount: z.number(),
  updatedAt: z.string(),
  actions: z.object({
    update: z.boolean(),
    recordResult: z.boolean(),
    cancel: z.boolean(),
    delete: z.boolean(),
    upload: z.boolean(),
  }),
});
export type TDrill = z.infer<typeof ZDrill>;

/** One drill with its evidence files. */
export const ZDrillDetail = ZDrill.extend({ files: z.array(ZRegisterFile) });
export type TDrillDetail = z.infer<typeof ZDrillDetail>;

/** A page of the drill register. */
export const ZDrillList = z.object({ items: z.array(ZDrill), total: z.number() });
export type TDrillList = z.infer<typeof ZDrillList>;

const ZTermYear = z.coerce.number().int().min(2000, 'Năm phải từ 2000.').max(YEAR_MAX);
type Term = { termFrom: number; termTo: number };
const termRules = <T extends z.ZodType<Term>>(schema: T) =>
  schema
    .refine((v) => v.termFrom <= v.termTo, {
      message: 'Năm cuối giai đoạn phải trùng hoặc sau năm đầu.',
      path: ['termTo'],
    })
    .refine((v) => v.termTo - v.termFrom < ROTATION_TERM_MAX_YEARS, {
      message: `Giai đoạn dài tối đa ${ROTATION_TERM_MAX_YEARS} năm.`,
      path: ['termTo'],
    });

/** Which rotation plan: a province and a term (e.g. 2026–2030). */
export const ZRotationQuery = termRules(
  z.object({ unitId: z.coerce.number().int().positive(), termFrom: ZTermYear, termTo: ZTermYear }),
);
export type TRotationQuery = z.infer<typeof ZRotationQuery>;

/** Proposing (or re-proposing) the rotation of a province's communes over a term. */
export const ZProposeRotationRequest = termRules(
  z.object({
    unitId: z.number().int().positive(),
    termFrom: z.number().int().min(2000, 'Năm phải từ 2000.').max(YEAR_MAX),
    termTo: z.number().int().min(2000, 'Năm phải từ 2000.').max(YEAR_MAX),
  }),
);
export type TProposeRotationRequest = z.infer<typeof ZProposeRotationRequest>;

/** Moving a commune to another year of the plan, or swapping it with a commune of that year. */
export const ZMoveRotationRequest = z.object({
  year: z.number('Hãy chọn năm.').int().min(2000).max(YEAR_MAX),
  swapWithCommuneId: z.number().int().positive().nullish(),
});
export type TMoveRotationRequest = z.infer<typeof ZMoveRotationRequest>;

/** The planned dates given to the drills created for a year of the plan (the whole year by default). */
export const ZCreateYearDrillsRequest = z
  .object({ plannedFrom: ZRegisterDate.optional(), plannedTo: ZRegisterDate.optional() })
  .refine(isOrdered, ORDER);
export type TCreateYearDrillsRequest = z.infer<typeof ZCreateYearDrillsRequest>;

/** One commune in the rotation: its year in the plan, and what the register says it did. */
export const ZRotationCommune = z.object({
  id: z.number(),
  name: z.string(),
  plannedYear: z.number().nullable(),
  /** Year within the term of its first completed commune combat drill. */
  doneYear: z.number().nullable(),
  /** Every year of the term in which it held one. */
  doneYears: z.array(z.number()),
  /** Years of the term with a drill entered but not yet held. */
  scheduledYears: z.array(z.number()),
  /** Its last completed drill before the term. */
  lastDrillYear: z.number().nullable(),
});
export type TRotationCommune = z.infer<typeof ZRotationCommune>;

/** Coverage of one year of the term. */
export const ZRotationYear = z.object({
  year: z.number(),
  planned: z.number(),
  plannedShare: z.number(),
  done: z.number(),
  doneShare: z.number(),
  isWithinBand: z.boolean(),
  /** Communes of the year with a drill entered in the register (planned or done). */
  withDrill: z.number(),
});
export type TRotationYear = z.infer<typeof ZRotationYear>;

/** A province's rotation over a term: the plan (if any), each commune, coverage per year, this year. */
export const ZRotation = z.object({
  unit: z.object({ id: z.number(), name: z.string() }),
  termFrom: z.number(),
  termTo: z.number(),
  minShare: z.number(),
  maxShare: z.number(),
  /** Communes a year must hold between: ⌊20 % · n⌋ and ⌊25 % · n⌋. */
  bounds: z.object({ min: z.number(), max: z.number() }),
  plan: z.object({ id: z.number(), updatedAt: z.string() }).nullable(),
  communes: z.array(ZRotationCommune),
  years: z.array(ZRotationYear),
  current: z.object({ year: z.number(), communes: z.number(), drilled: z.number(), share: z.number() }),
  actions: z.object({ propose: z.boolean(), adjust: z.boolean() }),
});
export type TRotation = z.infer<typeof ZRotation>;
