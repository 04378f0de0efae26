import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestApp, type TestApp } from '../helpers/app.ts';
import { testDatabaseKind } from '../helpers/database.ts';

describe(`security headers and rate limits on ${testDatabaseKind()}`, () => {
  let t: TestApp;
  let officer: Agent;
  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.signIn('canbo.tinh');
  });
  afterAll(async () => t?.close());

  it('sends a strict Content-Security-Policy and the usual hardening headers', async () => {
    const res = await t.app.inject('/healthz');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['referrer-policy']).toBe('same-origin');
  });

  it('limits expensive routes per user with a Vietnamese message, and other users are unaffected', async () => {
    const call = (agent: Agent) =>
      agent.request({ method: 'POST', url: '/api/extract', payload: { text: 'Số: 01/KH-UBND\nKẾ HOẠCH' } });
    const statuses: number[] = [];
    for (let i = 0; i < 31; i += 1) statuses.push((await call(officer)).statusCode);
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    const limited = await call(officer);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.message).toMatch(/^Quá nhiều yêu cầu nặng\. Hãy thử lại sau \d+ giây\.$/);
    expect((await call(await t.signIn('lanhdao.tinh'))).statusCode).toBe(200);
  });

  it('publishes request and database timings for Prometheus, to the machine itself only', async () => {
    await t.app.inject('/readyz');
    const res = await t.app.inject({ url: '/metrics', remoteAddress: '127.0.0.1' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(
      'qptd_http_request_duration_seconds_count{route="/readyz",method="GET",status="2xx"}',
    );
    expect(res.body).toMatch(/qptd_database_up\{kind="(pglite|postgres)"\} 1/);
    expect((await t.app.inject({ url: '/metrics', remoteAddress: '10.1.2.3' })).statusCode).toBe(403);
  });

  it('never writes a password into the logs', async () => {
    const lines: string[] = [];
    const { buildApp } = await import('../../src/server/app.ts');
    const app = await buildApp({
      database: t.database,
      clock: t.clock,
      logger: { level: 'trace', stream: { write: (line: string) => lines.push(line) } } as never,
    });
    await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'canbo.tinh', password: 'mat-khau-bi-mat-123' },
    });
    await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'canbo.tinh', password: 'qptd-demo-2026' },
    });
    await app.close();
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain('mat-khau-bi-mat-123');
    expect(lines.join('\n')).not.toContain('qptd-demo-2026');
  });
});
