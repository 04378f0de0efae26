import { eq } from 'drizzle-orm';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { trainingClasses } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { canWriteRegister } from '../../policies/registers.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { lockUnchanged } from '../registers/lock-unchanged.ts';
import { CLASS_TOUCHED, classAuditShape, loadTrainingClass, type TrainingClassRow } from './class-rows.ts';

/** Calls off a planned class; the reason joins its notes and the entry stays on record. */
export async function cancelTrainingClass(
  db: Db,
  actor: Actor,
  id: number,
  reason: string,
): Promise<TrainingClassRow> {
  const before = await loadTrainingClass(db, actor, id);
  if (!canWriteRegister(actor, { path: before.unitPath })) throw new AppError('forbidden');
  if (before.status !== 'planned')
    throw new AppError(
      'conflict',
      before.status === 'done'
        ? 'Lớp bồi dưỡng đã tổ chức, không hủy được.'
        : 'Lớp bồi dưỡng đã được hủy trước đó.',
    );
  const notes = [before.notes, `Lý do hủy: ${reason}`].filter(Boolean).join('\n');
  await db.transaction(async (tx) => {
    // The checks above read `before` outside this transaction: act only if it is still so.
    await lockUnchanged(tx, 'training_classes', id, before);
    await tx
      .update(trainingClasses)
      .set({ status: 'cancelled', notes, ...CLASS_TOUCHED })
      .where(eq(trainingClasses.id, id));
    await recordAudit(tx, actor, [
      {
        entityType: 'training_class',
        entityId: id,
        action: 'cancel',
        unitId: before.unitId,
        before: classAuditShape(before),
        after: classAuditShape({ ...before, status: 'cancelled', notes }),
      },
    ]);
  });
  return loadTrainingClass(db, actor, id);
}
