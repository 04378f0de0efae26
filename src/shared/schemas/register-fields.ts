import { z } from 'zod';

/** A register year (the handover year for conscription, the calendar year for militia). */
export const ZRegisterYear = z.coerce
  .number()
  .int('Năm phải là số nguyên.')
  .min(2000, 'Năm phải từ 2000 trở đi.')
  .max(2100, 'Năm không được quá 2100.');

/** A count of people: a whole number ≥ 0, or null while it is not known. */
export const ZHeadCount = z
  .number()
  .int('Số người phải là số nguyên.')
  .min(0, 'Số người không được âm.')
  .max(10_000_000, 'Số người quá lớn.')
  .nullable();

/** A unit and a year, as the register pages ask for them. */
export const ZUnitYearQuery = z.object({
  unitId: z.coerce.number().int().positive(),
  year: ZRegisterYear,
});
export type TUnitYearQuery = z.infer<typeof ZUnitYearQuery>;

/** A target's bounds for a rate (in %), as the targets table holds it; null when none is set. */
export const ZRateTarget = z.object({ min: z.number().nullable(), max: z.number().nullable() }).nullable();
export type TRateTarget = z.infer<typeof ZRateTarget>;

/** Free notes on a register row; blank is none. */
export const ZRegisterNotes = z
  .string()
  .trim()
  .max(2000, 'Ghi chú tối đa 2.000 ký tự.')
  .nullable()
  .transform((v) => (v ? v : null));

/** Adds a "part ≤ whole" issue at `path` when both are known and the part is larger. */
export function checkPartOfWhole(
  ctx: z.RefinementCtx,
  part: number | null | undefined,
  whole: number | null | undefined,
  path: string,
  message: (part: number, whole: number) => string,
): void {
  if (part == null || whole == null || part <= whole) return;
  ctx.addIssue({ code: 'custom', path: [path], message: message(part, whole) });
}

/** A count as Vietnamese text writes it (1.234). */
export const viCount = (n: number) => n.toLocaleString('vi-VN');
