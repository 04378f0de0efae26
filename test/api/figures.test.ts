import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/server/db/query-rows.ts';
import { buildQuantity, buildRatio } from '../factories/indicators.ts';
import { type Agent, createTestApp, type TestApp, unitIdByName } from '../helpers/app.ts';
import { testDatabaseKind } from '../helpers/database.ts';

interface Catalogue {
  indicators: { id: number; code: string }[];
  sets: { id: number; code: string }[];
}

describe(`figures, roll-ups and the dashboard on ${testDatabaseKind()}`, () => {
  let t: TestApp;
  let provinceOfficer: Agent;
  let provinceLeader: Agent;
  let communeOfficer: Agent;
  let ind: (code: string) => number;
  let yearSet: number;
  let dongKinh: number;
  let luongVanTri: number;
  let provinceId: number;

  const save = (
    agent: Agent,
    unitId: number,
    period: string,
    cells: { code: string; category?: string; value: number | null }[],
  ) =>
    agent.request({
      method: 'PUT',
      url: '/api/figures/grid',
      payload: {
        unitId,
        setId: yearSet,
        period,
        cells: cells.map((c) => ({ indicatorId: ind(c.code), category: c.category ?? '', value: c.value })),
      },
    });

  const dashboard = async (agent: Agent, unitId: number, period: string) => {
    const res = await agent.request({ url: `/api/dashboard?unitId=${unitId}&period=${period}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as {
      indicators: {
        code: string;
        value: number | null;
        numerator: number | null;
        denominator: number | null;
        belowTarget: boolean;
        children: { unitId: number; unitName: string; value: number | null; belowTarget: boolean }[];
      }[];
    };
  };

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-06-20T03:00:00Z' });
    provinceOfficer = await t.signIn('canbo.tinh');
    provinceLeader = await t.signIn('lanhdao.tinh');
    communeOfficer = await t.signIn('canbo.dongkinh');
    // The catalogue's disaggregated figures (QP-AN classes per đối tượng) come from a register, so
    // the ratio-of-sums case uses a disaggregated pair an admin added, typed per đối tượng.
    await buildQuantity(t.database.db, {
      code: 'TH_PHAI_TAP_HUAN',
      name: 'Cán bộ thuộc diện tập huấn nghiệp vụ quân sự',
      disaggregation: 'doi_tuong',
    });
    await buildQuantity(t.database.db, {
      code: 'TH_DA_TAP_HUAN',
      name: 'Cán bộ đã được tập huấn nghiệp vụ quân sự',
      disaggregation: 'doi_tuong',
    });
    await buildRatio(t.database.db, {
      code: 'TH_TY_LE',
      name: 'Tỷ lệ cán bộ được tập huấn nghiệp vụ quân sự',
      numerator: 'TH_DA_TAP_HUAN',
      denominator: 'TH_PHAI_TAP_HUAN',
      disaggregation: 'doi_tuong',
    });
    const catalogue = (await provinceOfficer.request({ url: '/api/indicators' })).json() as Catalogue;
    ind = (code) => catalogue.indicators.find((i) => i.code === code)!.id;
    yearSet = catalogue.sets.find((s) => s.code === 'QPQSDP_NAM')!.id;
    dongKinh = communeOfficer.user.unit.id;
    luongVanTri = await unitIdByName(t.database, 'Phường Lương Văn Tri');
    provinceId = provinceOfficer.user.unit.id;
  });
  afterAll(async () => t?.close());

  it('computes the province rate as the ratio of sums, never the mean of commune rates', async () => {
    // Đông Kinh 9 of 10 (90%), Lương Văn Tri 50 of 100 (50%): the mean would be 70%, the true rate 59/110.
    expect(
      (
        await save(communeOfficer, dongKinh, '2026', [
          { code: 'TH_PHAI_TAP_HUAN', category: 'dt4', value: 10 },
          { code: 'TH_DA_TAP_HUAN', category: 'dt4', value: 9 },
        ])
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await save(provinceOfficer, luongVanTri, '2026', [
          { code: 'TH_PHAI_TAP_HUAN', category: 'dt3', value: 40 },
          { code: 'TH_PHAI_TAP_HUAN', category: 'dt4', value: 60 },
          { code: 'TH_DA_TAP_HUAN', category: 'dt3', value: 20 },
          { code: 'TH_DA_TAP_HUAN', category: 'dt4', value: 30 },
        ])
      ).statusCode,
    ).toBe(200);
    const board = await dashboard(provinceLeader, provinceId, '2026');
    const rate = board.indicators.find((i) => i.code === 'TH_TY_LE')!;
    expect(rate).toMatchObject({ numerator: 59, denominator: 110, value: 53.64 });
    const byCommune = Object.fromEntries(rate.children.map((c) => [c.unitName, c.value]));
    expect(byCommune['Phường Đông Kinh']).toBe(90);
    expect(byCommune['Phường Lương Văn Tri']).toBe(50);
    expect(byCommune['Xã Đồng Đăng']).toBeNull();
  });

  it('shows a changed figure in every ancestor total as soon as the write commits', async () => {
    await save(communeOfficer, dongKinh, '2026', [{ code: 'CS_HO_SO_GIAI_QUYET', value: 3 }]);
    const first = (await dashboard(provinceLeader, provinceId, '2026')).indicators.find(
      (i) => i.code === 'CS_HO_SO_GIAI_QUYET',
    )!;
    expect(first.value).toBe(3);
    await save(communeOfficer, dongKinh, '2026', [{ code: 'CS_HO_SO_GIAI_QUYET', value: 5 }]);
    await save(provinceOfficer, luongVanTri, '2026', [{ code: 'CS_HO_SO_GIAI_QUYET', value: 2 }]);
    expect(
      (await dashboard(provinceLeader, provinceId, '2026')).indicators.find(
        (i) => i.code === 'CS_HO_SO_GIAI_QUYET',
      )!.value,
    ).toBe(7);
    await save(communeOfficer, dongKinh, '2026', [{ code: 'CS_HO_SO_GIAI_QUYET', value: null }]);
    expect(
      (await dashboard(provinceLeader, provinceId, '2026')).indicators.find(
        (i) => i.code === 'CS_HO_SO_GIAI_QUYET',
      )!.value,
    ).toBe(2);
    const [rollup] = await queryRows<{ total: number; n: number }>(
      t.database.db,
      sql`select r.total::float8 as total, r.contributors as n from data_rollups r join indicators i on i.id = r.indicator_id
           where i.code = 'CS_HO_SO_GIAI_QUYET' and r.unit_id = ${provinceId} and r.period_code = '2026'`,
    );
    expect(rollup).toEqual({ total: 2, n: 1 });
  });

  it('refuses a grid with a wrong cell, explains each in Vietnamese, and saves none of it', async () => {
    const res = await save(communeOfficer, dongKinh, '2026', [
      { code: 'CT_THAO_TRUONG_KH', value: 100 },
      { code: 'CT_THAO_TRUONG_XONG', value: 120 },
      { code: 'CS_KINH_PHI', value: -1 },
      { code: 'GDQP_HS_PHAI_HOC', value: 2.5 },
    ]);
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.message).toBe('Có 3 ô chưa hợp lệ; chưa lưu số liệu nào.');
    const messages = body.error.details.cells.map((c: { message: string }) => c.message);
    expect(messages).toContain('"Kinh phí thực hiện chính sách hậu phương quân đội" không được âm.');
    expect(messages).toContain('"Học sinh, sinh viên thuộc diện học GDQP-AN" phải là số nguyên (người).');
    expect(messages).toContain(
      '"Thao trường huấn luyện đã xây dựng" (120) không được lớn hơn "Thao trường huấn luyện theo kế hoạch" (100): tỷ lệ sẽ vượt 100%.',
    );
    const grid = (
      await communeOfficer.request({
        url: `/api/figures/grid?unitId=${dongKinh}&setId=${yearSet}&period=2026`,
      })
    ).json();
    const row = grid.rows.find((r: { code: string }) => r.code === 'CT_THAO_TRUONG_KH');
    expect(row.cells[0].value).toBeNull();
  });

  it('keeps who entered each figure and audits every change', async () => {
    await save(communeOfficer, dongKinh, '2026', [{ code: 'CS_KINH_PHI', value: 12 }]);
    await save(communeOfficer, dongKinh, '2026', [{ code: 'CS_KINH_PHI', value: 14 }]);
    const grid = (
      await communeOfficer.request({
        url: `/api/figures/grid?unitId=${dongKinh}&setId=${yearSet}&period=2026`,
      })
    ).json();
    const cell = grid.rows.find((r: { code: string }) => r.code === 'CS_KINH_PHI').cells[0];
    expect(cell).toMatchObject({ value: 14, enteredBy: communeOfficer.user.fullName });
    const leader = await t.signIn('lanhdao.dongkinh');
    const audit = (await leader.request({ url: '/api/audit?entityType=data_value' })).json();
    const changes = audit.items.filter((e: { entityId: string }) => e.entityId.startsWith('CS_KINH_PHI|'));
    expect(changes.map((e: { before: unknown; after: unknown }) => [e.before, e.after])).toEqual([
      [{ value: 12 }, { value: 14 }],
      [null, { value: 12 }],
    ]);
  });

  it("keeps a commune's officer to their commune and viewers out", async () => {
    const res = await save(communeOfficer, luongVanTri, '2026', [{ code: 'CS_KINH_PHI', value: 1 }]);
    expect(res.statusCode).toBe(404);
    const viewer = await t.signIn('xem.dongkinh');
    expect((await save(viewer, dongKinh, '2026', [{ code: 'CS_KINH_PHI', value: 1 }])).statusCode).toBe(403);
    expect(
      (await communeOfficer.request({ url: `/api/dashboard?unitId=${provinceId}&period=2026` })).statusCode,
    ).toBe(404);
  });

  it('locks a period after its window, until a leader reopens it for one unit', async () => {
    const locked = await save(communeOfficer, dongKinh, '2025', [{ code: 'CS_KINH_PHI', value: 9 }]);
    expect(locked.statusCode).toBe(403);
    expect(locked.json().error.message).toBe(
      'Kỳ 2025 đã khóa sổ từ ngày 14/01/2026. Hãy đề nghị lãnh đạo cấp trên mở lại.',
    );
    const grant = await provinceLeader.request({
      method: 'POST',
      url: '/api/figures/exceptions',
      payload: {
        setId: yearSet,
        unitId: dongKinh,
        period: '2025',
        until: '2026-06-30',
        reason: 'Bổ sung số liệu',
      },
    });
    expect(grant.statusCode, grant.body).toBe(201);
    expect(
      (await save(communeOfficer, dongKinh, '2025', [{ code: 'CS_KINH_PHI', value: 9 }])).statusCode,
    ).toBe(200);
    const ownLeader = await t.signIn('lanhdao.dongkinh');
    const selfGrant = await ownLeader.request({
      method: 'POST',
      url: '/api/figures/exceptions',
      payload: { setId: yearSet, unitId: dongKinh, period: '2025', until: '2026-06-30' },
    });
    expect(selfGrant.statusCode).toBe(403);
  });

  it('rolls figures of a merged commune into its successor without rewriting them', async () => {
    const oldTown = (
      await provinceOfficer.request({
        url: `/api/units?q=${encodeURIComponent('Thị trấn Đồng Đăng')}&historic=true`,
      })
    ).json().items[0];
    const newCommune = await unitIdByName(t.database, 'Xã Đồng Đăng');
    await provinceLeader.request({
      method: 'POST',
      url: '/api/figures/exceptions',
      payload: { setId: yearSet, unitId: oldTown.id, period: '2024', until: '2026-06-30' },
    });
    expect(
      (await save(provinceOfficer, oldTown.id, '2024', [{ code: 'CT_THAO_TRUONG_XONG', value: 1 }]))
        .statusCode,
    ).toBe(200);
    const board = await dashboard(provinceLeader, provinceId, '2024');
    const grounds = board.indicators.find((i) => i.code === 'CT_THAO_TRUONG_XONG')!;
    expect(grounds.value).toBe(1);
    // In 2024 the province's children are its old districts; the district of the old town holds the figure.
    expect(grounds.children.find((c) => c.value === 1)?.unitName).toBe('Huyện Cao Lộc');
    const successorBoard = await dashboard(provinceLeader, newCommune, '2024');
    expect(successorBoard.indicators.find((i) => i.code === 'CT_THAO_TRUONG_XONG')!.value).toBe(1);
    const [stored] = await queryRows<{ unit_id: string }>(
      t.database.db,
      sql`select dv.unit_id from data_values dv join indicators i on i.id = dv.indicator_id
           where i.code = 'CT_THAO_TRUONG_XONG' and dv.period_code = '2024'`,
    );
    expect(Number(stored!.unit_id)).toBe(oldTown.id);
  });
});
