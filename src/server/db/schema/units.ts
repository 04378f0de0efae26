import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { ltree } from './types.ts';

/**
 * Administrative units, time-versioned: a unit that merged keeps its row (validTo set) so data
 * recorded under it stays attached to it. `path` is the ltree of ids from the root.
 */
export const units = pgTable(
  'units',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    level: smallint('level').notNull(),
    parentId: bigint('parent_id', { mode: 'number' }),
    path: ltree('path').notNull(),
    /** Null when the unit predates the records (e.g. a district abolished in 2025). */
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('units_code_valid_from_uq').on(t.code, t.validFrom).nullsNotDistinct(),
    index('units_parent_idx').on(t.parentId),
    index('units_path_gist').using('gist', t.path),
    index('units_name_trgm').using('gin', sql`f_unaccent(lower(${t.name})) gin_trgm_ops`),
  ],
);

/** "Unit A was merged into (or split to) B on a date": how old data finds its successor. */
export const unitSuccessions = pgTable(
  'unit_successions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    predecessorId: bigint('predecessor_id', { mode: 'number' })
      .notNull()
      .references(() => units.id),
    successorId: bigint('successor_id', { mode: 'number' })
      .notNull()
      .references(() => units.id),
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
    /** When a unit was split, the successor that inherits its figures. */
    isPrimary: boolean('is_primary').notNull().default(true),
  },
  (t) => [
    uniqueIndex('unit_successions_pair_uq').on(t.predecessorId, t.successorId),
    index('unit_successions_successor_idx').on(t.successorId),
  ],
);
