import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { units } from './units.ts';
import { users } from './users.ts';

/**
 * What is measured. A quantity is entered; a ratio is never entered: it is numerator ÷ denominator
 * of two quantities, so any level's rate is Σ numerators ÷ Σ denominators.
 */
export const indicators = pgTable(
  'indicators',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    unitOfMeasure: text('unit_of_measure').notNull(),
    kind: text('kind').notNull(),
    /** For quantities: how sub-units combine (sum, max, or sum of each unit's latest value). */
    aggregation: text('aggregation').notNull().default('sum'),
    numeratorId: bigint('numerator_id', { mode: 'number' }),
    denominatorId: bigint('denominator_id', { mode: 'number' }),
    groupCode: text('group_code').notNull(),
    /** Disaggregation scheme ('none' or 'doi_tuong': đối tượng 1–4). */
    disaggregation: text('disaggregation').notNull().default('none'),
    isInteger: boolean('is_integer').notNull().default(true),
    description: text('description'),
    isSystem: boolean('is_system').notNull().default(false),
    /**
     * The register whose entries compute this figure ('drills', 'training', 'conscription',
     * 'militia', 'awards', 'units'); null when people type it. A computed figure is never typed.
     */
    determinedBy: text('determined_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('indicators_kind_ck', sql`${t.kind} in ('quantity', 'ratio')`),
    check(
      'indicators_ratio_parts_ck',
      sql`(${t.kind} = 'ratio') = (${t.numeratorId} is not null and ${t.denominatorId} is not null)`,
    ),
  ],
);

/** A set of indicators reported together on one calendar (period type, cut-off, entry window, lock). */
export const reportingSets = pgTable('reporting_sets', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  periodType: text('period_type').notNull(),
  /** 'none' = calendar period; 'nd09' = Nghị định 09/2019 window (15th of the previous month → 14th). */
  cutoff: text('cutoff').notNull().default('none'),
  /** Data may be entered until this many days after the period (or window) ends; then it locks. */
  lockAfterDays: integer('lock_after_days').notNull().default(15),
  /** Level of the units expected to enter data (3 = communes). */
  entryLevel: integer('entry_level').notNull().default(3),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Which indicators a reporting set collects, in display order. */
export const reportingSetIndicators = pgTable(
  'reporting_set_indicators',
  {
    setId: bigint('set_id', { mode: 'number' })
      .notNull()
      .references(() => reportingSets.id),
    indicatorId: bigint('indicator_id', { mode: 'number' })
      .notNull()
      .references(() => indicators.id),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.setId, t.indicatorId] })],
);

/** A leader lets one unit enter a locked period until a date. */
export const entryExceptions = pgTable(
  'entry_exceptions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    setId: bigint('set_id', { mode: 'number' })
      .notNull()
      .references(() => reportingSets.id),
    unitId: bigint('unit_id', { mode: 'number' })
      .notNull()
      .references(() => units.id),
    periodCode: text('period_code').notNull(),
    until: date('until', { mode: 'string' }).notNull(),
    reason: text('reason'),
    grantedBy: uuid('granted_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('entry_exceptions_lookup_idx').on(t.setId, t.unitId, t.periodCode)],
);

/** One figure: (indicator, category, unit, period) → value, with who entered it and when. */
export const dataValues = pgTable(
  'data_values',
  {
    indicatorId: bigint('indicator_id', { mode: 'number' })
      .notNull()
      .references(() => indicators.id),
    /** Disaggregation category ('' when the indicator has none). */
    category: text('category').notNull().default(''),
    unitId: bigint('unit_id', { mode: 'number' })
      .notNull()
      .references(() => units.id),
    periodCode: text('period_code').notNull(),
    value: numeric('value', { mode: 'number' }).notNull(),
    enteredBy: uuid('entered_by').references(() => users.id),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull().defaultNow(),
    /** When the figure was first entered: timeliness is judged on it, not on later corrections. */
    firstEnteredAt: timestamp('first_entered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.indicatorId, t.category, t.unitId, t.periodCode] }),
    index('data_values_unit_period_idx').on(t.unitId, t.periodCode),
    check('data_values_finite_ck', sql`${t.value} <> 'NaN'::numeric`),
  ],
);

/**
 * Totals of every unit's subtree (including data of predecessor units), kept in the same
 * transaction as each write so every ancestor's total is right the moment the write commits.
 */
export const dataRollups = pgTable(
  'data_rollups',
  {
    indicatorId: bigint('indicator_id', { mode: 'number' }).notNull(),
    category: text('category').notNull().default(''),
    unitId: bigint('unit_id', { mode: 'number' }).notNull(),
    periodCode: text('period_code').notNull(),
    total: numeric('total', { mode: 'number' }).notNull().default(0),
    maximum: numeric('maximum', { mode: 'number' }),
    contributors: integer('contributors').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.periodCode, t.unitId, t.indicatorId, t.category] })],
);

/** A goal for an indicator at a unit (or every unit of a level) for a period, as set by a document. */
export const targets = pgTable(
  'targets',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    indicatorId: bigint('indicator_id', { mode: 'number' })
      .notNull()
      .references(() => indicators.id),
    category: text('category').notNull().default(''),
    /** The unit the target is for; with `level`, the target applies to each unit of that level under it. */
    unitId: bigint('unit_id', { mode: 'number' })
      .notNull()
      .references(() => units.id),
    level: integer('level'),
    periodCode: text('period_code').notNull(),
    minValue: numeric('min_value', { mode: 'number' }),
    maxValue: numeric('max_value', { mode: 'number' }),
    /** A quota split from a parent target (the split must add up to the parent's quota). */
    parentTargetId: bigint('parent_target_id', { mode: 'number' }),
    sourceDocumentId: bigint('source_document_id', { mode: 'number' }),
    sourceTaskId: bigint('source_task_id', { mode: 'number' }),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('targets_unit_period_idx').on(t.unitId, t.periodCode),
    index('targets_parent_idx').on(t.parentTargetId),
    check('targets_bound_ck', sql`${t.minValue} is not null or ${t.maxValue} is not null`),
    check(
      'targets_order_ck',
      sql`${t.minValue} is null or ${t.maxValue} is null or ${t.minValue} <= ${t.maxValue}`,
    ),
  ],
);
