import { createHash, randomBytes, randomInt } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/server/db/client.ts';
import { queryRows } from '../../src/server/db/query-rows.ts';
import { ROLLUP_MAP_SQL } from '../../src/server/services/figures/rebuild-rollups.ts';
import { testDatabaseKind } from '../helpers/database.ts';
import {
  call,
  type HttpAnswer,
  type HttpCall,
  type HttpSession,
  send,
  signInOverHttp,
} from '../helpers/http-session.ts';
import { multipart } from '../helpers/multipart.ts';
import { type ServerProcess, startServer } from '../helpers/server-process.ts';

// Issue "Crashes": SIGKILL the server 20 times in the middle of a large unit import, a document
// batch, an Excel figures upload and a burst of report submissions; after each restart every
// acknowledged write is there and no import is half applied. A failing run prints its seed:
// QPTD_CRASH_SEED=<seed> replays the same payloads and kill delays.

const KIND = testDatabaseKind();
const SEED = Number(process.env.QPTD_CRASH_SEED ?? randomInt(1, 2 ** 31 - 1));
const ROUNDS = 20;
const SCENARIOS = ['units', 'documents', 'excel', 'reports'] as const;
type Scenario = (typeof SCENARIOS)[number];

// Sizes: big enough that a kill lands inside the work, small enough for 20 restarts in minutes.
const DISTRICTS = 50;
const COMMUNES_PER_DISTRICT = 49;
const UNITS_PER_IMPORT = DISTRICTS * (1 + COMMUNES_PER_DISTRICT);
const DOCUMENTS_PER_BATCH = 24;
const DOCUMENT_CONCURRENCY = 3;
const REPORT_YEARS_PER_ROUND = 4;

/** A small seeded generator (mulberry32), so a failing round can be replayed. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const isOk = (a: HttpAnswer | null) => a !== null && a.status >= 200 && a.status < 300;

/** What a round sent and what came back, kept for the final check in SQL. */
type RoundRecord =
  | { round: number; scenario: 'units'; prefix: string; acknowledged: boolean; present: boolean }
  | {
      round: number;
      scenario: 'documents';
      files: { token: string; sha256: string; size: number }[];
      acknowledged: number;
    }
  | {
      round: number;
      scenario: 'excel';
      unitId: number;
      period: string;
      value: number;
      cells: number;
      acknowledged: boolean;
      present: boolean;
    }
  | {
      round: number;
      scenario: 'reports';
      reportIds: number[];
      acknowledged: number;
    };

/** Whether every request of a round was answered before the kill. */
function everythingAcknowledged(r: RoundRecord): boolean {
  if (r.scenario === 'units' || r.scenario === 'excel') return r.acknowledged;
  return r.acknowledged === (r.scenario === 'documents' ? DOCUMENTS_PER_BATCH : r.reportIds.length);
}

/** A workload of `total` requests in flight: `started` once a body has reached the socket; `answered` counts answers. */
interface Fired {
  total: number;
  started: Promise<void>;
  answered: () => number;
  done: Promise<void>;
}

/**
 * When to kill: `delay` ms after the body left (one big request), or once `answers` answers of a
 * batch came back plus `jitter` ms (the batch's progress is the marker); null runs the work whole.
 */
type KillPlan = { delay: number } | { answers: number; jitter: number } | null;

describe(`SIGKILL during imports and report submissions on ${KIND}`, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qptd-crash-imports-'));
  const dataDir = path.join(dir, 'data');
  const pgBase = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? '';
  const pgName = `qptd_crash_${randomBytes(4).toString('hex')}`;
  let pgUrl = '';
  // PostgreSQL only: a second connection that sees whether the server had a write transaction open.
  let monitor: pg.Client | null = null;
  let killsInsideTransaction = 0;
  let env: Record<string, string>;
  let server: ServerProcess | null = null;
  let admin: HttpSession;
  let officer: HttpSession;
  let commune: HttpSession;
  let communeIds: number[];
  let yearSetId: number;
  let formIds: { year: number; halfYear: number };
  let sectionKeys: string[];
  const entryPeriod = String(new Date(Date.now() + 7 * 3_600_000).getUTCFullYear() + 1);
  const records: RoundRecord[] = [];
  // How long an unkilled upload takes, from round 0 on: the kill delay is drawn against it.
  const estimateMs = { units: 2000, excel: 500 };
  const log: string[] = [];
  // Audit entries of unit imports before round 0, and unit imports applied since.
  let unitImportAudits = 0;
  let unitImportsApplied = 0;

  const url = () => {
    if (!server) throw new Error('no server running');
    return server.url;
  };

  async function ensureServer(): Promise<void> {
    if (server && server.child.exitCode === null && server.child.signalCode === null) return;
    server = await startServer(env, 180_000);
  }

  // ---- workloads ------------------------------------------------------------------------------

  function unitFile(round: number): { name: string; build: () => Promise<Buffer>; prefix: string } {
    const prefix = `KT${pad(round)}H`;
    const rows: string[][] = [];
    for (let d = 1; d <= DISTRICTS; d += 1) {
      const district = `${prefix}${pad(d)}`;
      rows.push([district, `Huyện Kiểm Thử ${pad(round)}-${pad(d)}`, 'Huyện', '20', '', '30/06/2025']);
      for (let c = 1; c <= COMMUNES_PER_DISTRICT; c += 1) {
        rows.push([
          `${district}X${pad(c)}`,
          `Xã Kiểm Thử ${pad(round)}-${pad(d)}-${pad(c)}`,
          'Xã',
          district,
          '',
          '30/06/2025',
        ]);
      }
    }
    const header = ['code', 'name', 'kind', 'parent_code', 'valid_from', 'valid_to'];
    // Both formats the importer reads: .xlsx on every other unit round.
    if (round % 8 === 1) {
      return {
        name: `don-vi-${round}.xlsx`,
        prefix,
        build: async () => {
          const workbook = new ExcelJS.Workbook();
          const sheet = workbook.addWorksheet('Đơn vị');
          sheet.addRow(header);
          for (const r of rows) sheet.addRow(r);
          return Buffer.from(await workbook.xlsx.writeBuffer());
        },
      };
    }
    return {
      name: `don-vi-${round}.csv`,
      prefix,
      build: async () => Buffer.from([header, ...rows].map((r) => r.join(',')).join('\n')),
    };
  }

  function documentText(round: number, n: number): string {
    const token = `VB${pad(round)}N${pad(n)}`;
    return [
      'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN',
      'BỘ CHỈ HUY QUÂN SỰ TỈNH',
      `Số: ${100 + round * 30 + n}/KH-BCH`,
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      `Lạng Sơn, ngày ${1 + (n % 27)} tháng ${1 + (round % 12)} năm 2026`,
      '',
      'KẾ HOẠCH',
      `Huấn luyện dân quân tự vệ năm 2026, đợt ${token}`,
      '',
      'Căn cứ Luật Dân quân tự vệ ngày 22 tháng 11 năm 2019;',
      'Căn cứ Nghị định số 72/2020/NĐ-CP ngày 30 tháng 6 năm 2020 của Chính phủ;',
      'Bộ Chỉ huy Quân sự tỉnh xây dựng kế hoạch như sau:',
      '',
      '1. Ban Chỉ huy Quân sự phường Đông Kinh tổ chức huấn luyện cho 100% dân quân thường trực,',
      `hoàn thành trước ngày ${10 + (n % 18)}/6/2026.`,
      '2. Ban Chỉ huy Quân sự phường Lương Văn Tri báo cáo kết quả về Bộ Chỉ huy Quân sự tỉnh',
      `trước ngày ${10 + (n % 18)}/7/2026.`,
      ...Array.from(
        { length: 12 },
        (_, i) => `- Nội dung ${i + 1}: bồi dưỡng kiến thức quốc phòng, an ninh (${token}).`,
      ),
      '',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT, TM.',
      'CHỈ HUY TRƯỞNG',
      'Đại tá Nguyễn Văn An',
    ].join('\n');
  }

  /** Sends a document batch DOCUMENT_CONCURRENCY at a time; the answers land in `answers`. */
  function fireDocuments(round: number, answers: (HttpAnswer | null)[]): Fired {
    let markStarted: () => void = () => {};
    const started = new Promise<void>((r) => {
      markStarted = r;
    });
    let next = 0;
    let answered = 0;
    let broken = false;
    const worker = async () => {
      while (next < DOCUMENTS_PER_BATCH && !broken) {
        const n = next;
        next += 1;
        const upload = multipart(`vb-${round}-${n}.txt`, documentText(round, n + 1));
        const inFlight = send(url(), officer, {
          method: 'POST',
          path: '/api/documents',
          body: upload.payload,
          headers: upload.headers,
        });
        void inFlight.sent.then(markStarted);
        const answer = await inFlight.answer;
        answers[n] = answer;
        if (answer) answered += 1;
        else broken = true;
      }
    };
    const done = Promise.all(Array.from({ length: DOCUMENT_CONCURRENCY }, worker)).then(() => {});
    return { total: DOCUMENTS_PER_BATCH, started, answered: () => answered, done };
  }

  /** One request as a workload. */
  function single(inFlight: HttpCall): Fired {
    let answered = 0;
    const done = inFlight.answer.then((a) => {
      if (a) answered = 1;
    });
    return { total: 1, started: inFlight.sent, answered: () => answered, done };
  }

  async function buildExcelUpload(unitId: number, value: number): Promise<{ body: Buffer; cells: number }> {
    const template = await call(url(), officer, {
      path: `/api/figures/template.xlsx?unitId=${unitId}&setId=${yearSetId}&period=${entryPeriod}`,
    });
    expect(template.status).toBe(200);
    const grid = (
      await call(url(), officer, {
        path: `/api/figures/grid?unitId=${unitId}&setId=${yearSetId}&period=${entryPeriod}`,
      })
    ).json<{ rows: { code: string; determinedBy: string | null; categories: { code: string }[] }[] }>();
    // The template's value columns: every category any row has, in order of first appearance.
    const columns = [...new Set(grid.rows.flatMap((r) => r.categories.map((c) => c.code)))];
    const typed = new Map(grid.rows.filter((r) => r.determinedBy === null).map((r) => [r.code, r]));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Số liệu')!;
    let cells = 0;
    sheet.eachRow((row, n) => {
      const gridRow = n > 4 ? typed.get(String(row.getCell(1).value)) : undefined;
      // One value in every cell a person types in keeps every part ≤ its whole.
      for (const category of gridRow?.categories ?? []) {
        row.getCell(4 + columns.indexOf(category.code)).value = value;
        cells += 1;
      }
    });
    return { body: Buffer.from(await workbook.xlsx.writeBuffer()), cells };
  }

  async function gridValues(unitId: number): Promise<(number | null)[]> {
    const grid = await call(url(), officer, {
      path: `/api/figures/grid?unitId=${unitId}&setId=${yearSetId}&period=${entryPeriod}`,
    });
    expect(grid.status).toBe(200);
    return grid
      .json<{ rows: { determinedBy: string | null; cells: { value: number | null }[] }[] }>()
      .rows.filter((r) => r.determinedBy === null)
      .flatMap((r) => r.cells.map((c) => c.value));
  }

  /** Opens this round's reports (a commune's year and half-year reports of a few years) and writes them. */
  async function prepareReports(round: number): Promise<number[]> {
    const firstYear = 2030 + (round / 4) * REPORT_YEARS_PER_ROUND;
    const wanted: { formId: number; period: string }[] = [];
    for (let y = firstYear; y < firstYear + REPORT_YEARS_PER_ROUND; y += 1) {
      wanted.push({ formId: formIds.year, period: String(y) });
      wanted.push(
        { formId: formIds.halfYear, period: `${y}H1` },
        { formId: formIds.halfYear, period: `${y}H2` },
      );
    }
    const ids: number[] = [];
    for (const w of wanted) {
      const opened = await call(url(), commune, {
        method: 'POST',
        path: '/api/reports',
        json: { ...w, unitId: commune.user.unit.id },
      });
      expect(opened.status, opened.body.toString()).toBe(200);
      const id = opened.json<{ id: number }>().id;
      const written = await call(url(), commune, {
        method: 'PUT',
        path: `/api/reports/${id}/narrative`,
        json: {
          sections: Object.fromEntries(
            sectionKeys.map((k) => [k, `<p>Mục ${k}, kỳ ${w.period}: hoàn thành.</p>`]),
          ),
        },
      });
      expect(written.status).toBe(204);
      ids.push(id);
    }
    return ids;
  }

  // ---- one round ------------------------------------------------------------------------------

  /** Starts a scenario and SIGKILLs the server as `plan` says; reports when the work was answered. */
  async function runScenario(scenario: Scenario, round: number, plan: KillPlan, random: () => number) {
    const killPoint = async (fired: Fired) => {
      await fired.started;
      const t0 = performance.now();
      let answeredAfter: number | null = null;
      const done = fired.done.then(() => {
        if (fired.answered() === fired.total) answeredAfter = Math.round(performance.now() - t0);
      });
      if (plan === null) {
        await done;
        return { answeredAfter, killedPid: null as number | null, insideTransaction: null as boolean | null };
      }
      let trigger: Promise<void>;
      if ('delay' in plan) trigger = sleep(plan.delay).then(() => {});
      else {
        const { answers, jitter } = plan;
        trigger = (async () => {
          while (fired.answered() < answers) await sleep(2);
          await sleep(jitter);
        })();
      }
      await Promise.race([done, trigger]);
      const insideTransaction = monitor
        ? (
            await monitor.query<{ n: number }>(
              'select count(*)::int as n from pg_stat_activity where datname = $1 and backend_xid is not null',
              [pgName],
            )
          ).rows[0]!.n > 0
        : null;
      const victim = server!;
      victim.child.kill('SIGKILL');
      expect(await victim.exited).toBe('SIGKILL');
      server = null;
      await done;
      if (insideTransaction) killsInsideTransaction += 1;
      return { answeredAfter, killedPid: victim.child.pid ?? null, insideTransaction };
    };

    if (scenario === 'units') {
      const file = unitFile(round);
      const upload = multipart(file.name, await file.build());
      const inFlight = send(url(), admin, {
        method: 'POST',
        path: '/api/units/import',
        body: upload.payload,
        headers: upload.headers,
      });
      const kill = await killPoint(single(inFlight));
      const answer = await inFlight.answer;
      if (answer) {
        expect(answer.status, answer.body.toString().slice(0, 500)).toBe(200);
        expect(answer.json()).toEqual({ imported: UNITS_PER_IMPORT, successions: 0 });
      }
      return { kill, check: async () => verifyUnits(round, file.prefix, isOk(answer)) };
    }

    if (scenario === 'documents') {
      const answers: (HttpAnswer | null)[] = Array.from({ length: DOCUMENTS_PER_BATCH }, () => null);
      const kill = await killPoint(fireDocuments(round, answers));
      for (const a of answers) if (a) expect(a.status, a.body.toString().slice(0, 300)).toBe(201);
      return { kill, check: async () => verifyDocuments(round, answers) };
    }

    if (scenario === 'excel') {
      const unitId = communeIds[round % communeIds.length]!;
      const value = 1 + Math.floor(random() * 900);
      const { body, cells } = await buildExcelUpload(unitId, value);
      expect(cells).toBeGreaterThanOrEqual(3);
      const upload = multipart(`so-lieu-${round}.xlsx`, body);
      const inFlight = send(url(), officer, {
        method: 'POST',
        path: '/api/figures/upload',
        body: upload.payload,
        headers: upload.headers,
      });
      const kill = await killPoint(single(inFlight));
      const answer = await inFlight.answer;
      if (answer) {
        expect(answer.status, answer.body.toString().slice(0, 500)).toBe(200);
        expect(answer.json()).toEqual({ changed: cells });
      }
      return { kill, check: async () => verifyExcel(round, unitId, value, cells, body, isOk(answer)) };
    }

    const reportIds = await prepareReports(round);
    const calls = reportIds.map((id) =>
      send(url(), commune, { method: 'POST', path: `/api/reports/${id}/submit` }),
    );
    let answered = 0;
    const kill = await killPoint({
      total: calls.length,
      started: Promise.all(calls.map((c) => c.sent)).then(() => {}),
      answered: () => answered,
      done: Promise.all(
        calls.map((c) =>
          c.answer.then((a) => {
            if (a) answered += 1;
          }),
        ),
      ).then(() => {}),
    });
    const answers = await Promise.all(calls.map((c) => c.answer));
    for (const a of answers) if (a) expect(a.status, a.body.toString().slice(0, 300)).toBe(200);
    return { kill, check: async () => verifyReports(round, reportIds, answers) };
  }

  // ---- checks after the restart, through the API a person uses ---------------------------------

  async function countUnitImportAudits(): Promise<number> {
    const page = await call(url(), admin, { path: '/api/audit?entityType=unit&action=import&pageSize=1' });
    expect(page.status).toBe(200);
    return page.json<{ total: number }>().total;
  }

  async function verifyUnits(round: number, prefix: string, acknowledged: boolean): Promise<string> {
    const byCode = async (code: string) =>
      (await call(url(), admin, { path: `/api/units?q=${code}&historic=true` })).json<{
        items: { id: number }[];
      }>().items;
    const first = await byCode(`${prefix}01`);
    const last = await byCode(`${prefix}${pad(DISTRICTS)}`);
    let lastChildren = 0;
    if (last[0]) {
      const children = await call(url(), admin, {
        path: `/api/units?parentId=${last[0].id}&historic=true&limit=200`,
      });
      lastChildren = children.json<{ items: unknown[] }>().items.length;
    }
    const present = first.length === 1 && last.length === 1 && lastChildren === COMMUNES_PER_DISTRICT;
    const absent = first.length === 0 && last.length === 0;
    expect(
      present || absent,
      `units half applied: first ${first.length}, last ${last.length}, children ${lastChildren}`,
    ).toBe(true);
    if (acknowledged) expect(present).toBe(true);
    // The audit trail is part of the same transaction: one entry per unit, or none.
    if (present) unitImportsApplied += 1;
    expect(await countUnitImportAudits()).toBe(unitImportAudits + unitImportsApplied * UNITS_PER_IMPORT);
    records.push({ round, scenario: 'units', prefix, acknowledged, present });
    return `${acknowledged ? 'acknowledged' : 'not acknowledged'}, ${present ? `all ${UNITS_PER_IMPORT}` : 'none'} present`;
  }

  async function verifyDocuments(round: number, answers: (HttpAnswer | null)[]): Promise<string> {
    const count = async (token: string) =>
      (await call(url(), officer, { path: `/api/documents?q=${token}&pageSize=100` })).json<{
        total: number;
        items: { id: number }[];
      }>();
    let present = 0;
    const missing: number[] = [];
    for (let n = 1; n <= DOCUMENTS_PER_BATCH; n += 1) {
      const found = await count(`VB${pad(round)}N${pad(n)}`);
      expect(found.total, `document ${n} registered twice`).toBeLessThanOrEqual(1);
      const answer = answers[n - 1];
      if (answer) expect(found.items.map((i) => i.id)).toEqual([answer.json<{ id: number }>().id]);
      if (found.total === 1) present += 1;
      else missing.push(n);
    }
    // Resuming is sending what the registry lacks; each document is its own transaction.
    for (const n of missing) {
      const upload = multipart(`vb-${round}-${n - 1}.txt`, documentText(round, n));
      const again = await call(url(), officer, {
        method: 'POST',
        path: '/api/documents',
        body: upload.payload,
        headers: upload.headers,
      });
      expect(again.status, again.body.toString().slice(0, 300)).toBe(201);
    }
    expect((await count(`VB${pad(round)}N`)).total).toBe(DOCUMENTS_PER_BATCH);
    const acknowledged = answers.filter(isOk).length;
    records.push({
      round,
      scenario: 'documents',
      files: Array.from({ length: DOCUMENTS_PER_BATCH }, (_, i) => {
        const bytes = Buffer.from(documentText(round, i + 1));
        return {
          token: `VB${pad(round)}N${pad(i + 1)}`,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          size: bytes.length,
        };
      }),
      acknowledged,
    });
    return `${acknowledged}/${DOCUMENTS_PER_BATCH} acknowledged, ${present} present after restart, ${missing.length} sent again`;
  }

  async function verifyExcel(
    round: number,
    unitId: number,
    value: number,
    cells: number,
    body: Buffer,
    acknowledged: boolean,
  ): Promise<string> {
    const values = await gridValues(unitId);
    const present =
      values.filter((v) => v !== null).length === cells && values.every((v) => v === null || v === value);
    const absent = values.every((v) => v === null);
    expect(
      present || absent,
      `upload half applied: ${values.filter((v) => v !== null).length}/${cells} cells`,
    ).toBe(true);
    if (acknowledged) expect(present).toBe(true);
    if (absent) {
      const upload = multipart(`so-lieu-${round}.xlsx`, body);
      const again = await call(url(), officer, {
        method: 'POST',
        path: '/api/figures/upload',
        body: upload.payload,
        headers: upload.headers,
      });
      expect(again.status, again.body.toString().slice(0, 300)).toBe(200);
      expect((await gridValues(unitId)).filter((v) => v === value)).toHaveLength(cells);
    }
    records.push({
      round,
      scenario: 'excel',
      unitId,
      period: entryPeriod,
      value,
      cells,
      acknowledged,
      present,
    });
    return `${acknowledged ? 'acknowledged' : 'not acknowledged'}, ${present ? `all ${cells} cells` : 'no cell'} present`;
  }

  async function verifyReports(
    round: number,
    ids: number[],
    answers: (HttpAnswer | null)[],
  ): Promise<string> {
    const read = async (id: number) =>
      (await call(url(), commune, { path: `/api/reports/${id}` })).json<{
        state: string;
        version: number;
        versions: { version: number }[];
      }>();
    let submitted = 0;
    for (const [i, id] of ids.entries()) {
      const report = await read(id);
      if (answers[i]) expect(report.state, `report ${id} acknowledged`).toBe('submitted');
      if (report.state === 'submitted') {
        expect(report.versions.map((v) => v.version)).toEqual([report.version]);
        submitted += 1;
      } else {
        expect(report.state).toBe('draft');
        expect(report.versions).toEqual([]);
        const again = await call(url(), commune, { method: 'POST', path: `/api/reports/${id}/submit` });
        expect(again.status, again.body.toString().slice(0, 300)).toBe(200);
        expect((await read(id)).state).toBe('submitted');
      }
    }
    const acknowledged = answers.filter(isOk).length;
    records.push({ round, scenario: 'reports', reportIds: ids, acknowledged });
    return `${acknowledged}/${ids.length} acknowledged, ${submitted} submitted after restart, ${ids.length - submitted} still draft (then sent)`;
  }

  // ---- the test -------------------------------------------------------------------------------

  beforeAll(async () => {
    console.log(`crash test on ${KIND}: seed ${SEED} (replay with QPTD_CRASH_SEED=${SEED})`);
    if (KIND === 'postgres') {
      const client = new pg.Client({ connectionString: pgBase });
      await client.connect();
      await client.query(`create database ${pgName}`);
      await client.end();
      const target = new URL(pgBase);
      target.pathname = `/${pgName}`;
      pgUrl = target.toString();
      monitor = new pg.Client({ connectionString: pgBase });
      await monitor.connect();
      env = { DATABASE_URL: pgUrl };
    } else {
      env = { QPTD_DATA_DIR: dataDir, DATABASE_URL: '' };
    }
    await ensureServer();
    admin = await signInOverHttp(url(), 'admin.tinh');
    officer = await signInOverHttp(url(), 'canbo.tinh');
    commune = await signInOverHttp(url(), 'canbo.dongkinh');
    const province = officer.user.unit.id;
    communeIds = (await call(url(), officer, { path: `/api/units?parentId=${province}&limit=200` }))
      .json<{ items: { id: number }[] }>()
      .items.map((u) => u.id);
    const catalogue = (await call(url(), officer, { path: '/api/indicators' })).json<{
      sets: { id: number; code: string }[];
    }>();
    yearSetId = catalogue.sets.find((s) => s.code === 'QPQSDP_NAM')!.id;
    const forms = (await call(url(), commune, { path: '/api/report-forms' })).json<{
      items: { id: number; code: string; sections: { key: string }[] }[];
    }>().items;
    const form = (code: string) => forms.find((f) => f.code === code)!;
    formIds = { year: form('BC_QPQSDP_NAM').id, halfYear: form('BC_QPQSDP_6T').id };
    sectionKeys = form('BC_QPQSDP_NAM').sections.map((s) => s.key);
    unitImportAudits = await countUnitImportAudits();
    expect(form('BC_QPQSDP_6T').sections.map((s) => s.key)).toEqual(sectionKeys);

    // Round 0 runs every workload to the end: it proves each one succeeds when nobody kills the
    // server (so an "absent" outcome later means the crash, not a broken request) and times it.
    const took: string[] = [];
    for (const scenario of SCENARIOS) {
      const { kill, check } = await runScenario(scenario, 0, null, seededRandom(SEED));
      if (scenario === 'units' || scenario === 'excel') estimateMs[scenario] = kill.answeredAfter!;
      took.push(`${scenario} ${kill.answeredAfter} ms`);
      const summary = await check();
      expect(everythingAcknowledged(records.at(-1)!), `round 0 ${scenario}: ${summary}`).toBe(true);
    }
    console.log(`round 0 (no kill) took: ${took.join(', ')}`);
  }, 300_000);

  afterAll(async () => {
    if (server) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
    await monitor?.end();
    if (KIND === 'postgres' && pgUrl) {
      const client = new pg.Client({ connectionString: pgBase });
      await client.connect();
      await client.query(`drop database if exists ${pgName} with (force)`);
      await client.end();
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  for (let round = 1; round <= ROUNDS; round += 1) {
    const scenario = SCENARIOS[(round - 1) % SCENARIOS.length]!;
    it(`round ${round}/${ROUNDS}: SIGKILL during ${scenario}, restart, nothing acknowledged lost, nothing half applied`, async () => {
      const random = seededRandom(SEED * 31 + round);
      // One big request dies anywhere from right after its upload to past the time it took
      // unkilled; a batch dies just after a random number of its answers came back.
      const size = scenario === 'documents' ? DOCUMENTS_PER_BATCH : REPORT_YEARS_PER_ROUND * 3;
      const single = scenario === 'units' || scenario === 'excel' ? scenario : null;
      const plan: KillPlan = single
        ? { delay: Math.round(random() * 1.5 * estimateMs[single]) }
        : { answers: Math.floor(random() * size), jitter: Math.round(random() * 15) };
      const when =
        'delay' in plan
          ? `kill ${plan.delay} ms after the upload`
          : `kill ${plan.jitter} ms after answer ${plan.answers}/${size}`;
      const at = `round ${round} (${scenario}, seed ${SEED}, ${when})`;
      try {
        await ensureServer();
        const { kill, check } = await runScenario(scenario, round, plan, random);
        if (single && 'delay' in plan) {
          // Unanswered means the work takes longer than the delay drawn: aim later next time.
          estimateMs[single] = kill.answeredAfter ?? Math.max(estimateMs[single], 1.5 * plan.delay);
        }
        if (KIND === 'pglite') {
          // The dead server's lock is still there: the restart must take it over, not refuse.
          expect(fs.readFileSync(path.join(dataDir, 'qptd.lock'), 'utf8').trim()).toBe(
            String(kill.killedPid),
          );
        }
        const t0 = performance.now();
        await ensureServer();
        const restartMs = Math.round(performance.now() - t0);
        expect(server!.output()).not.toContain('Đã nạp dữ liệu mẫu');
        const summary = await check();
        const answered = kill.answeredAfter === null ? '' : `answered after ${kill.answeredAfter} ms, `;
        const inside =
          kill.insideTransaction === null
            ? ''
            : `write transaction open at the kill: ${kill.insideTransaction ? 'yes' : 'no'}, `;
        const line = `${at}: ${answered}${inside}restart ${restartMs} ms; ${summary}`;
        log.push(line);
        console.log(line);
      } catch (error) {
        (error as Error).message = `${at}: ${(error as Error).message}`;
        throw error;
      }
    }, 120_000);
  }

  it('stops cleanly, and the database holds every round whole (checked in SQL)', async () => {
    if (server) {
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      server = null;
    }
    if (KIND === 'pglite') expect(fs.existsSync(path.join(dataDir, 'qptd.lock'))).toBe(false);
    const database: Database = await openDatabase(
      KIND === 'postgres' ? { kind: 'postgres', url: pgUrl, poolSize: 2 } : { kind: 'pglite', dataDir },
    );
    try {
      for (const r of records) {
        const at = `round ${r.round} (${r.scenario}, seed ${SEED})`;
        if (r.scenario === 'units') {
          const [row] = await queryRows<{ units: number; audited: number; misplaced: number }>(
            database.db,
            sql`select count(*)::int as units,
                       count(a.id)::int as audited,
                       count(*) filter (where u.kind = 'xa' and p.code <> left(u.code, ${r.prefix.length + 2}))::int as misplaced
                  from units u
                  join units p on p.id = u.parent_id
                  left join audit_log a on a.entity_type = 'unit' and a.action = 'import' and a.entity_id = u.id::text
                 where u.code like ${`${r.prefix}%`}`,
          );
          expect(row, at).toEqual({
            units: r.present ? UNITS_PER_IMPORT : 0,
            audited: r.present ? UNITS_PER_IMPORT : 0,
            misplaced: 0,
          });
        } else if (r.scenario === 'documents') {
          for (const f of r.files) {
            const rows = await queryRows<{ sha: string; size: number; bytes: number; audits: number }>(
              database.db,
              sql`select d.file_sha256 as sha, d.file_size as size, octet_length(d.file_data)::int as bytes,
                         (select count(*)::int from audit_log a
                           where a.entity_type = 'document' and a.action = 'register' and a.entity_id = d.id::text) as audits
                    from documents d where d.body like ${`%${f.token}%`}`,
            );
            expect(rows, `${at} ${f.token}`).toEqual([
              { sha: f.sha256, size: f.size, bytes: f.size, audits: 1 },
            ]);
          }
        } else if (r.scenario === 'excel') {
          const [row] = await queryRows<{ cells: number; wrong: number; audited: number }>(
            database.db,
            sql`select count(*)::int as cells, count(*) filter (where value <> ${r.value})::int as wrong,
                       (select count(*)::int from audit_log a where a.entity_type = 'data_value' and a.action = 'create'
                          and a.entity_id like ${`%|${r.unitId}|${r.period}`}) as audited
                  from data_values where unit_id = ${r.unitId} and period_code = ${r.period}`,
          );
          expect(row, at).toEqual({ cells: r.cells, wrong: 0, audited: r.cells });
        } else {
          const rows = await queryRows<{ id: string; state: string; versions: number; submits: number }>(
            database.db,
            sql`select r.id, r.state,
                       (select count(*)::int from report_versions v where v.report_id = r.id and v.version = r.version) as versions,
                       (select count(*)::int from audit_log a
                         where a.entity_type = 'report' and a.action = 'submit' and a.entity_id = r.id::text) as submits
                  from reports r where r.id in (${sql.join(
                    r.reportIds.map((id) => sql`${id}`),
                    sql`, `,
                  )})`,
          );
          expect(rows, at).toHaveLength(r.reportIds.length);
          for (const report of rows)
            expect(report, at).toMatchObject({ state: 'submitted', versions: 1, submits: 1 });
        }
      }
      // Every maintained total of the uploaded period equals the sum recomputed from the figures.
      const recomputed = sql`
        select dv.indicator_id, dv.category, m.target as unit_id, dv.period_code, sum(dv.value) as total,
               case when i.aggregation = 'max' then max(dv.value) end as maximum, count(*)::int as contributors
          from data_values dv
          join indicators i on i.id = dv.indicator_id
          join (${ROLLUP_MAP_SQL}) m on m.origin = dv.unit_id
         where dv.period_code = ${entryPeriod}
         group by dv.indicator_id, dv.category, m.target, dv.period_code, i.aggregation`;
      const maintained = sql`
        select indicator_id, category, unit_id, period_code, total, maximum, contributors
          from data_rollups where period_code = ${entryPeriod} and contributors > 0`;
      const [drift] = await queryRows<{ missing: number; extra: number; rows: number }>(
        database.db,
        sql`select (select count(*)::int from (${recomputed} except ${maintained}) a) as missing,
                   (select count(*)::int from (${maintained} except ${recomputed}) b) as extra,
                   (select count(*)::int from (${maintained}) c) as rows`,
      );
      expect(drift!.rows).toBeGreaterThan(0);
      expect(drift).toMatchObject({ missing: 0, extra: 0 });
    } finally {
      await database.close();
    }
    const rounds = records.filter((r) => r.round > 0);
    expect(rounds).toHaveLength(ROUNDS);
    const interrupted = rounds.filter((r) => !everythingAcknowledged(r));
    console.log(
      `crash test on ${KIND}, seed ${SEED}: ${rounds.length}/${ROUNDS} rounds passed, ` +
        `${interrupted.length} killed before every answer came back` +
        (monitor ? `, ${killsInsideTransaction} with a write transaction open` : '') +
        `\n${log.join('\n')}`,
    );
  }, 120_000);
});
