import { eq } from 'drizzle-orm';
import { vnDate } from '../../../shared/iso-dates.ts';
import type { TRecordDrillResultRequest } from '../../../shared/schemas/drills.ts';
import type { Actor } from '../../auth/actor.ts';
import { type Clock, todayIn } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import { drills } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { canWriteRegister } from '../../policies/registers.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { entryUnit, TOUCHED } from '../registers/entry-rows.ts';
import { lockUnchanged } from '../registers/lock-unchanged.ts';
import { fieldError } from '../registers/register-checks.ts';
import { checkDrillPlacement } from './check-drill-placement.ts';
import { refreshDrillFigures } from './drill-figures.ts';
import { type DrillRow, drillAuditShape, loadDrill } from './drill-rows.ts';

/**
 * Records that a drill was held: its dates, grade and safety. The drill becomes "done" and the
 * figures it determines (the commune drilled this year, the number of drills of its kind) are
 * recomputed with the entry, in one transaction; recording again corrects the result.
 */
export async function recordDrillResult(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: number,
  input: TRecordDrillResultRequest,
): Promise<DrillRow> {
  const before = await loadDrill(db, actor, id);
  if (!canWriteRegister(actor, { path: before.unitPath })) throw new AppError('forbidden');
  if (before.status === 'cancelled')
    throw new AppError(
      'conflict',
      'Cuộc diễn tập đã hủy: hãy nhập một cuộc diễn tập mới nếu đã tổ chức lại.',
    );
  const today = todayIn(clock);
  if (input.actualFrom > today)
    throw fieldError(
      'actualFrom',
      `Chưa thể ghi kết quả: ngày bắt đầu thực tế sau hôm nay (${vnDate(today)}).`,
    );
  checkDrillPlacement(before.kind, entryUnit(before), input.actualFrom, 'actualFrom');
  const result = {
    status: 'done',
    actualFrom: input.actualFrom,
    actualTo: input.actualTo,
    grade: input.grade,
    safe: input.safe,
    // "An toàn tuyệt đối" has nothing to describe: a stale description would contradict it.
    incidents: input.safe ? null : input.incidents || null,
    participants: input.participants ?? before.participants,
    notes: input.notes === undefined ? before.notes : input.notes || null,
  };
  await db.transaction(async (tx) => {
    // The checks above read `before` outside this transaction: act only if it is still so.
    await lockUnchanged(tx, 'drills', id, before);
    await tx
      .update(drills)
      .set({ ...result, ...TOUCHED })
      .where(eq(drills.id, id));
    await refreshDrillFigures(tx, actor, before.unitId, [before.actualFrom, input.actualFrom]);
    await recordAudit(tx, actor, [
      {
        entityType: 'drill',
        entityId: id,
        action: before.status === 'done' ? 'correct_result' : 'record_result',
        unitId: before.unitId,
        before: drillAuditShape(before),
        after: drillAuditShape({ ...before, ...result }),
      },
    ]);
  });
  return loadDrill(db, actor, id);
}
