import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/db/client.ts';
import { queryRows } from '../../src/server/db/query-rows.ts';
import { testDatabaseKind } from '../helpers/database.ts';
import { type ServerProcess, startServer } from '../helpers/server-process.ts';

// Scale-out needs a PostgreSQL server; the PGlite run skips it (one process per data folder).
describe.skipIf(testDatabaseKind() !== 'postgres')('two instances on one PostgreSQL database', () => {
  const base = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? '';
  const name = `qptd_two_${randomBytes(4).toString('hex')}`;
  let url: string;
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const target = new URL(base);
    target.pathname = `/${name}`;
    url = target.toString();
    // Both start at once: migrations, demo data and the first job tick race on purpose.
    [a, b] = await Promise.all([
      startServer({ DATABASE_URL: url, JOB_INTERVAL_MINUTES: '1' }),
      startServer({ DATABASE_URL: url, JOB_INTERVAL_MINUTES: '1' }),
    ]);
  }, 120_000);

  afterAll(async () => {
    a?.child.kill('SIGTERM');
    b?.child.kill('SIGTERM');
    await Promise.all([a?.exited, b?.exited]);
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  it('keeps a user signed in on one instance signed in on the other', async () => {
    const login = await fetch(`${a.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'canbo.tinh', password: 'qptd-demo-2026' }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const me = await fetch(`${b.url}/api/auth/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { username: string } }).user.username).toBe('canbo.tinh');
    const logout = await fetch(`${b.url}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(logout.status).toBe(204);
    expect((await fetch(`${a.url}/api/auth/me`, { headers: { cookie } })).status).toBe(401);
  });

  it('loads the demo once and runs the daily job exactly once across both', async () => {
    const database = await openDatabase({ kind: 'postgres', url, poolSize: 2 });
    try {
      const [units] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from units`);
      expect(units).toEqual({ n: 1 + 65 + 211 });
      // Let both schedulers tick (they start at boot and every minute).
      await new Promise((r) => setTimeout(r, 1500));
      const [runs] = await queryRows<{ n: number }>(
        database.db,
        sql`select count(*)::int as n from job_runs`,
      );
      expect(runs).toEqual({ n: 1 });
    } finally {
      await database.close();
    }
    expect(a.output() + b.output()).toContain('Đã nạp dữ liệu mẫu');
    expect(
      (a.output().match(/Đã nạp dữ liệu mẫu/g)?.length ?? 0) +
        (b.output().match(/Đã nạp dữ liệu mẫu/g)?.length ?? 0),
    ).toBe(1);
  });
});
