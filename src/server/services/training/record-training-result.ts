import { eq } from 'drizzle-orm';
import { vnDate } from '../../../shared/iso-dates.ts';
import type { TRecordTrainingResultRequest } from '../../../shared/schemas/training.ts';
import type { Actor } from '../../auth/actor.ts';
import { type Clock, todayIn } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import { trainingClasses } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { canWriteRegister } from '../../policies/registers.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { entryUnit, TOUCHED } from '../registers/entry-rows.ts';
import { lockUnchanged } from '../registers/lock-unchanged.ts';
import { checkUnitInForce, fieldError } from '../registers/register-checks.ts';
import { classAuditShape, loadTrainingClass, type TrainingClassRow } from './class-rows.ts';
import { refreshTrainingFigures } from './training-figures.ts';

/**
 * Records that a class was held and how many took part. The class becomes "done" and the QP-AN
 * figures of its unit (classes, participants, persons trained in its group) are recomputed with
 * it, in one transaction; recording again corrects the result.
 */
export async function recordTrainingResult(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: number,
  input: TRecordTrainingResultRequest,
): Promise<TrainingClassRow> {
  const before = await loadTrainingClass(db, actor, id);
  if (!canWriteRegister(actor, { path: before.unitPath })) throw new AppError('forbidden');
  if (before.status === 'cancelled')
    throw new AppError('conflict', 'Lớp bồi dưỡng đã hủy: hãy nhập một lớp mới nếu đã mở lại.');
  const startsOn = input.startsOn ?? before.startsOn;
  const endsOn = input.endsOn ?? before.endsOn;
  if (startsOn > endsOn) throw fieldError('endsOn', 'Ngày kết thúc phải trùng hoặc sau ngày khai giảng.');
  const today = todayIn(clock);
  if (startsOn > today)
    throw fieldError('startsOn', `Chưa thể ghi kết quả: lớp khai giảng sau hôm nay (${vnDate(today)}).`);
  checkUnitInForce(entryUnit(before), startsOn, 'startsOn');
  const result = {
    status: 'done',
    startsOn,
    endsOn,
    actualParticipants: input.actualParticipants,
    notes: input.notes === undefined ? before.notes : input.notes || null,
  };
  await db.transaction(async (tx) => {
    // The checks above read `before` outside this transaction: act only if it is still so.
    await lockUnchanged(tx, 'training_classes', id, before);
    await tx
      .update(trainingClasses)
      .set({ ...result, ...TOUCHED })
      .where(eq(trainingClasses.id, id));
    await refreshTrainingFigures(tx, actor, before.unitId, [before.startsOn, startsOn]);
    await recordAudit(tx, actor, [
      {
        entityType: 'training_class',
        entityId: id,
        action: before.status === 'done' ? 'correct_result' : 'record_result',
        unitId: before.unitId,
        before: classAuditShape(before),
        after: classAuditShape({ ...before, ...result }),
      },
    ]);
  });
  return loadTrainingClass(db, actor, id);
}
