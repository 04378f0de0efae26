import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { contributingUnitsSql } from './rollup-targets.ts';

/** One changed figure and how it moves the totals above it. */
export interface FigureChange {
  indicatorId: number;
  aggregation: 'sum' | 'max' | 'latest';
  category: string;
  periodCode: string;
  before: number | null;
  after: number | null;
}

const idArray = (ids: number[]) => `{${ids.map((id) => Math.trunc(id)).join(',')}}`;

/**
 * Moves the maintained totals of every target unit by the change, in the caller's transaction:
 * the write and its roll-ups commit together. Targets must be sorted (lock order).
 */
export async function applyRollupDelta(tx: DbOrTx, targets: number[], change: FigureChange): Promise<void> {
  const delta = (change.after ?? 0) - (change.before ?? 0);
  const contributors = (change.after === null ? 0 : 1) - (change.before === null ? 0 : 1);
  // Only "max" indicators keep a maximum: for the others it would be a second, unused truth.
  const maximum = change.aggregation === 'max' ? change.after : null;
  await tx.execute(sql`
    insert into data_rollups (indicator_id, category, unit_id, period_code, total, maximum, contributors)
    select ${change.indicatorId}, ${change.category}, t, ${change.periodCode}, ${delta}, ${maximum}::numeric, ${contributors}
      from unnest(${idArray(targets)}::bigint[]) as t
    on conflict (period_code, unit_id, indicator_id, category) do update
       set total = data_rollups.total + excluded.total,
           contributors = data_rollups.contributors + excluded.contributors,
           maximum = greatest(data_rollups.maximum, excluded.maximum)`);
  const decreased = change.before !== null && (change.after === null || change.after < change.before);
  if (change.aggregation === 'max' && decreased) {
    // A maximum cannot be moved by a delta: recompute it from the figures under each target.
    for (const target of targets) {
      const [row] = await queryRows<{ m: number | null }>(
        tx,
        sql`select max(value)::float8 as m from data_values
             where indicator_id = ${change.indicatorId} and category = ${change.category}
               and period_code = ${change.periodCode} and unit_id in (${contributingUnitsSql(target)})`,
      );
      await tx.execute(sql`
        update data_rollups set maximum = ${row?.m ?? null}::numeric
         where period_code = ${change.periodCode} and unit_id = ${target}
           and indicator_id = ${change.indicatorId} and category = ${change.category}`);
    }
  }
}
