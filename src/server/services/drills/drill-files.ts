import { and, eq, sql } from 'drizzle-orm';
import type { TRegisterFile } from '../../../shared/schemas/drills.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { drillFiles } from '../../db/schema/index.ts';
import { AppError, notFound } from '../../errors.ts';
import { canWriteRegister } from '../../policies/registers.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { storedFileValues } from '../files/stored-file.ts';
import { loadDrill } from './drill-rows.ts';

/** The evidence files of a drill, oldest first. */
export async function listDrillFiles(db: DbOrTx, drillId: number): Promise<TRegisterFile[]> {
  const rows = await queryRows<{
    id: string;
    file_name: string;
    file_size: number;
    created_at: string | Date;
    uploaded_by: string | null;
  }>(
    db,
    sql`select f.id, f.file_name, f.file_size, f.created_at, u.full_name as uploaded_by
          from drill_files f left join users u on u.id = f.uploaded_by
         where f.drill_id = ${drillId} order by f.id`,
  );
  return rows.map((r) => ({
    id: Number(r.id),
    fileName: r.file_name,
    fileSize: Number(r.file_size),
    uploadedAt: new Date(r.created_at).toISOString(),
    uploadedBy: r.uploaded_by,
  }));
}

/** Keeps an uploaded evidence file (plan, minutes, photos) with a drill of the actor's subtree. */
export async function addDrillFile(
  db: Db,
  actor: Actor,
  drillId: number,
  upload: { fileName: string; buffer: Buffer },
): Promise<{ id: number }> {
  const drill = await loadDrill(db, actor, drillId);
  if (!canWriteRegister(actor, { path: drill.unitPath })) throw new AppError('forbidden');
  const file = storedFileValues(upload, actor.userId);
  const fileName = file.fileName;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(drillFiles)
      .values({ drillId, ...file })
      .returning({ id: drillFiles.id });
    await recordAudit(tx, actor, [
      {
        entityType: 'drill_file',
        entityId: row!.id,
        action: 'create',
        unitId: drill.unitId,
        after: { drillId, fileName, size: upload.buffer.length },
      },
    ]);
    return { id: row!.id };
  });
}

/** One evidence file's name and bytes, for download (404 outside the actor's subtree). */
export async function readDrillFile(
  db: Db,
  actor: Actor,
  drillId: number,
  fileId: number,
): Promise<{ fileName: string; data: Buffer }> {
  const drill = await loadDrill(db, actor, drillId);
  const [file] = await queryRows<{ file_name: string; file_data: Buffer | Uint8Array }>(
    db,
    sql`select file_name, file_data from drill_files where id = ${fileId} and drill_id = ${drill.id}`,
  );
  if (!file) throw notFound('Không tìm thấy tệp minh chứng.');
  return { fileName: file.file_name, data: Buffer.from(file.file_data) };
}

/** Removes an evidence file uploaded by mistake. */
export async function deleteDrillFile(db: Db, actor: Actor, drillId: number, fileId: number): Promise<void> {
  const drill = await loadDrill(db, actor, drillId);
  if (!canWriteRegister(actor, { path: drill.unitPath })) throw new AppError('forbidden');
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(drillFiles)
      .where(and(eq(drillFiles.id, fileId), eq(drillFiles.drillId, drillId)))
      .returning({ id: drillFiles.id, fileName: drillFiles.fileName, fileSize: drillFiles.fileSize });
    if (!removed[0]) throw notFound('Không tìm thấy tệp minh chứng.');
    await recordAudit(tx, actor, [
      {
        entityType: 'drill_file',
        entityId: fileId,
        action: 'delete',
        unitId: drill.unitId,
        before: { drillId, fileName: removed[0].fileName, size: removed[0].fileSize },
      },
    ]);
  });
}
