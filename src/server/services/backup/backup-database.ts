import fs from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { ident, tablesInDependencyOrder } from './tables.ts';

/** First line of every backup file. */
export const BACKUP_FORMAT = 'qptd-backup/1';
const CHUNK = 2000;

/**
 * Writes every table to a gzipped JSON-lines file from one REPEATABLE READ snapshot, so the copy is
 * consistent while the server keeps writing (PostgreSQL). Rows go through `to_jsonb`, which
 * `jsonb_populate_recordset` reads back into the same types (bytea, ltree, arrays, dates).
 */
export async function backupDatabase(db: Db, file: string): Promise<{ tables: number; rows: number }> {
  let rows = 0;
  const lines: string[] = [];
  const tables = await db.transaction(
    async (tx) => {
      const names = await tablesInDependencyOrder(tx);
      const migrations = await queryRows<{ hash: string }>(
        tx,
        sql`select hash from drizzle.__drizzle_migrations order by id`,
      );
      lines.push(
        JSON.stringify({
          format: BACKUP_FORMAT,
          createdAt: new Date().toISOString(),
          migrations: migrations.map((m) => m.hash),
          tables: names,
        }),
      );
      for (const table of names) {
        for (let offset = 0; ; offset += CHUNK) {
          const chunk = await queryRows<{ row: unknown }>(
            tx,
            sql`select to_jsonb(t) as row from ${sql.raw(ident(table))} t order by ctid offset ${offset} limit ${CHUNK}`,
          );
          if (chunk.length === 0) break;
          lines.push(JSON.stringify({ table, rows: chunk.map((c) => c.row) }));
          rows += chunk.length;
          if (chunk.length < CHUNK) break;
        }
      }
      return names.length;
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  await pipeline(Readable.from(lines.map((l) => `${l}\n`)), createGzip(), fs.createWriteStream(file));
  return { tables, rows };
}
