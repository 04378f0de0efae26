import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './client.ts';
import { PGLITE_SHARED_BUFFERS } from './pglite-options.ts';
import { queryRows } from './query-rows.ts';

describe('the embedded database', () => {
  it('runs with its own buffer pool and the extensions the migrations need', async () => {
    const database = await openDatabase({ kind: 'pglite-memory' });
    try {
      const [row] = await queryRows<{ shared_buffers: string }>(database.db, sql`show shared_buffers`);
      expect(row!.shared_buffers).toBe(PGLITE_SHARED_BUFFERS);
      const extensions = await queryRows<{ extname: string }>(
        database.db,
        sql`select extname from pg_extension order by extname`,
      );
      expect(extensions.map((e) => e.extname)).toEqual(
        expect.arrayContaining(['btree_gin', 'ltree', 'pg_trgm', 'unaccent']),
      );
    } finally {
      await database.close();
    }
  });
});
