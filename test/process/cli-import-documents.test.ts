import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/db/client.ts';
import { queryRows } from '../../src/server/db/query-rows.ts';
import { loadDemoIfEmpty } from '../../src/server/services/demo/load-demo.ts';
import { ensureIndicatorCatalogue } from '../../src/server/services/indicators/ensure-catalogue.ts';
import { testDatabaseKind } from '../helpers/database.ts';
import { SAMPLES_DIR } from '../helpers/documents.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe.skipIf(testDatabaseKind() === 'postgres' || !fs.existsSync(SAMPLES_DIR))(
  'qptd import-documents',
  () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qptd-import-'));
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [path.join(ROOT, 'bin/qptd.mjs'), 'import-documents', ...args], {
        cwd: ROOT,
        env: { ...process.env, QPTD_DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '' },
        encoding: 'utf8',
      });

    it('registers a folder as "chưa rà soát", reports each bad file, and skips what is already in on a re-run', async () => {
      const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'data') });
      // As `qptd serve` starts: the catalogue first, since the demo computes its commune counts.
      await ensureIndicatorCatalogue(database.db);
      await loadDemoIfEmpty(database.db);
      await database.close();
      const docs = path.join(dir, 'docs');
      fs.mkdirSync(docs);
      for (const f of fs.readdirSync(SAMPLES_DIR))
        fs.copyFileSync(path.join(SAMPLES_DIR, f), path.join(docs, f));
      fs.writeFileSync(path.join(docs, 'hong.pdf'), 'không phải PDF');
      fs.writeFileSync(path.join(docs, 'ghi-chu.md'), '# bỏ qua');

      const first = run(docs, '--unit', '20');
      expect(first.status).toBe(1);
      expect(first.stdout).toContain('Đã đăng ký 5 văn bản, bỏ qua 0 văn bản đã có, 1 tệp lỗi.');
      expect(first.stderr).toContain('hong.pdf: Tệp .pdf bị hỏng hoặc không đọc được.');

      const second = run(docs, '--unit', '20');
      expect(second.stdout).toContain('Đã đăng ký 0 văn bản, bỏ qua 5 văn bản đã có, 1 tệp lỗi.');

      const check = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'data') });
      const rows = await queryRows<{ review_state: string; n: number }>(
        check.db,
        sql`select review_state, count(*)::int as n from documents group by review_state`,
      );
      await check.close();
      expect(rows).toEqual([{ review_state: 'unreviewed', n: 5 }]);
      expect(run(docs, '--unit', 'KHONGCO').stderr).toContain('Không có đơn vị đang hoạt động mã KHONGCO.');
    }, 120_000);
  },
);
