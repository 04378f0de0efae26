import { sql } from 'drizzle-orm';
import { parsePeriod } from '../../../shared/periods.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { unitInScope } from '../units/unit-in-scope.ts';
import { selectTargets, type TargetRow } from './target-rows.ts';

/**
 * Targets of a unit and its direct sub-units. For a period, also the targets of a term that
 * covers it: a plan's "giai đoạn 2016 - 2020" targets still apply when one looks at 2017.
 */
export async function listTargets(
  db: Db,
  actor: Actor,
  query: { unitId: number; period?: string },
): Promise<TargetRow[]> {
  await unitInScope(db, actor, query.unitId);
  const period = query.period ? parsePeriod(query.period) : null;
  const inPeriod = period
    ? sql`and (t.period_code = ${period.code}
               or (t.period_code ~ '^[0-9]{4}-[0-9]{4}$'
                   and left(t.period_code, 4) <= ${period.start.slice(0, 4)}
                   and right(t.period_code, 4) >= ${period.end.slice(0, 4)}))`
    : sql``;
  return selectTargets(
    db,
    actor.unitPath,
    sql`(t.unit_id = ${query.unitId} or u.parent_id = ${query.unitId}) ${inPeriod}`,
  );
}
