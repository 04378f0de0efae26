import { eq } from 'drizzle-orm';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { trainingClasses } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { canWriteRegister } from '../../policies/registers.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { lockUnchanged } from '../registers/lock-unchanged.ts';
import { classAuditShape, loadTrainingClass } from './class-rows.ts';

/** Deletes a class entered by mistake: only a plan (a class held or called off stays on record). */
export async function deleteTrainingClass(db: Db, actor: Actor, id: number): Promise<void> {
  const before = await loadTrainingClass(db, actor, id);
  if (!canWriteRegister(actor, { path: before.unitPath })) throw new AppError('forbidden');
  if (before.status !== 'planned')
    throw new AppError(
      'conflict',
      'Chỉ xóa được lớp chưa tổ chức; lớp đã tổ chức hoặc đã hủy được giữ lại làm hồ sơ.',
    );
  await db.transaction(async (tx) => {
    // The checks above read `before` outside this transaction: act only if it is still so.
    await lockUnchanged(tx, 'training_classes', id, before);
    await tx.delete(trainingClasses).where(eq(trainingClasses.id, id));
    await recordAudit(tx, actor, [
      {
        entityType: 'training_class',
        entityId: id,
        action: 'delete',
        unitId: before.unitId,
        before: classAuditShape(before),
      },
    ]);
  });
}
