import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { drillFiles } from '../../db/schema/index.ts';
import { deleteEntry } from '../registers/delete-entry.ts';
import { DRILL_REGISTER } from './drill-rows.ts';

/**
 * Deletes a drill entered by mistake, with its files. Only a plan: a drill held or called off
 * stays on record (it is evidence, and a held one carries figures).
 */
export async function deleteDrill(db: Db, actor: Actor, id: number): Promise<void> {
  await deleteEntry(
    db,
    actor,
    {
      ...DRILL_REGISTER,
      deleteDependents: async (tx, drill) => {
        const files = await queryRows<{ id: string; file_name: string }>(
          tx,
          sql`select id, file_name from drill_files where drill_id = ${id}`,
        );
        await tx.delete(drillFiles).where(eq(drillFiles.drillId, id));
        return files.map((f) => ({
          entityType: 'drill_file',
          entityId: f.id,
          action: 'delete',
          unitId: drill.unitId,
          before: { drillId: id, fileName: f.file_name },
        }));
      },
    },
    id,
    'Chỉ xóa được cuộc diễn tập chưa tổ chức; cuộc đã tổ chức hoặc đã hủy được giữ lại làm hồ sơ.',
  );
}
