import { sql } from 'drizzle-orm';
import type { TEntryGrid, TEntryGridQuery } from '../../../shared/schemas/figures.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { canEnterFigures, canGrantEntryException } from '../../policies/figures.ts';
import { loadEntryContext } from './entry-context.ts';

/** A unit's data-entry grid for a reporting set and period, with who entered each figure. */
export async function getEntryGrid(
  db: Db,
  clock: Clock,
  actor: Actor,
  query: TEntryGridQuery,
): Promise<TEntryGrid> {
  const ctx = await loadEntryContext(db, clock, actor, query);
  const values = await queryRows<{
    indicator_id: string;
    category: string;
    value: number;
    full_name: string | null;
    entered_at: string | Date;
  }>(
    db,
    sql`select dv.indicator_id, dv.category, dv.value::float8 as value, u.full_name, dv.entered_at
          from data_values dv left join users u on u.id = dv.entered_by
         where dv.unit_id = ${ctx.unit.id} and dv.period_code = ${ctx.period.code}`,
  );
  const byKey = new Map(values.map((v) => [`${v.indicator_id}|${v.category}`, v]));
  return {
    unit: { id: ctx.unit.id, name: ctx.unit.name },
    set: ctx.set,
    period: { code: ctx.period.code, start: ctx.period.start, end: ctx.period.end },
    window: ctx.window,
    rows: ctx.indicators.map((i) => ({
      indicatorId: i.id,
      code: i.code,
      name: i.name,
      unitOfMeasure: i.unitOfMeasure,
      isInteger: i.isInteger,
      determinedBy: i.determinedBy,
      categories: i.categories,
      cells: i.categories.map((c) => {
        const v = byKey.get(`${i.id}|${c.code}`);
        return {
          category: c.code,
          value: v ? v.value : null,
          enteredBy: v?.full_name ?? null,
          enteredAt: v ? new Date(v.entered_at).toISOString() : null,
        };
      }),
    })),
    actions: {
      edit: canEnterFigures(actor, ctx.unit) && !ctx.window.isLocked,
      grantException: canGrantEntryException(actor, ctx.unit),
    },
  };
}
