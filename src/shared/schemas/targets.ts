import { z } from 'zod';
import { ZPeriodCode } from './figures.ts';

/** The fields of a target shared by the target form and a document's review: what, where, when, how much. */
export const ZTargetFields = z.object({
  indicatorId: z.number().int().positive(),
  category: z.string().max(20).default(''),
  unitId: z.number().int().positive(),
  /** When set, the target applies to every unit of this level under `unitId` (e.g. 3 = each commune). */
  level: z.number().int().min(1).max(3).nullish(),
  period: ZPeriodCode,
  min: z.number().finite().min(0).nullish(),
  max: z.number().finite().min(0).nullish(),
  note: z.string().trim().max(1000).nullish(),
});

type TargetBounds = { min?: number | null; max?: number | null };
const hasABound = (v: TargetBounds) => v.min != null || v.max != null;
const isOrdered = (v: TargetBounds) => v.min == null || v.max == null || v.min <= v.max;
const BOUND_REQUIRED = { message: 'Cần ít nhất mức tối thiểu hoặc tối đa.', path: ['min'] };
const BOUND_ORDER = { message: 'Mức tối thiểu phải nhỏ hơn hoặc bằng mức tối đa.', path: ['max'] };

/** Adds the bound rules (at least one bound, min ≤ max) to a schema with the target fields. */
export function withBoundChecks<T extends z.ZodType<TargetBounds>>(schema: T): T {
  return schema.refine(hasABound, BOUND_REQUIRED).refine(isOrdered, BOUND_ORDER);
}

/** A target: min and/or max of an indicator for a unit (or each unit of a level under it) and period. */
export const ZCreateTargetRequest = withBoundChecks(
  ZTargetFields.extend({
    sourceDocumentId: z.number().int().positive().nullish(),
    sourceTaskId: z.number().int().positive().nullish(),
  }),
);
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
  /** The document that set the target, when the actor may see it. */
  sourceDocument: z
    .object({ id: z.number(), number: z.string().nullable(), kind: z.string().nullable() })
    .nullable(),
  sourceTaskId: z.number().nullable(),
  note: z.string().nullable(),
  actions: z.object({ update: z.boolean(), split: z.boolean() }),
});
export type TTarget = z.infer<typeof ZTarget>;
