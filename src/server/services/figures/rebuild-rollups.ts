import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';

/** SQL of (origin unit, target unit) pairs: every unit a figure of `origin` counts in. */
export const ROLLUP_MAP_SQL = sql`
  with recursive chain(origin, id) as (
    select id, id from units
    union
    select c.origin, s.successor_id from chain c join unit_successions s on s.predecessor_id = c.id and s.is_primary
  )
  select distinct c.origin, a.id as target from chain c join units u on u.id = c.id join units a on a.path @> u.path`;

/**
 * Recomputes every maintained total from the figures themselves, in one transaction: for bulk
 * loads, and to prove (in tests) that the incremental roll-ups never drift.
 */
export async function rebuildRollups(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`lock table data_rollups in exclusive mode`);
    await tx.execute(sql`delete from data_rollups`);
    await tx.execute(sql`
      insert into data_rollups (indicator_id, category, unit_id, period_code, total, maximum, contributors)
      select dv.indicator_id, dv.category, m.target, dv.period_code, sum(dv.value),
             case when i.aggregation = 'max' then max(dv.value) end, count(*)
        from data_values dv
        join indicators i on i.id = dv.indicator_id
        join (${ROLLUP_MAP_SQL}) m on m.origin = dv.unit_id
       group by dv.indicator_id, dv.category, m.target, dv.period_code, i.aggregation
       -- A unit's totals for a period sit together on disk, as the dashboard reads them.
       order by dv.period_code, m.target, dv.indicator_id`);
  });
}
