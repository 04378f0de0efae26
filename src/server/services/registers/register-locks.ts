import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';

/**
 * Transaction-level advisory locks that serialise the figure refreshes of the registers.
 *
 * A refresh counts a unit's register rows and writes the difference to the unit's figure and to
 * every ancestor's roll-up. Under READ COMMITTED two transactions writing rows of the same unit
 * would each count without the other's row (leaving the figure one short), and two first writes
 * would each find no figure row and both add their value to the roll-ups. Holding the lock of
 * (register, unit) while counting, taken in its own statement so the count that follows sees
 * whatever the previous holder committed, makes the refreshes of a unit run one after another.
 *
 * Lock order, to keep two transactions from waiting on each other:
 *   1. the register lock of (register, unit), at most one unit set per transaction, units ascending;
 *   2. the commune-count lock of each period, periods in the order the refresh visits them
 *      (years ascending; in a year, the year and then its half-years).
 * Row locks of register entries may come before step 1 (the write a refresh follows) or right
 * after it, never after step 2.
 */

// Keys of the two-integer advisory lock space; the single-key locks (4242xxx jobs, catalogue,
// demo) live in a separate space, so these cannot collide with them.
const REGISTER_LOCK_CLASS = {
  drills: 4_242_201,
  training: 4_242_202,
  awards: 4_242_203,
  militia: 4_242_204,
  conscriptionQuota: 4_242_205,
  conscriptionSteps: 4_242_206,
} as const;

const COMMUNE_COUNT_LOCK_CLASS = 4_242_210;

export type RegisterLock = keyof typeof REGISTER_LOCK_CLASS;

/** Lock order step 1: the figures a register determines for these units (ascending, so never crossed). */
export async function lockRegisterUnits(
  tx: DbOrTx,
  register: RegisterLock,
  unitIds: number[],
): Promise<void> {
  for (const unitId of [...new Set(unitIds)].sort((a, b) => a - b))
    await tx.execute(sql`select pg_advisory_xact_lock(${REGISTER_LOCK_CLASS[register]}, ${unitId}::int)`);
}

/** Lock order step 2: the number of communes of a period, recomputed across the whole unit tree. */
export async function lockCommuneCounts(tx: DbOrTx, periodCode: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${COMMUNE_COUNT_LOCK_CLASS}, hashtext(${periodCode}))`);
}
