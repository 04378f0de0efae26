import { sql } from 'drizzle-orm';
import type { TDrillListQuery } from '../../../shared/schemas/drills.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { entryListConditions, entryPage } from '../registers/entry-rows.ts';
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
  const conditions = await entryListConditions(db, actor, query, DRILL_DATE_SQL);
  if (query.kind) conditions.push(sql`d.kind = ${query.kind}`);
  if (query.status) conditions.push(sql`d.status = ${query.status}`);
  return selectDrills(db, actor, sql.join(conditions, sql` and `), entryPage(query, limit));
}
