import { sql } from 'drizzle-orm';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { canWriteRegister } from '../../policies/registers.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { EntryRegister, RegisterEntryRow } from './entry-rows.ts';
import { lockUnchanged } from './lock-unchanged.ts';

/**
 * Deletes an entry entered by mistake, with what hangs off it. Only a plan: an entry held or
 * called off stays on record (it is evidence, and a held one carries figures); `refusal` says so
 * in the register's words.
 */
export async function deleteEntry<Row extends RegisterEntryRow>(
  db: Db,
  actor: Actor,
  register: EntryRegister<Row>,
  id: number,
  refusal: string,
): Promise<void> {
  const before = await register.load(db, actor, id);
  if (!canWriteRegister(actor, { path: before.unitPath })) throw new AppError('forbidden');
  if (before.status !== 'planned') throw new AppError('conflict', refusal);
  await db.transaction(async (tx) => {
    // The checks above read `before` outside this transaction: act only if it is still so.
    await lockUnchanged(tx, register.table, id, before);
    const dependents = (await register.deleteDependents?.(tx, before)) ?? [];
    await tx.execute(sql`delete from ${sql.identifier(register.table)} where id = ${id}`);
    await recordAudit(tx, actor, [
      ...dependents,
      {
        entityType: register.entityType,
        entityId: id,
        action: 'delete',
        unitId: before.unitId,
        before: register.auditShape(before),
      },
    ]);
  });
}
