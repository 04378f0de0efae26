import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabaseKind } from '../helpers/database.ts';
import { startServer } from '../helpers/server-process.ts';

async function signIn(url: string, username: string) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'qptd-demo-2026' }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken, user } = (await res.json()) as { csrfToken: string; user: { agency: { id: number } } };
  return { cookie, csrfToken, agencyId: user.agency.id };
}

// PGlite only (the run on PostgreSQL skips it): a server's durability is PostgreSQL's own business.
describe.skipIf(testDatabaseKind() === 'postgres')('the embedded database survives SIGKILL', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qptd-crash-'));
  const env = { QPTD_DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '' };
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged write and restarts without repair, refusing a second process meanwhile', async () => {
    const first = await startServer(env);
    expect(first.output()).toContain('Đã nạp dữ liệu mẫu: Tỉnh Lạng Sơn');

    // A second server on the same folder must refuse, not share it.
    const second = await startServer(env, 15_000).catch((e: Error) => e);
    expect(second).toBeInstanceOf(Error);
    expect((second as Error).message).toContain('đang được tiến trình khác');

    const admin = await signIn(first.url, 'admin.tinh');
    const acknowledged: string[] = [];
    let stop = false;
    const writer = (async () => {
      for (let i = 0; !stop && i < 500; i += 1) {
        const username = `crash.${i}`;
        const res = await fetch(`${first.url}/api/users`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            cookie: admin.cookie,
            'x-csrf-token': admin.csrfToken,
          },
          body: JSON.stringify({ username, fullName: `Thử ${i}`, role: 'viewer', agencyId: admin.agencyId }),
        }).catch(() => null);
        if (res?.status === 201) acknowledged.push(username);
        else if (res === null) break;
      }
    })();
    await new Promise((r) => setTimeout(r, 1500));
    first.child.kill('SIGKILL');
    stop = true;
    await writer;
    expect(await first.exited).toBe('SIGKILL');
    expect(acknowledged.length).toBeGreaterThan(0);

    const restarted = await startServer(env);
    try {
      expect(restarted.output()).not.toContain('Đã nạp dữ liệu mẫu');
      const again = await signIn(restarted.url, 'admin.tinh');
      const res = await fetch(`${restarted.url}/api/users?q=crash.`, { headers: { cookie: again.cookie } });
      const names = ((await res.json()) as { items: { username: string }[] }).items.map((u) => u.username);
      for (const username of acknowledged) expect(names).toContain(username);
    } finally {
      restarted.child.kill('SIGTERM');
      expect(await restarted.exited).toBe(0);
    }
    expect(fs.existsSync(path.join(dir, 'data', 'qptd.lock'))).toBe(false);
  }, 120_000);
});
