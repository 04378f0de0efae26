import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../../bin/precompress-web.mjs';
import { buildApp } from '../../src/server/app.ts';
import { type Agent, createTestApp, type TestApp, unitIdByName } from '../helpers/app.ts';
import { createTestDatabase, testDatabaseKind } from '../helpers/database.ts';

describe(`compressed answers on ${testDatabaseKind()}`, () => {
  let t: TestApp;
  let leader: Agent;
  let dashboardUrl = '';
  beforeAll(async () => {
    t = await createTestApp();
    leader = await t.signIn('lanhdao.tinh');
    dashboardUrl = `/api/dashboard?unitId=${await unitIdByName(t.database, 'Tỉnh Lạng Sơn')}&period=2026`;
  });
  afterAll(async () => t?.close());

  it('sends a province dashboard as Brotli or gzip to a browser that accepts it, the same JSON inside', async () => {
    const plain = await leader.request({ url: dashboardUrl });
    expect(plain.headers['content-encoding']).toBeUndefined();
    const brotli = await leader.request({
      url: dashboardUrl,
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers.vary).toContain('accept-encoding');
    const unpacked = zlib.brotliDecompressSync(brotli.rawPayload).toString('utf8');
    expect(JSON.parse(unpacked)).toEqual(plain.json());
    expect(brotli.rawPayload.length).toBeLessThan(plain.rawPayload.length / 5);
    const gzip = await leader.request({ url: dashboardUrl, headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(zlib.gunzipSync(gzip.rawPayload).toString('utf8'))).toEqual(plain.json());
  });

  it('leaves small answers as they are', async () => {
    const health = await t.app.inject({ url: '/healthz', headers: { 'accept-encoding': 'br' } });
    expect(health.statusCode).toBe(200);
    expect(health.headers['content-encoding']).toBeUndefined();
  });
});

describe('the built web app', () => {
  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qptd-web-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>QPTD</title><div id="root"></div>');
    fs.writeFileSync(
      path.join(dir, 'assets', 'app-1a2b.js'),
      `const s = ${JSON.stringify('quốc phòng '.repeat(500))};`,
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is compressed once at build time: .br and .gz beside each file worth it', () => {
    const totals = precompressDir(dir);
    expect(totals.files).toBe(1);
    expect(fs.existsSync(path.join(dir, 'assets', 'app-1a2b.js.br'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'assets', 'app-1a2b.js.gz'))).toBe(true);
    // index.html is below the threshold: compressing it would not pay.
    expect(fs.existsSync(path.join(dir, 'index.html.br'))).toBe(false);
    expect(totals.brotli).toBeLessThan(totals.raw / 10);
  });

  it('is served as its precompressed copy to browsers that accept it, and plain to others', async () => {
    const database = await createTestDatabase();
    const app = await buildApp({ database, serveWeb: true, webDistDir: dir });
    try {
      const original = fs.readFileSync(path.join(dir, 'assets', 'app-1a2b.js'));
      const br = await app.inject({ url: '/assets/app-1a2b.js', headers: { 'accept-encoding': 'gzip, br' } });
      expect(br.statusCode).toBe(200);
      expect(br.headers['content-encoding']).toBe('br');
      expect(zlib.brotliDecompressSync(br.rawPayload).equals(original)).toBe(true);
      expect(br.headers['cache-control']).toContain('immutable');
      const plain = await app.inject({ url: '/assets/app-1a2b.js' });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.rawPayload.equals(original)).toBe(true);
    } finally {
      await app.close();
      await database.close();
    }
  });
});
