import { eq } from 'drizzle-orm';
import type { TUpdateDrillRequest } from '../../../shared/schemas/drills.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { drills } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { canWriteRegister } from '../../policies/registers.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { entryUnit, TOUCHED } from '../registers/entry-rows.ts';
import { lockUnchanged } from '../registers/lock-unchanged.ts';
import { checkOrganiser, fieldError } from '../registers/register-checks.ts';
import { checkDrillPlacement } from './check-drill-placement.ts';
import { refreshDrillFigures } from './drill-figures.ts';
import { type DrillRow, drillAuditShape, loadDrill } from './drill-rows.ts';

/**
 * Corrects a drill's plan (kind, title, dates, organiser, participants, notes). A held drill stays
 * held; if its kind changes, the figures of its year move with it in the same transaction.
 */
export async function updateDrill(
  db: Db,
  actor: Actor,
  id: number,
  input: TUpdateDrillRequest,
): Promise<DrillRow> {
  const before = await loadDrill(db, actor, id);
  if (!canWriteRegister(actor, { path: before.unitPath })) throw new AppError('forbidden');
  if (before.status === 'cancelled')
    throw new AppError('conflict', 'Cuộc diễn tập đã hủy, không sửa được nữa.');
  const next = {
    kind: input.kind ?? before.kind,
    title: input.title ?? before.title,
    plannedFrom: input.plannedFrom ?? before.plannedFrom,
    plannedTo: input.plannedTo ?? before.plannedTo,
    organiserAgencyId:
      input.organiserAgencyId === undefined ? before.organiserAgencyId : input.organiserAgencyId,
    organiserText: input.organiserText === undefined ? before.organiserText : input.organiserText || null,
    participants: input.participants ?? before.participants,
    notes: input.notes === undefined ? before.notes : input.notes || null,
  };
  if (next.plannedFrom > next.plannedTo)
    throw fieldError('plannedTo', 'Ngày kết thúc dự kiến phải trùng hoặc sau ngày bắt đầu.');
  const unit = entryUnit(before);
  checkDrillPlacement(next.kind, unit, next.plannedFrom, 'plannedFrom');
  if (before.actualFrom) checkDrillPlacement(next.kind, unit, before.actualFrom, 'actualFrom');
  await checkOrganiser(db, next.organiserAgencyId, before.unitPath);
  await db.transaction(async (tx) => {
    // The checks above read `before` outside this transaction: act only if it is still so.
    await lockUnchanged(tx, 'drills', id, before);
    await tx
      .update(drills)
      .set({ ...next, ...TOUCHED })
      .where(eq(drills.id, id));
    if (before.status === 'done' && next.kind !== before.kind)
      await refreshDrillFigures(tx, actor, before.unitId, [before.actualFrom]);
    await recordAudit(tx, actor, [
      {
        entityType: 'drill',
        entityId: id,
        action: 'update',
        unitId: before.unitId,
        before: drillAuditShape(before),
        after: drillAuditShape({ ...before, ...next }),
      },
    ]);
  });
  return loadDrill(db, actor, id);
}
