import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import type { AuditActor } from '../audit/record-audit.ts';
import { setComputedFigures } from '../figures/set-computed-figures.ts';
import { lockRegisterUnits } from '../registers/register-locks.ts';

/** Indicators the award register determines: collectives and individuals awarded in a year. */
export const AWARD_FIGURE_CODES = { collective: 'KT_TAP_THE', individual: 'KT_CA_NHAN' } as const;

/**
 * Recounts the approved proposals of a unit decided in a (Vietnamese calendar) year and writes
 * them as the unit's KT_TAP_THE and KT_CA_NHAN for that year, with every ancestor's roll-up, in
 * the caller's transaction.
 */
export async function writeAwardFigures(
  tx: DbOrTx,
  actor: AuditActor,
  unitId: number,
  year: number,
): Promise<void> {
  // Before counting, so two approvals for the same unit at once both end up counted.
  await lockRegisterUnits(tx, 'awards', [unitId]);
  const [counts] = await queryRows<{ collective: number; individual: number }>(
    tx,
    sql`select count(*) filter (where nominee_kind = 'collective')::int as collective,
               count(*) filter (where nominee_kind = 'individual')::int as individual
          from award_proposals
         where unit_id = ${unitId} and state = 'approved'
           and extract(year from (decided_at at time zone 'UTC') + interval '7 hours')::int = ${year}`,
  );
  await setComputedFigures(tx, actor, unitId, String(year), [
    {
      code: AWARD_FIGURE_CODES.collective,
      category: '',
      value: counts!.collective > 0 ? counts!.collective : null,
    },
    {
      code: AWARD_FIGURE_CODES.individual,
      category: '',
      value: counts!.individual > 0 ? counts!.individual : null,
    },
  ]);
}
