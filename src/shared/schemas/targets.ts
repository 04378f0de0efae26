import { z } from 'zod';
import { ZPeriodCode } from './figures.ts';

/** A target: min and/or max of an indicator for a unit (or each unit of a level under it) and period. */
export const ZCreateTargetRequest = z
  .object({
    indicatorId: z.number().int().positive(),
    category: z.string().max(20).default(''),
    unitId: z.number().int().positive(),
    /** When set, the target applies to every unit of this level under `unitId` (e.g. 3 = each commune). */
    level: z.number().int().min(1).max(3).nullish(),
    period: ZPeriodCode,
    min: z.number().finite().min(0).nullish(),
    max: z.number().finite().min(0).nullish(),
    sourceDocumentId: z.number().int().positive().nullish(),
    sourceTaskId: z.number().int().positive().nullish(),
    note: z.string().trim().max(1000).nullish(),
  })
  .refine((v) => v.min != null || v.max != null, {
    message: 'Cần ít nhất mức tối thiểu hoặc tối đa.',
    path: ['min'],
  })
  .refine((v) => v.min == null || v.max == null || v.min <= v.max, {
    message: 'Mức tối thiểu phải nhỏ hơn hoặc bằng mức tối đa.',
    path: ['max'],
  });
export type TCreateTargetRequest = z.infer<typeof ZCreateTargetRequest>;

/** Splitting a quota among sub-units: the parts must add up to the quota. */
export const ZSplitTargetRequest = z.object({
  allocations: z
    .array(z.object({ unitId: z.number().int().positive(), value: z.number().finite().min(0) }))
    .min(1)
    .max(5000),
});
export type TSplitTargetRequest = z.infer<typeof ZSplitTargetRequest>;

/** Query of the target list. */
export const ZTargetListQuery = z.object({
  unitId: z.coerce.number().int().positive(),
  period: ZPeriodCode.optional(),
});

/** A target as the API shows it. */
export const ZTarget = z.object({
  id: z.number(),
  indicatorId: z.number(),
  indicatorName: z.string(),
  category: z.string(),
  unitId: z.number(),
  unitName: z.string(),
  level: z.number().nullable(),
  period: z.string(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  parentTargetId: z.number().nullable(),
  sourceDocumentId: z.number().nullable(),
  note: z.string().nullable(),
  actions: z.object({ update: z.boolean(), split: z.boolean() }),
});
export type TTarget = z.infer<typeof ZTarget>;
