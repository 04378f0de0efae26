import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/server/db/query-rows.ts';
import type { TMilitiaYear } from '../../src/shared/schemas/militia.ts';
import { type Agent, createTestApp, type TestApp, unitIdByName } from '../helpers/app.ts';
import { testDatabaseKind } from '../helpers/database.ts';

interface Figure {
  code: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

const EMPTY = {
  forces: {},
  partyMembers: null,
  militiaPartyMembers: null,
  trainingSummoned: null,
  trainingAttended: null,
  hasMilitaryPartyCell: null,
  reservesAssigned: null,
  reservesMatchingSpecialty: null,
  notes: null,
};

const DONG_KINH = {
  forces: { co_dong: 30, tai_cho: 70 },
  partyMembers: 25,
  militiaPartyMembers: 20,
  trainingSummoned: 100,
  trainingAttended: 97,
  hasMilitaryPartyCell: true,
  reservesAssigned: 200,
  reservesMatchingSpecialty: 180,
  notes: 'Số liệu chốt 31/12',
};

const LUONG_VAN_TRI = {
  forces: { tai_cho: 50, tu_ve: 50 },
  partyMembers: 10,
  militiaPartyMembers: 4,
  trainingSummoned: 100,
  trainingAttended: 80,
  hasMilitaryPartyCell: false,
  reservesAssigned: 100,
  reservesMatchingSpecialty: 80,
  notes: null,
};

describe(`militia and reserve register on ${testDatabaseKind()}`, () => {
  let t: TestApp;
  let provinceLeader: Agent;
  let provinceOfficer: Agent;
  let communeOfficer: Agent;
  let viewer: Agent;
  let provinceId: number;
  let dongKinh: number;
  let luongVanTri: number;
  let communes: number;

  const save = (agent: Agent, unitId: number, body: Record<string, unknown>, year = 2026) =>
    agent.request({ method: 'PUT', url: '/api/militia', payload: { ...EMPTY, ...body, unitId, year } });
  const board = async (agent: Agent, unitId: number, year = 2026) => {
    const res = await agent.request({ url: `/api/militia?unitId=${unitId}&year=${year}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as TMilitiaYear;
  };
  const figure = async (code: string, period = '2026') => {
    const res = await provinceLeader.request({ url: `/api/dashboard?unitId=${provinceId}&period=${period}` });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { indicators: Figure[] }).indicators.find((i) => i.code === code)!;
  };

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-11-20T02:00:00Z' });
    provinceLeader = await t.signIn('lanhdao.tinh');
    provinceOfficer = await t.signIn('canbo.tinh');
    communeOfficer = await t.signIn('canbo.dongkinh');
    viewer = await t.signIn('xem.dongkinh');
    provinceId = provinceLeader.user.unit.id;
    dongKinh = communeOfficer.user.unit.id;
    luongVanTri = await unitIdByName(t.database, 'Phường Lương Văn Tri');
    const rows = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from units c join units p on p.id = ${provinceId}
           where c.level = 3 and c.path <@ p.path and c.valid_to is null`,
    );
    communes = rows[0]!.n;
  });
  afterAll(async () => t?.close());

  it('refuses parts larger than their wholes, naming both, and writes nothing', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { forces: { tai_cho: 10 }, partyMembers: 11 },
        'partyMembers',
        'Số đảng viên (11) không được lớn hơn tổng quân số DQTV (10).',
      ],
      [
        { forces: { tai_cho: 10, tu_ve: 10 }, partyMembers: 15, militiaPartyMembers: 12 },
        'militiaPartyMembers',
        'Số đảng viên trong dân quân (12) không được lớn hơn quân số dân quân (10).',
      ],
      [
        { trainingSummoned: 100, trainingAttended: 101 },
        'trainingAttended',
        'Số tham gia huấn luyện (101) không được lớn hơn số được triệu tập (100).',
      ],
      [
        { reservesAssigned: 50, reservesMatchingSpecialty: 51 },
        'reservesMatchingSpecialty',
        'Số xếp đúng chuyên nghiệp quân sự (51) không được lớn hơn số đã sắp xếp (50).',
      ],
    ];
    for (const [body, field, message] of cases) {
      const res = await save(communeOfficer, dongKinh, body);
      expect(res.statusCode, field).toBe(400);
      expect(res.json().error.message).toContain(message);
      expect(res.json().error.details.issues[0].path).toBe(`body/${field}`);
    }
    const unknownType = await save(communeOfficer, dongKinh, { forces: { ky_binh: 3 } });
    expect(unknownType.statusCode).toBe(400);
    expect(unknownType.json().error.message).toMatch(/[ạ-ỹđ]/);
    const cellAtProvince = await save(provinceOfficer, provinceId, { hasMilitaryPartyCell: true });
    expect(cellAtProvince.statusCode).toBe(400);
    expect(cellAtProvince.json().error.message).toBe(
      'Chỉ xã, phường, đặc khu mới ghi có hay chưa có chi bộ quân sự.',
    );
    const written = await queryRows<{ n: number }>(
      t.database.db,
      sql`select (select count(*) from militia_years)::int + (select count(*) from audit_log where entity_type = 'militia_year')::int as n`,
    );
    expect(written[0]!.n).toBe(0);
  });

  it('refuses viewers (403) and units outside the scope (404)', async () => {
    expect((await board(viewer, dongKinh)).unit.actions.edit).toBe(false);
    const write = await save(viewer, dongKinh, DONG_KINH);
    expect(write.statusCode).toBe(403);
    expect(write.json().error.message).toMatch(/chỉ được xem/);
    const read = await communeOfficer.request({ url: `/api/militia?unitId=${luongVanTri}&year=2026` });
    expect(read.statusCode).toBe(404);
    const other = await save(communeOfficer, luongVanTri, LUONG_VAN_TRI);
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe('not_found');
  });

  it('adds up the communes and computes rates as Σ parts ÷ Σ wholes', async () => {
    const dk = await save(communeOfficer, dongKinh, DONG_KINH);
    expect(dk.statusCode, dk.body).toBe(200);
    const lvt = await save(provinceOfficer, luongVanTri, LUONG_VAN_TRI);
    expect(lvt.statusCode, lvt.body).toBe(200);

    const year = await board(provinceLeader, provinceId);
    expect(year.children).toHaveLength(communes);
    expect(year.unit.totals).toEqual({
      forces: { co_dong: 30, tai_cho: 120, tu_ve: 50 },
      totalForce: 200,
      partyMembers: 35,
      militiaPartyMembers: 24,
      trainingSummoned: 200,
      trainingAttended: 177,
      reservesAssigned: 300,
      reservesMatchingSpecialty: 260,
      communes,
      communesWithPartyCell: 1,
    });
    expect(year.unit.rates).toEqual({
      partyMembers: 17.5,
      militiaPartyMembers: 16,
      trainingAttendance: 88.5,
      matchingSpecialty: 86.67,
      partyCell: Math.round((1 / communes) * 10000) / 100,
    });
    const own = year.children.find((c) => c.unitId === dongKinh)!;
    expect(own.own?.forces).toEqual({ co_dong: 30, tai_cho: 70 });
    expect(own.rates.trainingAttendance).toBe(97);
  });

  it("writes the figures: the province's training rate is Σ attended ÷ Σ summoned", async () => {
    const rate = await figure('DQTV_TY_LE_HL');
    // 97 % and 80 %: a mean would say 88.5 too, so the check that matters is the parts.
    expect([rate.numerator, rate.denominator, rate.value]).toEqual([177, 200, 88.5]);
    expect((await figure('DQTV_TONG_SO')).value).toBe(200);
    expect((await figure('DQTV_DANG_VIEN')).value).toBe(35);
    expect((await figure('DBDV_TY_LE_DUNG_CNQS')).value).toBe(86.67);
    const cell = await figure('DQTV_TY_LE_CHI_BO_QS');
    expect([cell.numerator, cell.denominator]).toEqual([1, communes]);

    // Uneven wholes: 97/100 and 40/50 is 137/150 = 91.33 %, not the mean 88.5 %.
    await save(provinceOfficer, luongVanTri, {
      ...LUONG_VAN_TRI,
      trainingSummoned: 50,
      trainingAttended: 40,
    });
    expect((await figure('DQTV_TY_LE_HL')).value).toBe(91.33);
    expect((await board(provinceLeader, provinceId)).unit.rates.trainingAttendance).toBe(91.33);

    // Clearing a commune's year removes its figures from every total.
    await save(provinceOfficer, luongVanTri, {});
    expect((await figure('DQTV_TONG_SO')).value).toBe(100);
    expect((await figure('DQTV_TY_LE_HL')).value).toBe(97);
  });

  it('audits each change in the same transaction and skips an unchanged save', async () => {
    const count = async () =>
      (
        await queryRows<{ n: number }>(
          t.database.db,
          sql`select count(*)::int as n from audit_log where entity_type = 'militia_year' and unit_id = ${dongKinh}`,
        )
      )[0]!.n;
    expect(await count()).toBe(1);
    // Same values, keys in another order: nothing changes.
    const same = await save(communeOfficer, dongKinh, { ...DONG_KINH, forces: { tai_cho: 70, co_dong: 30 } });
    expect(same.statusCode).toBe(200);
    expect(await count()).toBe(1);
    const edited = await save(communeOfficer, dongKinh, { ...DONG_KINH, trainingAttended: 99 });
    expect(edited.statusCode).toBe(200);
    expect(await count()).toBe(2);
    const [last] = await queryRows<{
      before: { trainingAttended: number };
      after: { trainingAttended: number };
    }>(
      t.database.db,
      sql`select before, after from audit_log where entity_type = 'militia_year' order by id desc limit 1`,
    );
    expect([last!.before.trainingAttended, last!.after.trainingAttended]).toEqual([97, 99]);
  });

  it('shows the targets of the rates and exports the table', async () => {
    const catalogue = (await provinceLeader.request({ url: '/api/indicators' })).json();
    const id = (code: string) => catalogue.indicators.find((i: { code: string }) => i.code === code).id;
    for (const [code, min] of [
      ['DQTV_TY_LE_HL', 94],
      ['DBDV_TY_LE_DUNG_CNQS', 85],
    ] as const) {
      const res = await provinceLeader.request({
        method: 'POST',
        url: '/api/targets',
        payload: { indicatorId: id(code), unitId: provinceId, level: 3, period: '2026', min },
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const commune = await board(communeOfficer, dongKinh);
    expect(commune.targets.trainingAttendance).toEqual({ min: 94, max: null });
    expect(commune.targets.matchingSpecialty).toEqual({ min: 85, max: null });
    expect(commune.targets.partyMembers).toBeNull();
    // A target for each commune is not the province's own.
    expect((await board(provinceLeader, provinceId)).targets.trainingAttendance).toBeNull();

    const res = await provinceLeader.request({ url: `/api/militia.xlsx?unitId=${provinceId}&year=2026` });
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const lines: unknown[][] = [];
    workbook.worksheets[0]!.eachRow((row) => lines.push((row.values as unknown[]).slice(1)));
    const header = lines.find((l) => l[1] === 'Đơn vị')!;
    const dk = lines.find((l) => l[1] === 'Phường Đông Kinh')!;
    const col = (name: string) => header.indexOf(name);
    expect(dk[col('Dân quân cơ động')]).toBe(30);
    expect(dk[col('Tổng quân số DQTV')]).toBe(100);
    expect(dk[col('Tỷ lệ tham gia huấn luyện (%)')]).toBe(99);
    expect(dk[col('Chi bộ quân sự')]).toBe('Có');
    const total = lines.find((l) => l[1] === 'Tổng Tỉnh Lạng Sơn')!;
    expect(total[col('Chi bộ quân sự')]).toBe(`1/${communes} xã`);
  });
});
