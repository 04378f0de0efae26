import fs from 'node:fs';
import readline from 'node:readline';
import { createGunzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { BACKUP_FORMAT } from './backup-database.ts';
import { ident, tablesInDependencyOrder } from './tables.ts';

/** Raised when a backup cannot be restored here; the message is for the operator, in Vietnamese. */
export class RestoreError extends Error {}

/**
 * Restores a backup into an empty, migrated database in one transaction: all of it or nothing.
 * Serial sequences are moved past the restored ids so new rows do not collide.
 */
export async function restoreDatabase(db: Db, file: string): Promise<{ tables: number; rows: number }> {
  const input = readline.createInterface({
    input: fs.createReadStream(file).pipe(createGunzip()),
    crlfDelay: Infinity,
  });
  const lines = input[Symbol.asyncIterator]();
  let header: { format?: string; migrations?: string[] };
  try {
    header = JSON.parse(((await lines.next()).value as string | undefined) ?? '{}');
  } catch {
    throw new RestoreError('Tệp sao lưu hỏng hoặc không phải tệp sao lưu của QPTD.');
  }
  if (header.format !== BACKUP_FORMAT) throw new RestoreError('Tệp không phải bản sao lưu của QPTD.');
  const applied = (
    await queryRows<{ hash: string }>(db, sql`select hash from drizzle.__drizzle_migrations order by id`)
  ).map((m) => m.hash);
  if (
    JSON.stringify(applied.slice(0, header.migrations?.length ?? 0)) !== JSON.stringify(header.migrations)
  ) {
    throw new RestoreError(
      'Bản sao lưu được tạo bởi phiên bản cơ sở dữ liệu khác; hãy dùng đúng phiên bản QPTD.',
    );
  }
  let rows = 0;
  const touched = new Set<string>();
  await db.transaction(async (tx) => {
    const known = new Set(await tablesInDependencyOrder(tx));
    for (const table of known) {
      const [row] = await queryRows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from ${sql.raw(ident(table))}`,
      );
      // Tables the start-up fills (indicator and report catalogues) may be replaced; data may not.
      if (
        (row?.n ?? 0) > 0 &&
        !['indicators', 'reporting_sets', 'reporting_set_indicators', 'report_forms', 'audit_log'].includes(
          table,
        )
      ) {
        throw new RestoreError(
          `Cơ sở dữ liệu đích không trống (bảng ${table}); chỉ khôi phục vào cơ sở dữ liệu mới.`,
        );
      }
    }
    // The start-up catalogue rows are replaced by the backup's own (same codes, original ids).
    for (const table of ['reporting_set_indicators', 'reporting_sets', 'indicators', 'report_forms']) {
      await tx.execute(sql`delete from ${sql.raw(ident(table))}`);
    }
    await tx.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    await tx.execute(sql`delete from audit_log`);
    await tx.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
    for await (const line of lines) {
      if (!line.trim()) continue;
      const chunk = JSON.parse(line) as { table: string; rows: unknown[] };
      if (!known.has(chunk.table))
        throw new RestoreError(`Bảng không có trong cơ sở dữ liệu: ${chunk.table}.`);
      await tx.execute(
        sql`insert into ${sql.raw(ident(chunk.table))} select * from jsonb_populate_recordset(null::${sql.raw(ident(chunk.table))}, ${JSON.stringify(chunk.rows)}::jsonb)`,
      );
      rows += chunk.rows.length;
      touched.add(chunk.table);
    }
    const serials = await queryRows<{ table_name: string; column_name: string }>(
      tx,
      sql`select table_name, column_name from information_schema.columns
           where table_schema = 'public' and column_default like 'nextval(%'`,
    );
    for (const s of serials) {
      await tx.execute(
        sql`select setval(pg_get_serial_sequence(${s.table_name}, ${s.column_name}),
                          coalesce((select max(${sql.raw(ident(s.column_name))}) from ${sql.raw(ident(s.table_name))}), 0) + 1, false)`,
      );
    }
  });
  return { tables: touched.size, rows };
}
