import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/server/db/query-rows.ts';
import type { TConscriptionYear } from '../../src/shared/schemas/conscription.ts';
import { type Agent, createTestApp, type TestApp, unitIdByName } from '../helpers/app.ts';
import { testDatabaseKind } from '../helpers/database.ts';

interface Figure {
  code: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

const EMPTY_STEPS = {
  listed17: null,
  registered: null,
  examined: null,
  fit: null,
  handedOver: null,
  handoverOn: null,
  notes: null,
};

describe(`conscription register on ${testDatabaseKind()}`, () => {
  let t: TestApp;
  let provinceLeader: Agent;
  let provinceOfficer: Agent;
  let communeOfficer: Agent;
  let communeLeader: Agent;
  let viewer: Agent;
  let provinceId: number;
  let dongKinh: number;
  let luongVanTri: number;

  const year = async (agent: Agent, unitId: number, y = 2026) => {
    const res = await agent.request({ url: `/api/conscription?unitId=${unitId}&year=${y}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as TConscriptionYear;
  };
  const setQuotas = (agent: Agent, body: Record<string, unknown>) =>
    agent.request({ method: 'PUT', url: '/api/conscription/quotas', payload: { year: 2026, ...body } });
  const saveSteps = (agent: Agent, unitId: number, steps: Record<string, unknown>, y = 2026) =>
    agent.request({
      method: 'PUT',
      url: '/api/conscription/steps',
      payload: { unitId, year: y, ...EMPTY_STEPS, ...steps },
    });
  const figure = async (unitId: number, code: string, period: string) => {
    const res = await provinceLeader.request({ url: `/api/dashboard?unitId=${unitId}&period=${period}` });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { indicators: Figure[] }).indicators.find((i) => i.code === code)!;
  };
  const ownValue = async (unitId: number, code: string, period: string) => {
    const rows = await queryRows<{ value: number }>(
      t.database.db,
      sql`select dv.value::float8 as value from data_values dv join indicators i on i.id = dv.indicator_id
           where i.code = ${code} and dv.unit_id = ${unitId} and dv.period_code = ${period}`,
    );
    return rows[0]?.value ?? null;
  };
  const auditCount = async () =>
    (
      await queryRows<{ n: number }>(
        t.database.db,
        sql`select count(*)::int as n from audit_log where entity_type in ('conscription_year', 'data_value')`,
      )
    )[0]!.n;

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-02T02:00:00Z' });
    provinceLeader = await t.signIn('lanhdao.tinh');
    provinceOfficer = await t.signIn('canbo.tinh');
    communeOfficer = await t.signIn('canbo.dongkinh');
    communeLeader = await t.signIn('lanhdao.dongkinh');
    viewer = await t.signIn('xem.tinh');
    provinceId = provinceLeader.user.unit.id;
    dongKinh = communeOfficer.user.unit.id;
    luongVanTri = await unitIdByName(t.database, 'Phường Lương Văn Tri');
  });
  afterAll(async () => t?.close());

  it('lists the communes of the handover year with the legal calendar as deadlines', async () => {
    const board = await year(provinceLeader, provinceId);
    expect(board.today).toBe('2026-03-02');
    expect(board.unit.unitName).toBe('Tỉnh Lạng Sơn');
    const names = board.children.map((c) => c.unitName);
    expect(names).toContain('Phường Đông Kinh');
    // The districts dissolved in 2025 took no part in the 2026 handover.
    expect(board.children.every((c) => c.level === 3)).toBe(true);
    expect(board.calendar.map((s) => [s.step, s.from, s.to, s.state])).toEqual([
      ['list', '2025-01-01', '2025-01-31', 'late'],
      ['registration', '2025-04-01', '2025-04-30', 'late'],
      ['examination', '2025-11-01', '2025-12-31', 'late'],
      ['handover', '2026-02-01', '2026-03-31', 'open'],
    ]);
    expect(board.calendar[0]!.totalUnits).toBe(board.children.length);
    expect(board.actions).toEqual({ setQuota: true, splitQuota: true });
    expect((await year(communeLeader, dongKinh)).actions).toEqual({ setQuota: false, splitQuota: false });
  });

  it("takes the province's quota from its leader only, and counts it once as a figure", async () => {
    const officerTry = await setQuotas(provinceOfficer, { unitId: provinceId, quota: 45 });
    expect(officerTry.statusCode).toBe(403);
    expect(officerTry.json().error.message).toBe('Chỉ lãnh đạo đơn vị mới giao chỉ tiêu tuyển quân.');
    const communeTry = await setQuotas(communeLeader, { unitId: dongKinh, quota: 45 });
    expect(communeTry.statusCode).toBe(403);
    expect(communeTry.json().error.message).toBe(
      'Chỉ tiêu tuyển quân của Phường Đông Kinh do cấp trên phân bổ.',
    );

    const res = await setQuotas(provinceLeader, { unitId: provinceId, quota: 45 });
    expect(res.statusCode, res.body).toBe(200);
    const board = res.json() as TConscriptionYear;
    expect(board.unit.quota).toBe(45);
    expect(board.split).toEqual({ quota: 45, allocated: null, isBalanced: true });
    expect((await figure(provinceId, 'TQ_CHI_TIEU', '2026')).value).toBe(45);
    expect(await ownValue(provinceId, 'TQ_CHI_TIEU', '2026')).toBe(45);
  });

  it('refuses a split that does not add up, naming both totals, and writes nothing', async () => {
    const before = await auditCount();
    const res = await setQuotas(provinceLeader, {
      unitId: provinceId,
      allocations: [
        { unitId: dongKinh, quota: 20 },
        { unitId: luongVanTri, quota: 20 },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe(
      'Tổng chỉ tiêu phân bổ cho các đơn vị trực thuộc (40) phải bằng chỉ tiêu của Tỉnh Lạng Sơn (45).',
    );
    expect(await auditCount()).toBe(before);
    const rows = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from conscription_years where unit_id in (${dongKinh}, ${luongVanTri})`,
    );
    expect(rows[0]!.n).toBe(0);
    expect((await figure(provinceId, 'TQ_CHI_TIEU', '2026')).value).toBe(45);
  });

  it('refuses to split for units that are not directly under the unit, and refuses officers', async () => {
    const stranger = await setQuotas(communeLeader, {
      unitId: dongKinh,
      allocations: [{ unitId: luongVanTri, quota: 1 }],
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().error.message).toMatch(
      /^Chỉ phân bổ chỉ tiêu cho các đơn vị trực thuộc Phường Đông Kinh/,
    );
    const officer = await setQuotas(provinceOfficer, {
      unitId: provinceId,
      allocations: [{ unitId: dongKinh, quota: 45 }],
    });
    expect(officer.statusCode).toBe(403);
    const duplicate = await setQuotas(provinceLeader, {
      unitId: provinceId,
      allocations: [
        { unitId: dongKinh, quota: 40 },
        { unitId: dongKinh, quota: 5 },
      ],
    });
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.json().error.message).toMatch(/Một đơn vị xuất hiện hai lần/);
  });

  it('splits the quota among communes: the province total stays the quota, carried by the parts', async () => {
    const res = await setQuotas(provinceLeader, {
      unitId: provinceId,
      allocations: [
        { unitId: dongKinh, quota: 30 },
        { unitId: luongVanTri, quota: 15 },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const board = res.json() as TConscriptionYear;
    expect(board.split).toEqual({ quota: 45, allocated: 45, isBalanced: true });
    expect(board.unit.totals.quota).toBe(45);
    expect(board.children.find((c) => c.unitId === dongKinh)!.quota).toBe(30);
    expect((await figure(provinceId, 'TQ_CHI_TIEU', '2026')).value).toBe(45);
    expect(await ownValue(provinceId, 'TQ_CHI_TIEU', '2026')).toBeNull();
    expect(await ownValue(dongKinh, 'TQ_CHI_TIEU', '2026')).toBe(30);
    const audit = await queryRows<{ action: string; unit_id: string; after: { quota: number } }>(
      t.database.db,
      sql`select action, unit_id, after from audit_log where entity_type = 'conscription_year' and action = 'split_quota' order by id`,
    );
    expect(audit.map((a) => [Number(a.unit_id), a.after.quota])).toEqual([
      [dongKinh, 30],
      [luongVanTri, 15],
    ]);
  });

  it("refuses to change the province's quota alone once split, and accepts it with a new split", async () => {
    const alone = await setQuotas(provinceLeader, { unitId: provinceId, quota: 50 });
    expect(alone.statusCode).toBe(400);
    expect(alone.json().error.message).toBe(
      'Tổng chỉ tiêu phân bổ cho các đơn vị trực thuộc (45) phải bằng chỉ tiêu của Tỉnh Lạng Sơn (50).',
    );
    expect((await year(provinceLeader, provinceId)).unit.quota).toBe(45);
    const both = await setQuotas(provinceLeader, {
      unitId: provinceId,
      quota: 50,
      allocations: [{ unitId: dongKinh, quota: 35 }],
    });
    expect(both.statusCode, both.body).toBe(200);
    expect((both.json() as TConscriptionYear).split).toEqual({ quota: 50, allocated: 50, isBalanced: true });
    expect((await figure(provinceId, 'TQ_CHI_TIEU', '2026')).value).toBe(50);
  });

  it('checks the step counts: the fit among the examined, only the fit handed over, dates in February–March', async () => {
    const tooFit = await saveSteps(communeOfficer, dongKinh, { examined: 40, fit: 41 });
    expect(tooFit.statusCode).toBe(400);
    expect(tooFit.json().error.message).toContain(
      'Số đủ điều kiện nhập ngũ (41) không được lớn hơn số đã khám (40).',
    );
    expect(tooFit.json().error.details.issues[0].path).toBe('body/fit');
    const tooMany = await saveSteps(communeOfficer, dongKinh, { examined: 40, fit: 36, handedOver: 37 });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.message).toContain(
      'Số đã giao quân (37) không được lớn hơn số đủ điều kiện nhập ngũ (36).',
    );
    const noDate = await saveSteps(communeOfficer, dongKinh, { examined: 40, fit: 36, handedOver: 30 });
    expect(noDate.statusCode).toBe(400);
    expect(noDate.json().error.message).toContain('Cần nhập ngày giao quân.');
    const june = await saveSteps(communeOfficer, dongKinh, {
      examined: 40,
      fit: 36,
      handedOver: 30,
      handoverOn: '2026-06-10',
    });
    expect(june.statusCode).toBe(400);
    expect(june.json().error.message).toContain('Ngày giao quân (10/06/2026) ngoài tháng 2–3');
    const wrongYear = await saveSteps(communeOfficer, dongKinh, {
      handedOver: 30,
      fit: 30,
      handoverOn: '2025-02-14',
    });
    expect(wrongYear.statusCode).toBe(400);
    expect(wrongYear.json().error.message).toContain('phải thuộc năm 2026');
    const negative = await saveSteps(communeOfficer, dongKinh, { listed17: -1 });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error.message).toMatch(/không được âm/);
    const badYear = await communeOfficer.request({ url: `/api/conscription?unitId=${dongKinh}&year=1990` });
    expect(badYear.statusCode).toBe(400);
    expect(badYear.json().error.message).toMatch(/Năm phải từ 2000/);
  });

  it('refuses recruits handed over on a day still to come', async () => {
    const res = await saveSteps(communeOfficer, dongKinh, {
      examined: 40,
      fit: 36,
      handedOver: 30,
      handoverOn: '2026-03-15',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe(
      'Ngày giao quân (15/03/2026) chưa đến: chỉ nhập số đã giao quân từ ngày đó.',
    );
    expect(res.json().error.details.issues[0].path).toBe('body/handoverOn');
  });

  it('accepts a handover outside February–March when a note says why, and flags it', async () => {
    const res = await saveSteps(communeOfficer, dongKinh, {
      examined: 40,
      fit: 36,
      handedOver: 2,
      handoverOn: '2026-01-20',
      notes: 'Giao quân sớm theo lệnh của Bộ CHQS tỉnh',
    });
    expect(res.statusCode, res.body).toBe(200);
    const own = (await year(communeOfficer, dongKinh)).unit;
    expect(own.handoverOutsideWindow).toBe(true);
  });

  it('refuses viewers (403) and units outside the scope (404)', async () => {
    const read = await viewer.request({ url: `/api/conscription?unitId=${dongKinh}&year=2026` });
    expect(read.statusCode).toBe(200);
    const write = await saveSteps(viewer, dongKinh, { listed17: 10 });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.message).toMatch(/chỉ được xem/);
    const neighbourRead = await communeOfficer.request({
      url: `/api/conscription?unitId=${luongVanTri}&year=2026`,
    });
    expect(neighbourRead.statusCode).toBe(404);
    const neighbourWrite = await saveSteps(communeOfficer, luongVanTri, { listed17: 10 });
    expect(neighbourWrite.statusCode).toBe(404);
    expect(neighbourWrite.json().error.code).toBe('not_found');
    const neighbourSplit = await setQuotas(communeLeader, { unitId: luongVanTri, quota: 3 });
    expect(neighbourSplit.statusCode).toBe(404);
  });

  it("rolls the province's fulfilment up as Σ handed over ÷ Σ quota, never a mean of rates", async () => {
    const dk = await saveSteps(communeOfficer, dongKinh, {
      listed17: 120,
      registered: 118,
      examined: 40,
      fit: 36,
      handedOver: 30,
      handoverOn: '2026-02-14',
    });
    expect(dk.statusCode, dk.body).toBe(200);
    // The province's officer enters for a commune that has no account of its own.
    const lvt = await saveSteps(provinceOfficer, luongVanTri, {
      listed17: 80,
      registered: 70,
      examined: 20,
      fit: 16,
      handedOver: 12,
      handoverOn: '2026-02-14',
    });
    expect(lvt.statusCode, lvt.body).toBe(200);
    // Đông Kinh 30/35 = 85.71 %, Lương Văn Tri 12/15 = 80 %: the mean would be 82.86 %, the truth 42/50.
    const rate = await figure(provinceId, 'TQ_TY_LE', '2026');
    expect([rate.numerator, rate.denominator, rate.value]).toEqual([42, 50, 84]);
    expect((await figure(dongKinh, 'TQ_TY_LE', '2026')).value).toBe(85.71);
    // Listing and first registration are the work of 2025 (the men turning 17 that year).
    const registration = await figure(provinceId, 'NVQS_TY_LE_DANG_KY', '2025');
    expect([registration.numerator, registration.denominator]).toEqual([188, 200]);
    expect(await ownValue(dongKinh, 'NVQS_NAM_17', '2026')).toBeNull();

    const board = await year(provinceLeader, provinceId);
    expect(board.unit.totals).toEqual({
      quota: 50,
      listed17: 200,
      registered: 188,
      examined: 60,
      fit: 52,
      handedOver: 42,
    });
    expect(board.unit.fulfilmentPercent).toBe(84);
    expect(board.registrationPercent).toBe(94);
    const handover = board.calendar.find((s) => s.step === 'handover')!;
    expect([handover.doneUnits, handover.state]).toEqual([2, 'open']);

    // Editing moves the roll-up; clearing removes the unit's figures.
    await saveSteps(provinceOfficer, luongVanTri, {
      listed17: 80,
      registered: 70,
      examined: 20,
      fit: 16,
      handedOver: 15,
      handoverOn: '2026-02-14',
    });
    expect((await figure(provinceId, 'TQ_TY_LE', '2026')).value).toBe(90);
    await saveSteps(provinceOfficer, luongVanTri, {});
    expect((await figure(provinceId, 'TQ_DA_GIAO', '2026')).value).toBe(30);
    expect(await ownValue(luongVanTri, 'NVQS_NAM_17', '2025')).toBeNull();
  });

  it('audits each write with before and after, and skips an unchanged save', async () => {
    const audit = await queryRows<{ action: string; before: unknown; after: { handedOver: number } }>(
      t.database.db,
      sql`select action, before, after from audit_log
           where entity_type = 'conscription_year' and entity_id = ${`${dongKinh}|2026`} and action in ('create', 'update')
           order by id desc limit 1`,
    );
    expect(audit[0]!.after.handedOver).toBe(30);
    const before = await auditCount();
    const same = await saveSteps(communeOfficer, dongKinh, {
      listed17: 120,
      registered: 118,
      examined: 40,
      fit: 36,
      handedOver: 30,
      handoverOn: '2026-02-14',
    });
    expect(same.statusCode).toBe(200);
    expect(await auditCount()).toBe(before);
  });

  it("shows the fulfilment target the province set, and exports the year's table", async () => {
    const catalogue = (await provinceLeader.request({ url: '/api/indicators' })).json();
    const rateId = catalogue.indicators.find((i: { code: string }) => i.code === 'TQ_TY_LE').id;
    const target = await provinceLeader.request({
      method: 'POST',
      url: '/api/targets',
      payload: { indicatorId: rateId, unitId: provinceId, period: '2026', min: 100 },
    });
    expect(target.statusCode, target.body).toBe(201);
    expect((await year(provinceLeader, provinceId)).targets.fulfilment).toEqual({ min: 100, max: null });

    const res = await provinceLeader.request({
      url: `/api/conscription.xlsx?unitId=${provinceId}&year=2026`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('Tuyển quân năm 2026 — Tỉnh Lạng Sơn');
    const lines: unknown[][] = [];
    sheet.eachRow((row) => lines.push((row.values as unknown[]).slice(1)));
    const dk = lines.find((l) => l[1] === 'Phường Đông Kinh')!;
    expect(dk.slice(2, 10)).toEqual([35, 120, 118, 40, 36, 30, '14/02/2026', 85.71]);
    expect(lines.some((l) => l[1] === 'Tổng Tỉnh Lạng Sơn' && l[2] === 50 && l[7] === 30)).toBe(true);
    expect(lines.some((l) => l[1] === 'Giao nhận quân')).toBe(true);
  });
});
