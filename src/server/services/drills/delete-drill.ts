import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { drillFiles, drills } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { canWriteRegister } from '../../policies/registers.ts';
import { type AuditInput, recordAudit } from '../audit/record-audit.ts';
import { lockUnchanged } from '../registers/lock-unchanged.ts';
import { drillAuditShape, loadDrill } from './drill-rows.ts';

/**
 * Deletes a drill entered by mistake, with its files. Only a plan: a drill held or called off
 * stays on record (it is evidence, and a held one carries figures).
 */
export async function deleteDrill(db: Db, actor: Actor, id: number): Promise<void> {
  const before = await loadDrill(db, actor, id);
  if (!canWriteRegister(actor, { path: before.unitPath })) throw new AppError('forbidden');
  if (before.status !== 'planned')
    throw new AppError(
      'conflict',
      'Chỉ xóa được cuộc diễn tập chưa tổ chức; cuộc đã tổ chức hoặc đã hủy được giữ lại làm hồ sơ.',
    );
  await db.transaction(async (tx) => {
    // The checks above read `before` outside this transaction: act only if it is still so.
    await lockUnchanged(tx, 'drills', id, before);
    const files = await queryRows<{ id: string; file_name: string }>(
      tx,
      sql`select id, file_name from drill_files where drill_id = ${id}`,
    );
    await tx.delete(drillFiles).where(eq(drillFiles.drillId, id));
    await tx.delete(drills).where(eq(drills.id, id));
    const audit: AuditInput[] = files.map((f) => ({
      entityType: 'drill_file',
      entityId: f.id,
      action: 'delete',
      unitId: before.unitId,
      before: { drillId: id, fileName: f.file_name },
    }));
    audit.push({
      entityType: 'drill',
      entityId: id,
      action: 'delete',
      unitId: before.unitId,
      before: drillAuditShape(before),
    });
    await recordAudit(tx, actor, audit);
  });
}
