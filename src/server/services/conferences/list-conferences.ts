import { sql } from 'drizzle-orm';
import type { TConferenceListQuery, TConferenceSummary } from '../../../shared/schemas/conferences.ts';
import type { Actor } from '../../auth/actor.ts';
import { type Clock, todayIn } from '../../clock.ts';
import type { DbOrTx } from '../../db/client.ts';
import { unitInScope } from '../units/unit-in-scope.ts';
import { selectConferences } from './conference-rows.ts';

/**
 * The conferences of a unit's subtree (the actor's own by default): an upper level sees the
 * conferences of every level below it. A year keeps those held or due in it, and undated ones
 * whose period covers it.
 */
export async function listConferences(
  db: DbOrTx,
  clock: Clock,
  actor: Actor,
  query: TConferenceListQuery,
): Promise<TConferenceSummary[]> {
  const root = query.unitId ? (await unitInScope(db, actor, query.unitId)).path : actor.unitPath;
  const filters = [sql`u.path <@ ${root}::ltree`];
  if (query.level !== undefined) filters.push(sql`u.level = ${query.level}`);
  if (query.kind) filters.push(sql`c.kind = ${query.kind}`);
  if (query.status) filters.push(sql`c.status = ${query.status}`);
  if (query.year !== undefined) {
    filters.push(sql`(case when coalesce(c.held_on, c.due_on) is not null
                          then extract(year from coalesce(c.held_on, c.due_on))::int = ${query.year}
                          else left(c.period_code, 4)::int <= ${query.year}
                           and (case when c.period_code ~ '^[0-9]{4}-[0-9]{4}$' then right(c.period_code, 4)::int
                                     else left(c.period_code, 4)::int end) >= ${query.year} end)`);
  }
  const rows = await selectConferences(db, actor, todayIn(clock), sql.join(filters, sql` and `));
  return rows.map(({ unitPath: _p, proposalsTotal: _n, ...summary }) => summary);
}
