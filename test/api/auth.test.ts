import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { queryRows } from '../../src/server/db/query-rows.ts';
import { LOGIN_LIMITS } from '../../src/server/services/auth/login.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { testDatabaseKind } from '../helpers/database.ts';

describe(`sign-in and sessions on ${testDatabaseKind()}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  const login = (username: string, password: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, headers });

  it('signs in with a hardened cookie and answers who is signed in', async () => {
    const res = await login('canbo.dongkinh', 'qptd-demo-2026');
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'qptd_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const body = res.json();
    expect(body.user).toMatchObject({
      username: 'canbo.dongkinh',
      role: 'officer',
      unit: { name: 'Phường Đông Kinh' },
    });
    const me = await t.app.inject({
      url: '/api/auth/me',
      headers: { cookie: `qptd_session=${cookie.value}` },
    });
    expect(me.json().user.username).toBe('canbo.dongkinh');
  });

  it('marks the cookie Secure behind an HTTPS proxy, and not on plain HTTP', async () => {
    const proxied = await buildApp({ database: t.database, clock: t.clock, trustProxy: true });
    try {
      const payload = { username: 'xem.tinh', password: 'qptd-demo-2026' };
      const https = await proxied.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload,
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(https.cookies.find((c) => c.name === 'qptd_session')!.secure).toBe(true);
      const http = await proxied.inject({ method: 'POST', url: '/api/auth/login', payload });
      expect(http.cookies.find((c) => c.name === 'qptd_session')!.secure).toBeFalsy();
    } finally {
      await proxied.close();
    }
  });

  it('rejects a wrong password with one Vietnamese message that does not reveal whether the account exists', async () => {
    const wrong = await login('lanhdao.tinh', 'sai-mat-khau-123');
    const unknown = await login('khong.ton.tai', 'sai-mat-khau-123');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
    expect(wrong.json().error.message).toContain('không đúng');
  });

  it('throttles an account after repeated failures, with a clear message, and lets it in after the window', async () => {
    for (let i = 0; i < LOGIN_LIMITS.perAccount; i += 1) {
      expect((await login('xem.dongkinh', `sai-${i}-mat-khau`)).statusCode).toBe(401);
    }
    const blocked = await login('xem.dongkinh', 'qptd-demo-2026');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.message).toMatch(/đăng nhập sai 5 lần.*15 phút/);
    t.clock.set(new Date(t.clock.now().getTime() + (LOGIN_LIMITS.windowMinutes + 1) * 60_000));
    expect((await login('xem.dongkinh', 'qptd-demo-2026')).statusCode).toBe(200);
  });

  it('throttles an address that tries many accounts', async () => {
    const ip = { 'x-forwarded-for': '10.9.9.9' };
    const attempts = [];
    for (let i = 0; i < LOGIN_LIMITS.perAddress; i += 1) {
      attempts.push(
        t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: `nobody${i}`, password: 'x' },
          remoteAddress: '10.9.9.9',
          headers: ip,
        }),
      );
    }
    await Promise.all(attempts);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin.tinh', password: 'qptd-demo-2026' },
      remoteAddress: '10.9.9.9',
    });
    expect(res.statusCode).toBe(429);
    expect(res.json().error.message).toContain('địa chỉ này');
  });

  it('issues a new session id at sign-in and revokes the one the browser had (no fixation)', async () => {
    const first = await t.signIn('lanhdao.dongkinh');
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'lanhdao.dongkinh', password: 'qptd-demo-2026' },
      headers: { cookie: first.cookie },
    });
    const second = again.cookies.find((c) => c.name === 'qptd_session')!.value;
    expect(`qptd_session=${second}`).not.toBe(first.cookie);
    expect((await first.request({ url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('signs out: the session no longer works', async () => {
    const agent = await t.signIn('canbo.tinh');
    expect((await agent.request({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
    expect((await agent.request({ url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('refuses a write without the CSRF token', async () => {
    const agent = await t.signIn('canbo.tinh');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: agent.cookie },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf_failed');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: agent.cookie, 'x-csrf-token': 'x'.repeat(43) },
    });
    expect(wrong.statusCode).toBe(403);
  });

  it('forces an admin-created account to change its password before anything else', async () => {
    const admin = await t.signIn('admin.dongkinh');
    const agencyId = admin.user.agency.id;
    const created = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: { username: 'nguyen.van.a', fullName: 'Nguyễn Văn A', role: 'officer', agencyId },
    });
    expect(created.statusCode).toBe(201);
    const temporary = created.json().temporaryPassword as string;
    const user = await t.signIn('nguyen.van.a', temporary);
    expect((await user.request({ url: '/api/auth/me' })).json().user.mustChangePassword).toBe(true);
    const blocked = await user.request({ url: `/api/units/${user.user.unit.id}` });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.message).toBe('Bạn cần đổi mật khẩu trước khi tiếp tục.');

    const short = await user.request({
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: temporary, newPassword: 'ngan' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.message).toContain('ít nhất 10 ký tự');

    const changed = await user.request({
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: temporary, newPassword: 'mat-khau-moi-2026' },
    });
    expect(changed.statusCode).toBe(204);
    expect((await user.request({ url: `/api/units/${user.user.unit.id}` })).statusCode).toBe(200);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: 'nguyen.van.a', password: temporary },
        })
      ).statusCode,
    ).toBe(401);
  });

  it('stores only argon2id hashes and never the session token itself', async () => {
    const agent = await t.signIn('xem.tinh');
    const rows = await queryRows<{ password_hash: string }>(
      t.database.db,
      sql`select password_hash from users`,
    );
    expect(rows.every((r) => r.password_hash.startsWith('$argon2id$'))).toBe(true);
    const token = agent.cookie.split('=')[1]!;
    const leaked = await queryRows(t.database.db, sql`select 1 from sessions where id = ${token}`);
    expect(leaked).toHaveLength(0);
  });
});
