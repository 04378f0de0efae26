import { z } from 'zod';
import { CONSCRIPTION_STEPS, isInHandoverWindow } from '../conscription-calendar.ts';
import { vnDate } from '../iso-dates.ts';
import {
  checkPartOfWhole,
  viCount,
  ZHeadCount,
  ZRateTarget,
  ZRegisterNotes,
  ZRegisterYear,
} from './register-fields.ts';

const ZUnitId = z.number().int().positive();

/**
 * Setting quotas (chỉ tiêu giao quân) for a year: the unit's own quota (only where nobody above
 * splits it: the province, from the Military Region and the Government) and/or its split among
 * the units directly under it. After the change the parts must add up to the unit's quota
 * exactly, or nothing is written.
 */
export const ZSetQuotasRequest = z
  .object({
    unitId: ZUnitId,
    year: ZRegisterYear,
    /** Omitted: unchanged. */
    quota: ZHeadCount.optional(),
    allocations: z
      .array(z.object({ unitId: ZUnitId, quota: ZHeadCount }))
      .max(5000)
      .default([]),
  })
  .superRefine((v, ctx) => {
    const ids = v.allocations.map((a) => a.unitId);
    if (new Set(ids).size !== ids.length)
      ctx.addIssue({
        code: 'custom',
        path: ['allocations'],
        message: 'Một đơn vị xuất hiện hai lần trong bảng phân bổ.',
      });
    if (v.quota === undefined && v.allocations.length === 0)
      ctx.addIssue({ code: 'custom', path: ['allocations'], message: 'Chưa có chỉ tiêu nào để lưu.' });
  });
export type TSetQuotasRequest = z.infer<typeof ZSetQuotasRequest>;

/** The counts of each step a unit enters for its cycle (its quota is set by the level above). */
export const ZConscriptionStepsFields = z.object({
  listed17: ZHeadCount,
  registered: ZHeadCount,
  examined: ZHeadCount,
  fit: ZHeadCount,
  handedOver: ZHeadCount,
  handoverOn: z.iso.date('Ngày giao quân không hợp lệ (yyyy-mm-dd).').nullable(),
  notes: ZRegisterNotes,
});

/**
 * Saving a unit's step counts. Registration is not checked against the January list: older men
 * who never registered register too. The fit are among the examined, and only the fit are
 * handed over. The handover falls in February–March of the year; a date outside it (a second
 * call for defence needs, Điều 33) is accepted only with a note saying why, so an unexplained
 * typo cannot slip through while a real exception can be recorded.
 */
export const ZSaveConscriptionStepsRequest = ZConscriptionStepsFields.extend({
  unitId: ZUnitId,
  year: ZRegisterYear,
}).superRefine((v, ctx) => {
  checkPartOfWhole(
    ctx,
    v.fit,
    v.examined,
    'fit',
    (p, w) => `Số đủ điều kiện nhập ngũ (${viCount(p)}) không được lớn hơn số đã khám (${viCount(w)}).`,
  );
  checkPartOfWhole(
    ctx,
    v.handedOver,
    v.fit,
    'handedOver',
    (p, w) => `Số đã giao quân (${viCount(p)}) không được lớn hơn số đủ điều kiện nhập ngũ (${viCount(w)}).`,
  );
  if (v.handedOver !== null && v.handedOver > 0 && v.handoverOn === null)
    ctx.addIssue({ code: 'custom', path: ['handoverOn'], message: 'Cần nhập ngày giao quân.' });
  if (v.handoverOn !== null) {
    if (Number(v.handoverOn.slice(0, 4)) !== v.year)
      ctx.addIssue({
        code: 'custom',
        path: ['handoverOn'],
        message: `Ngày giao quân (${vnDate(v.handoverOn)}) phải thuộc năm ${v.year}.`,
      });
    else if (!isInHandoverWindow(v.year, v.handoverOn) && !v.notes)
      ctx.addIssue({
        code: 'custom',
        path: ['handoverOn'],
        message: `Ngày giao quân (${vnDate(v.handoverOn)}) ngoài tháng 2–3: ghi rõ lý do (ví dụ đợt gọi nhập ngũ thứ hai) vào ghi chú.`,
      });
  }
});
export type TSaveConscriptionStepsRequest = z.infer<typeof ZSaveConscriptionStepsRequest>;

/** Counts of a unit's subtree (its own row and every row below it); null where nobody entered one. */
export const ZConscriptionCounts = z.object({
  /** Σ of the quotas not split further: equals the unit's quota once, never twice. */
  quota: z.number().nullable(),
  listed17: z.number().nullable(),
  registered: z.number().nullable(),
  examined: z.number().nullable(),
  fit: z.number().nullable(),
  handedOver: z.number().nullable(),
});
export type TConscriptionCounts = z.infer<typeof ZConscriptionCounts>;

/** One unit's line of the year: what it entered itself, and the totals of its subtree. */
export const ZConscriptionRow = z.object({
  unitId: z.number(),
  unitName: z.string(),
  level: z.number(),
  /** True when units below it take part in this cycle (its figures are theirs added up). */
  hasChildren: z.boolean(),
  quota: z.number().nullable(),
  listed17: z.number().nullable(),
  registered: z.number().nullable(),
  examined: z.number().nullable(),
  fit: z.number().nullable(),
  handedOver: z.number().nullable(),
  handoverOn: z.string().nullable(),
  notes: z.string().nullable(),
  updatedAt: z.string().nullable(),
  totals: ZConscriptionCounts,
  /** Handed over ÷ quota of the subtree, in %. */
  fulfilmentPercent: z.number().nullable(),
  /** The handover date lies outside February–March (explained in the notes). */
  handoverOutsideWindow: z.boolean(),
  actions: z.object({ editSteps: z.boolean() }),
});
export type TConscriptionRow = z.infer<typeof ZConscriptionRow>;

/** One step of the legal calendar, with its state today and how many units have entered it. */
export const ZCalendarStep = z.object({
  step: z.enum(CONSCRIPTION_STEPS),
  from: z.string(),
  to: z.string(),
  state: z.enum(['done', 'late', 'open', 'upcoming']),
  doneUnits: z.number(),
  totalUnits: z.number(),
});
export type TCalendarStep = z.infer<typeof ZCalendarStep>;

/** A unit's conscription year: its line, its sub-units' lines, the split, the calendar, the rates. */
export const ZConscriptionYear = z.object({
  year: z.number(),
  today: z.string(),
  unit: ZConscriptionRow,
  children: z.array(ZConscriptionRow),
  split: z.object({
    quota: z.number().nullable(),
    /** Σ of the sub-units' quotas; null when not split. */
    allocated: z.number().nullable(),
    isBalanced: z.boolean(),
  }),
  registrationPercent: z.number().nullable(),
  targets: z.object({ fulfilment: ZRateTarget, registration: ZRateTarget }),
  calendar: z.array(ZCalendarStep),
  actions: z.object({ setQuota: z.boolean(), splitQuota: z.boolean() }),
});
export type TConscriptionYear = z.infer<typeof ZConscriptionYear>;
