import { sql } from 'drizzle-orm';
import type { TDrillListQuery } from '../../../shared/schemas/drills.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { unitInScope } from '../units/unit-in-scope.ts';
import { DRILL_DATE_SQL, type DrillRow, selectDrills } from './drill-rows.ts';

/**
 * The drill register of a unit's subtree (the actor's own unit by default), filtered by the year a
 * drill is filed under (held, else planned), kind and status; one page, newest first.
 */
export async function listDrills(
  db: Db,
  actor: Actor,
  query: Omit<TDrillListQuery, 'page' | 'pageSize'> & { page?: number; pageSize?: number },
  limit?: number,
): Promise<{ items: DrillRow[]; total: number }> {
  const root = query.unitId ? await unitInScope(db, actor, query.unitId) : { path: actor.unitPath };
  const conditions = [sql`u.path <@ ${root.path}::ltree`];
  if (query.year)
    conditions.push(
      sql`${DRILL_DATE_SQL} between ${`${query.year}-01-01`}::date and ${`${query.year}-12-31`}::date`,
    );
  if (query.kind) conditions.push(sql`d.kind = ${query.kind}`);
  if (query.status) conditions.push(sql`d.status = ${query.status}`);
  const pageSize = limit ?? query.pageSize ?? 50;
  return selectDrills(db, actor, sql.join(conditions, sql` and `), {
    limit: pageSize,
    offset: ((query.page ?? 1) - 1) * pageSize,
  });
}
