import { eq } from 'drizzle-orm';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { drills } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { canWriteRegister } from '../../policies/registers.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { lockUnchanged } from '../registers/lock-unchanged.ts';
import { type DrillRow, drillAuditShape, loadDrill, TOUCHED } from './drill-rows.ts';

/** Calls off a planned drill; the reason joins its notes and the entry stays on record. */
export async function cancelDrill(db: Db, actor: Actor, id: number, reason: string): Promise<DrillRow> {
  const before = await loadDrill(db, actor, id);
  if (!canWriteRegister(actor, { path: before.unitPath })) throw new AppError('forbidden');
  if (before.status !== 'planned')
    throw new AppError(
      'conflict',
      before.status === 'done'
        ? 'Cuộc diễn tập đã tổ chức, không hủy được.'
        : 'Cuộc diễn tập đã được hủy trước đó.',
    );
  const notes = [before.notes, `Lý do hủy: ${reason}`].filter(Boolean).join('\n');
  await db.transaction(async (tx) => {
    // The checks above read `before` outside this transaction: act only if it is still so.
    await lockUnchanged(tx, 'drills', id, before);
    await tx
      .update(drills)
      .set({ status: 'cancelled', notes, ...TOUCHED })
      .where(eq(drills.id, id));
    await recordAudit(tx, actor, [
      {
        entityType: 'drill',
        entityId: id,
        action: 'cancel',
        unitId: before.unitId,
        before: drillAuditShape(before),
        after: drillAuditShape({ ...before, status: 'cancelled', notes }),
      },
    ]);
  });
  return loadDrill(db, actor, id);
}
