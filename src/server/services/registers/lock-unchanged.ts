import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { AppError } from '../../errors.ts';

/**
 * Locks a register entry in the caller's transaction and checks it is still what the checks
 * before the transaction read (status and last change): otherwise another request changed it in
 * between (recorded a result, cancelled it, deleted it) and the write would act on a stale view,
 * e.g. delete a drill just recorded as held while its figures count it.
 */
export async function lockUnchanged(
  tx: DbOrTx,
  table: 'drills' | 'training_classes',
  id: number,
  seen: { status: string; updatedAt: string },
): Promise<void> {
  const [row] = await queryRows<{ status: string; updated_at: string | Date }>(
    tx,
    sql`select status, updated_at from ${sql.identifier(table)} where id = ${id} for update`,
  );
  if (!row || row.status !== seen.status || new Date(row.updated_at).toISOString() !== seen.updatedAt)
    throw new AppError('conflict', 'Bản ghi vừa được người khác thay đổi. Hãy tải lại trang.');
}
