import { z } from 'zod';
import { DETERMINED_BY } from '../indicator-catalogue.ts';
import { parsePeriod } from '../periods.ts';

/** The register (or the unit tree) that computes a figure nobody types. */
export const ZDeterminedBy = z.enum(DETERMINED_BY);

/** A period code such as 2026, 2026H1, 2026Q2, 2026-03 or 2026-2030. */
export const ZPeriodCode = z
  .string()
  .trim()
  .refine(
    (v) => parsePeriod(v) !== null,
    'Kỳ báo cáo không hợp lệ (ví dụ: 2026, 2026H1, 2026Q2, 2026-03, 2026-2030).',
  );

/** Which grid: one unit, one reporting set, one period. */
export const ZEntryGridQuery = z.object({
  unitId: z.coerce.number().int().positive(),
  setId: z.coerce.number().int().positive(),
  period: ZPeriodCode,
});
export type TEntryGridQuery = z.infer<typeof ZEntryGridQuery>;

/** One cell written by the grid; null clears it. */
export const ZEntryCell = z.object({
  indicatorId: z.number().int().positive(),
  category: z.string().max(20).default(''),
  value: z.number().finite().min(-1e15).max(1e15).nullable(),
});

/** Saving a grid: every cell is checked and either all are saved or none. */
export const ZSaveEntryRequest = z.object({
  unitId: z.number().int().positive(),
  setId: z.number().int().positive(),
  period: ZPeriodCode,
  cells: z.array(ZEntryCell).min(1).max(2000),
});
export type TSaveEntryRequest = z.infer<typeof ZSaveEntryRequest>;

/** A cell of the grid with who entered it and when. */
export const ZGridCell = z.object({
  category: z.string(),
  value: z.number().nullable(),
  enteredBy: z.string().nullable(),
  enteredAt: z.string().nullable(),
});

/** The data-entry grid: indicators as rows, disaggregation categories as columns. */
export const ZEntryGrid = z.object({
  unit: z.object({ id: z.number(), name: z.string() }),
  set: z.object({ id: z.number(), code: z.string(), name: z.string(), periodType: z.string() }),
  period: z.object({ code: z.string(), start: z.string(), end: z.string() }),
  window: z.object({
    start: z.string(),
    end: z.string(),
    locksOn: z.string(),
    isLocked: z.boolean(),
    exceptionUntil: z.string().nullable(),
  }),
  rows: z.array(
    z.object({
      indicatorId: z.number(),
      code: z.string(),
      name: z.string(),
      unitOfMeasure: z.string(),
      isInteger: z.boolean(),
      /** Set when a register computes the row: the grid shows it read-only, the save refuses it. */
      determinedBy: ZDeterminedBy.nullable(),
      categories: z.array(z.object({ code: z.string(), name: z.string() })),
      cells: z.array(ZGridCell),
    }),
  ),
  actions: z.object({ edit: z.boolean(), grantException: z.boolean() }),
});
export type TEntryGrid = z.infer<typeof ZEntryGrid>;

/** A cell a save refused, with the reason in Vietnamese. */
export const ZCellError = z.object({ indicatorId: z.number(), category: z.string(), message: z.string() });
export type TCellError = z.infer<typeof ZCellError>;

/** The dashboard of a unit for a period. */
export const ZDashboardQuery = z.object({
  unitId: z.coerce.number().int().positive(),
  period: ZPeriodCode,
  setId: z.coerce.number().int().positive().optional(),
});
export type TDashboardQuery = z.infer<typeof ZDashboardQuery>;

/** A target's bounds. */
export const ZTargetBounds = z.object({ min: z.number().nullable(), max: z.number().nullable() });

/** One indicator on the dashboard: the unit's figure, its target, and each sub-unit's. */
export const ZDashboardIndicator = z.object({
  indicatorId: z.number(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(['quantity', 'ratio']),
  unitOfMeasure: z.string(),
  group: z.string(),
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  target: ZTargetBounds.nullable(),
  belowTarget: z.boolean(),
  children: z.array(
    z.object({
      unitId: z.number(),
      unitName: z.string(),
      value: z.number().nullable(),
      target: ZTargetBounds.nullable(),
      belowTarget: z.boolean(),
    }),
  ),
});
export type TDashboardIndicator = z.infer<typeof ZDashboardIndicator>;

/** The dashboard answer. */
export const ZDashboard = z.object({
  unit: z.object({ id: z.number(), name: z.string() }),
  period: z.object({ code: z.string(), start: z.string(), end: z.string() }),
  indicators: z.array(ZDashboardIndicator),
});
export type TDashboard = z.infer<typeof ZDashboard>;

/** A leader reopens a locked period for one unit until a date. */
export const ZGrantExceptionRequest = z.object({
  setId: z.number().int().positive(),
  unitId: z.number().int().positive(),
  period: ZPeriodCode,
  until: z.iso.date('Ngày không hợp lệ (yyyy-mm-dd).'),
  reason: z.string().trim().max(500).optional(),
});
export type TGrantExceptionRequest = z.infer<typeof ZGrantExceptionRequest>;
