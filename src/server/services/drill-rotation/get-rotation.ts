import { sql } from 'drizzle-orm';
import type { TRotation } from '../../../shared/schemas/drills.ts';
import type { Actor } from '../../auth/actor.ts';
import { type Clock, todayIn } from '../../clock.ts';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { unitInForce } from '../../db/sql-helpers.ts';
import { canPlanDrillRotation } from '../../policies/registers.ts';
import { loadRotationContext, type RotationContext } from './rotation-context.ts';

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/** The coverage grid of a rotation: each year's planned and drilled communes against the band. */
export function rotationYears(ctx: RotationContext): TRotation['years'] {
  const n = ctx.communes.length;
  return Array.from({ length: ctx.termTo - ctx.termFrom + 1 }, (_, i) => ctx.termFrom + i).map((year) => {
    const planned = ctx.communes.filter((c) => c.plannedYear === year);
    const done = ctx.communes.filter((c) => c.doneYears.includes(year)).length;
    return {
      year,
      planned: planned.length,
      plannedShare: share(planned.length, n),
      done,
      doneShare: share(done, n),
      isWithinBand: planned.length >= ctx.bounds.min && planned.length <= ctx.bounds.max,
      withDrill: planned.filter((c) => c.doneYears.includes(year) || c.scheduledYears.includes(year)).length,
    };
  });
}

/**
 * A province's commune drill rotation for a term — the plan if one was made, each commune's year
 * and drills, coverage per year — and this year's coverage of the province (communes that held a
 * combat drill this year among the communes in force today).
 */
export async function getRotation(
  db: DbOrTx,
  clock: Clock,
  actor: Actor,
  query: { unitId: number; termFrom: number; termTo: number },
): Promise<TRotation> {
  const ctx = await loadRotationContext(db, actor, query.unitId, query.termFrom, query.termTo);
  const today = todayIn(clock);
  const year = Number(today.slice(0, 4));
  const [current] = await queryRows<{ communes: number; drilled: number }>(
    db,
    sql`select count(*)::int as communes,
               count(*) filter (where exists (
                 select 1 from drills d where d.unit_id = u.id and d.kind = 'chien_dau_xa' and d.status = 'done'
                    and d.actual_from between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date))::int as drilled
          from units u
         where u.level = 3 and u.path <@ ${ctx.province.path}::ltree
           and ${unitInForce('u', today, today)}`,
  );
  const canPlan = canPlanDrillRotation(actor, { path: ctx.province.path });
  return {
    unit: { id: ctx.province.id, name: ctx.province.name },
    termFrom: ctx.termFrom,
    termTo: ctx.termTo,
    minShare: ctx.minShare,
    maxShare: ctx.maxShare,
    bounds: ctx.bounds,
    plan: ctx.plan,
    communes: ctx.communes,
    years: rotationYears(ctx),
    current: {
      year,
      communes: current?.communes ?? 0,
      drilled: current?.drilled ?? 0,
      share: share(current?.drilled ?? 0, current?.communes ?? 0),
    },
    actions: { propose: canPlan, adjust: canPlan && ctx.plan !== null },
  };
}
