import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/server/db/query-rows.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { testDatabaseKind } from '../helpers/database.ts';

describe(`foundation on ${testDatabaseKind()}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ demo: false });
  });
  afterAll(async () => t?.close());

  it('applies every migration and loads the extensions', async () => {
    const ext = await queryRows<{ extname: string }>(
      t.database.db,
      sql`select extname from pg_extension order by 1`,
    );
    expect(ext.map((e) => e.extname)).toEqual(
      expect.arrayContaining(['ltree', 'pg_trgm', 'unaccent', 'btree_gin']),
    );
    const [row] = await queryRows<{ x: string; p: boolean }>(
      t.database.db,
      sql`select f_unaccent(lower('Quốc Phòng Toàn Dân Đắk Lắk')) as x, 'a.b.c'::ltree <@ 'a.b'::ltree as p`,
    );
    expect(row).toEqual({ x: 'quoc phong toan dan dak lak', p: true });
  });

  it('answers /healthz and /readyz', async () => {
    expect((await t.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', database: t.database.kind });
  });

  it('answers an unknown API route with the error shape in Vietnamese', async () => {
    const res = await t.app.inject('/api/khong-co');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'not_found', message: 'Không tìm thấy.' } });
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('answers malformed JSON and invalid bodies with 400 and a Vietnamese message', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'bad_request', message: 'Nội dung JSON không hợp lệ.' });

    const invalid = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 5 } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.code).toBe('validation_failed');
    expect(invalid.json().error.message).toMatch(/^Dữ liệu gửi lên không hợp lệ\. .*(Đầu vào|không hợp lệ)/);
  });

  it('publishes the OpenAPI document with every API route', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json() as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/units/{id}', '/readyz']),
    );
    expect((await t.app.inject('/api/docs/')).statusCode).toBe(200);
  });

  it('refuses to rewrite the audit log', async () => {
    const count = async () =>
      (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_log`))[0]!.n;
    const before = await count();
    await t.database.db.execute(
      sql`insert into audit_log (entity_type, entity_id, action) values ('test', '1', 'create')`,
    );
    await expect(t.database.db.execute(sql`update audit_log set action = 'x'`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    expect(await count()).toBe(before + 1);
  });
});
