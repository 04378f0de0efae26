import { sql } from 'drizzle-orm';
import { bigint, bigserial, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { units } from './units.ts';

/** A body that acts in a unit (UBND, Đảng ủy, Ban CHQS, Sở ...), with names to match text against. */
export const agencies = pgTable(
  'agencies',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    unitId: bigint('unit_id', { mode: 'number' })
      .notNull()
      .references(() => units.id),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    aliases: text('aliases').array().notNull().default(sql`'{}'::text[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('agencies_unit_idx').on(t.unitId),
    index('agencies_name_trgm').using('gin', sql`f_unaccent(lower(${t.name})) gin_trgm_ops`),
  ],
);
