import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/client.ts';
import { queryRows } from '../../src/server/db/query-rows.ts';
import { backupDatabase } from '../../src/server/services/backup/backup-database.ts';
import { RestoreError, restoreDatabase } from '../../src/server/services/backup/restore-database.ts';
import { ident, tablesInDependencyOrder } from '../../src/server/services/backup/tables.ts';
import { ensureIndicatorCatalogue } from '../../src/server/services/indicators/ensure-catalogue.ts';
import { ensureReportForms } from '../../src/server/services/reports/ensure-report-forms.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { createTestDatabase, testDatabaseKind } from '../helpers/database.ts';
import { multipart } from '../helpers/multipart.ts';

async function snapshot(database: Database): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of await tablesInDependencyOrder(database.db)) {
    const rows = await queryRows<{ row: string }>(
      database.db,
      sql`select to_jsonb(t)::text as row from ${sql.raw(ident(table))} t`,
    );
    out[table] = rows.map((r) => r.row).sort();
  }
  return out;
}

describe(`backup and restore on ${testDatabaseKind()}`, () => {
  let t: TestApp;
  let target: Database;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qptd-backup-'));
  beforeAll(async () => {
    t = await createTestApp({ now: '2026-06-20T03:00:00Z' });
    const officer = await t.signIn('canbo.dongkinh');
    // Some of everything: a document with its file, figures and roll-ups, a report with an attachment.
    await officer.request({
      method: 'POST',
      url: '/api/documents',
      ...multipart(
        'ke-hoach.txt',
        'ỦY BAN NHÂN DÂN PHƯỜNG\nSố: 03/KH-UBND\nKẾ HOẠCH\nHuấn luyện\nBan CHQS phường chủ trì huấn luyện, xong trước ngày 30/11/2026.',
      ),
    });
    const catalogue = (await officer.request({ url: '/api/indicators' })).json();
    await officer.request({
      method: 'PUT',
      url: '/api/figures/grid',
      payload: {
        unitId: officer.user.unit.id,
        setId: catalogue.sets[0].id,
        period: '2026',
        cells: [
          {
            indicatorId: catalogue.indicators.find((i: { code: string }) => i.code === 'CS_HO_SO_GIAI_QUYET')
              .id,
            value: 7,
          },
        ],
      },
    });
    const form = (await officer.request({ url: '/api/report-forms' })).json().items[0];
    const report = (
      await officer.request({
        method: 'POST',
        url: '/api/reports',
        payload: { formId: form.id, unitId: officer.user.unit.id, period: '2026' },
      })
    ).json();
    await officer.request({
      method: 'POST',
      url: `/api/reports/${report.id}/attachments`,
      ...multipart('anh.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255])),
    });
    target = await createTestDatabase();
    // A fresh server fills its catalogues at start-up before anyone could restore.
    await ensureIndicatorCatalogue(target.db);
    await ensureReportForms(target.db);
  });
  afterAll(async () => {
    await t?.close();
    await target?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('restores a backup into an empty database with every table equal row by row', async () => {
    const file = path.join(dir, 'qptd.backup.gz');
    const written = await backupDatabase(t.database.db, file);
    expect(written.rows).toBeGreaterThan(1000);
    const restored = await restoreDatabase(target.db, file);
    expect(restored.rows).toBe(written.rows);
    expect(await snapshot(target)).toEqual(await snapshot(t.database));
    // New rows after a restore get fresh ids instead of colliding with restored ones.
    await target.db.execute(
      sql`insert into audit_log (entity_type, entity_id, action) values ('test', '1', 'after_restore')`,
    );
  });

  it('refuses to restore over data, or a file that is not a backup', async () => {
    const file = path.join(dir, 'qptd.backup.gz');
    await expect(restoreDatabase(t.database.db, file)).rejects.toThrow(RestoreError);
    const junk = path.join(dir, 'junk.gz');
    fs.writeFileSync(junk, (await import('node:zlib')).gzipSync('không phải sao lưu'));
    await expect(restoreDatabase(target.db, junk)).rejects.toThrow(
      'Tệp sao lưu hỏng hoặc không phải tệp sao lưu của QPTD.',
    );
  });
});
