import { sql } from 'drizzle-orm';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { reportAttachments } from '../../db/schema/index.ts';
import { AppError, notFound } from '../../errors.ts';
import { canEditReport } from '../../policies/reports.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { storedFileValues } from '../files/stored-file.ts';
import { loadReport } from './report-rows.ts';

/** Keeps an evidence file with a report its unit is writing. */
export async function addReportAttachment(
  db: Db,
  actor: Actor,
  reportId: number,
  upload: { fileName: string; buffer: Buffer },
): Promise<{ id: number }> {
  const report = await loadReport(db, actor, reportId);
  if (!canEditReport(actor, { unitId: report.unitId, unitPath: report.unitPath, state: report.state }))
    throw new AppError('forbidden');
  const file = storedFileValues(upload, actor.userId);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(reportAttachments)
      .values({ reportId: report.id, ...file })
      .returning({ id: reportAttachments.id });
    await recordAudit(tx, { userId: actor.userId, requestId: actor.requestId }, [
      {
        entityType: 'report_attachment',
        entityId: row!.id,
        action: 'create',
        unitId: report.unitId,
        after: { reportId: report.id, fileName: file.fileName, size: file.fileSize },
      },
    ]);
    return { id: row!.id };
  });
}

/** One attachment's name and bytes, for download (404 outside the actor's subtree). */
export async function readReportAttachment(
  db: Db,
  actor: Actor,
  reportId: number,
  attachmentId: number,
): Promise<{ fileName: string; data: Buffer }> {
  const report = await loadReport(db, actor, reportId);
  const [file] = await queryRows<{ file_name: string; file_data: Buffer | Uint8Array }>(
    db,
    sql`select file_name, file_data from report_attachments where id = ${attachmentId} and report_id = ${report.id}`,
  );
  if (!file) throw notFound('Không tìm thấy tệp đính kèm.');
  return { fileName: file.file_name, data: Buffer.from(file.file_data) };
}
