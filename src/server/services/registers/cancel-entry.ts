import { sql } from 'drizzle-orm';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { canWriteRegister } from '../../policies/registers.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { EntryRegister, RegisterEntryRow } from './entry-rows.ts';
import { lockUnchanged } from './lock-unchanged.ts';

/**
 * Calls off a planned entry of a register; the reason joins its notes and the entry stays on
 * record. `refusals` say, in the register's words, why one already held or cancelled cannot be.
 */
export async function cancelEntry<Row extends RegisterEntryRow>(
  db: Db,
  actor: Actor,
  register: EntryRegister<Row>,
  id: number,
  reason: string,
  refusals: { done: string; cancelled: string },
): Promise<Row> {
  const before = await register.load(db, actor, id);
  if (!canWriteRegister(actor, { path: before.unitPath })) throw new AppError('forbidden');
  if (before.status !== 'planned')
    throw new AppError('conflict', before.status === 'done' ? refusals.done : refusals.cancelled);
  const notes = [before.notes, `Lý do hủy: ${reason}`].filter(Boolean).join('\n');
  await db.transaction(async (tx) => {
    // The checks above read `before` outside this transaction: act only if it is still so.
    await lockUnchanged(tx, register.table, id, before);
    await tx.execute(
      sql`update ${sql.identifier(register.table)}
             set status = 'cancelled', notes = ${notes}, updated_at = now() where id = ${id}`,
    );
    await recordAudit(tx, actor, [
      {
        entityType: register.entityType,
        entityId: id,
        action: 'cancel',
        unitId: before.unitId,
        before: register.auditShape(before),
        after: register.auditShape({ ...before, status: 'cancelled', notes }),
      },
    ]);
  });
  return register.load(db, actor, id);
}
