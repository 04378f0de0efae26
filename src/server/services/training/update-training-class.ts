import { eq } from 'drizzle-orm';
import { vnDate } from '../../../shared/iso-dates.ts';
import type { TUpdateTrainingClassRequest } from '../../../shared/schemas/training.ts';
import type { Actor } from '../../auth/actor.ts';
import { type Clock, todayIn } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import { trainingClasses } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { canWriteRegister } from '../../policies/registers.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { entryUnit, TOUCHED } from '../registers/entry-rows.ts';
import { lockUnchanged } from '../registers/lock-unchanged.ts';
import { checkOrganiser, checkUnitInForce, fieldError } from '../registers/register-checks.ts';
import { classAuditShape, loadTrainingClass, type TrainingClassRow } from './class-rows.ts';
import { refreshTrainingFigures } from './training-figures.ts';

/**
 * Corrects a class (title, group, organiser, dates, planned size, notes). A held class stays held;
 * if its group or dates change, the figures of the years it left and joined follow in the same
 * transaction.
 */
export async function updateTrainingClass(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: number,
  input: TUpdateTrainingClassRequest,
): Promise<TrainingClassRow> {
  const before = await loadTrainingClass(db, actor, id);
  if (!canWriteRegister(actor, { path: before.unitPath })) throw new AppError('forbidden');
  if (before.status === 'cancelled')
    throw new AppError('conflict', 'Lớp bồi dưỡng đã hủy, không sửa được nữa.');
  const audience = input.audience ?? before.audience;
  const next = {
    title: input.title ?? before.title,
    audience,
    audienceNote:
      audience !== 'khac'
        ? null
        : input.audienceNote === undefined
          ? before.audienceNote
          : input.audienceNote || null,
    organiserAgencyId:
      input.organiserAgencyId === undefined ? before.organiserAgencyId : input.organiserAgencyId,
    organiserText: input.organiserText === undefined ? before.organiserText : input.organiserText || null,
    startsOn: input.startsOn ?? before.startsOn,
    endsOn: input.endsOn ?? before.endsOn,
    plannedParticipants: input.plannedParticipants ?? before.plannedParticipants,
    notes: input.notes === undefined ? before.notes : input.notes || null,
  };
  if (next.audience === 'khac' && !next.audienceNote)
    throw fieldError('audienceNote', 'Hãy ghi rõ đối tượng khác (ví dụ: chức sắc tôn giáo).');
  if (next.startsOn > next.endsOn)
    throw fieldError('endsOn', 'Ngày kết thúc phải trùng hoặc sau ngày khai giảng.');
  if (before.status === 'done') {
    // A held class cannot have started after today, however its dates are corrected.
    const today = todayIn(clock);
    if (next.startsOn > today)
      throw fieldError('startsOn', `Lớp đã tổ chức không thể khai giảng sau hôm nay (${vnDate(today)}).`);
  }
  checkUnitInForce(entryUnit(before), next.startsOn, 'startsOn');
  await checkOrganiser(db, next.organiserAgencyId, before.unitPath);
  await db.transaction(async (tx) => {
    // The checks above read `before` outside this transaction: act only if it is still so.
    await lockUnchanged(tx, 'training_classes', id, before);
    await tx
      .update(trainingClasses)
      .set({ ...next, ...TOUCHED })
      .where(eq(trainingClasses.id, id));
    if (before.status === 'done')
      await refreshTrainingFigures(tx, actor, before.unitId, [before.startsOn, next.startsOn]);
    await recordAudit(tx, actor, [
      {
        entityType: 'training_class',
        entityId: id,
        action: 'update',
        unitId: before.unitId,
        before: classAuditShape(before),
        after: classAuditShape({ ...before, ...next }),
      },
    ]);
  });
  return loadTrainingClass(db, actor, id);
}
