import { sql } from 'drizzle-orm';
import type { TAwardListQuery, TAwardProposal } from '../../../shared/schemas/awards.ts';
import type { Actor } from '../../auth/actor.ts';
import type { DbOrTx } from '../../db/client.ts';
import { selectProposals } from './award-rows.ts';

/** SQL of the Vietnamese calendar year a proposal belongs to: of its decision once decided, else of its proposal. */
export const AWARD_YEAR_SQL = sql`extract(year from (coalesce(ap.decided_at, ap.created_at) at time zone 'UTC') + interval '7 hours')::int`;

/** Proposals of the actor's subtree matching the filters, newest first. */
export async function listAwards(
  db: DbOrTx,
  actor: Actor,
  query: TAwardListQuery,
): Promise<TAwardProposal[]> {
  const filters = [sql`true`];
  if (query.state) filters.push(sql`ap.state = ${query.state}`);
  if (query.conferenceId) filters.push(sql`ap.conference_id = ${query.conferenceId}`);
  if (query.awardCode) filters.push(sql`ap.award_code = ${query.awardCode}`);
  if (query.nomineeKind) filters.push(sql`ap.nominee_kind = ${query.nomineeKind}`);
  if (query.grantingUnitId) filters.push(sql`ap.granting_unit_id = ${query.grantingUnitId}`);
  if (query.year !== undefined) filters.push(sql`${AWARD_YEAR_SQL} = ${query.year}`);
  const rows = await selectProposals(db, actor, sql.join(filters, sql` and `));
  return rows.map(({ unitPath: _p, ...proposal }) => proposal);
}
