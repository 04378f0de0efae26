import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/server/db/query-rows.ts';
import { SYSTEM_ACTOR } from '../../src/server/services/audit/record-audit.ts';
import { ROLLUP_MAP_SQL } from '../../src/server/services/figures/rebuild-rollups.ts';
import { setComputedFigures } from '../../src/server/services/figures/set-computed-figures.ts';
import { syncCommuneCounts } from '../../src/server/services/figures/sync-commune-counts.ts';
import { ensureIndicatorCatalogue } from '../../src/server/services/indicators/ensure-catalogue.ts';
import { buildQuantity } from '../factories/indicators.ts';
import { buildUnit } from '../factories/units.ts';
import { type Agent, createTestApp, type TestApp, unitIdByName } from '../helpers/app.ts';
import { testDatabaseKind } from '../helpers/database.ts';
import { multipart } from '../helpers/multipart.ts';

interface Catalogue {
  indicators: { id: number; code: string; kind: string; determinedBy: string | null }[];
  sets: { id: number; code: string }[];
}

interface Grid {
  rows: {
    code: string;
    determinedBy: string | null;
    categories: { code: string }[];
    cells: { category: string; value: number | null }[];
  }[];
}

const CLASSES_REFUSED =
  '«Số lớp bồi dưỡng kiến thức QP-AN» được tính từ sổ lớp bồi dưỡng QP-AN, không nhập tay.';

describe(`figures the registers determine on ${testDatabaseKind()}`, () => {
  let t: TestApp;
  let officer: Agent;
  let provinceLeader: Agent;
  let catalogue: Catalogue;
  let ind: (code: string) => number;
  let yearSet: number;
  let dongKinh: number;
  let provinceId: number;

  const grid = async (period = '2026') => {
    const res = await officer.request({
      url: `/api/figures/grid?unitId=${dongKinh}&setId=${yearSet}&period=${period}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Grid;
  };
  const valueIn = (g: Grid, code: string, category = '') =>
    g.rows.find((r) => r.code === code)!.cells.find((c) => c.category === category)!.value;
  const provinceFigure = async (code: string, period: string) => {
    const res = await provinceLeader.request({ url: `/api/dashboard?unitId=${provinceId}&period=${period}` });
    expect(res.statusCode, res.body).toBe(200);
    return (
      res.json() as {
        indicators: {
          code: string;
          value: number | null;
          numerator: number | null;
          denominator: number | null;
        }[];
      }
    ).indicators.find((i) => i.code === code)!;
  };
  /** Communes (level 3) under the province in force on a day, counted straight from the tree. */
  const communesOn = async (day: string) => {
    const [row] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from units
           where level = 3 and path <@ (select path from units where id = ${provinceId})
             and (valid_from is null or valid_from <= ${day}) and (valid_to is null or valid_to >= ${day})`,
    );
    return row!.n;
  };

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-06-20T03:00:00Z' });
    officer = await t.signIn('canbo.dongkinh');
    provinceLeader = await t.signIn('lanhdao.tinh');
    catalogue = (await officer.request({ url: '/api/indicators' })).json() as Catalogue;
    ind = (code) => catalogue.indicators.find((i) => i.code === code)!.id;
    yearSet = catalogue.sets.find((s) => s.code === 'QPQSDP_NAM')!.id;
    dongKinh = officer.user.unit.id;
    provinceId = provinceLeader.user.unit.id;
  });
  afterAll(async () => t?.close());

  it('says in the catalogue which register computes each figure, and that the others are typed', () => {
    const determined = Object.fromEntries(
      catalogue.indicators.filter((i) => i.determinedBy !== null).map((i) => [i.code, i.determinedBy]),
    );
    expect(determined).toEqual({
      DV_XA_TONG_SO: 'units',
      QPAN_PHAI_BD: 'training',
      QPAN_DA_BD: 'training',
      QPAN_SO_LOP: 'training',
      QPAN_LUOT_NGUOI: 'training',
      TQ_CHI_TIEU: 'conscription',
      TQ_DA_GIAO: 'conscription',
      NVQS_NAM_17: 'conscription',
      NVQS_DA_DANG_KY: 'conscription',
      DT_XA_DA_DIEN_TAP: 'drills',
      DT_KVPT_SO_CUOC: 'drills',
      DT_CDPT_SO_CUOC: 'drills',
      DT_PTDS_SO_CUOC: 'drills',
      DQTV_TONG_SO: 'militia',
      DQTV_DANG_VIEN: 'militia',
      DQTV_TRIEU_TAP_HL: 'militia',
      DQTV_THAM_GIA_HL: 'militia',
      DQTV_XA_CO_CHI_BO_QS: 'militia',
      DBDV_QNDB_SAP_XEP: 'militia',
      DBDV_DUNG_CNQS: 'militia',
      KT_TAP_THE: 'awards',
      KT_CA_NHAN: 'awards',
    });
    const typed = catalogue.indicators.filter((i) => i.kind === 'quantity' && i.determinedBy === null);
    expect(typed.map((i) => i.code).sort()).toEqual([
      'CS_HO_SO_GIAI_QUYET',
      'CS_KINH_PHI',
      'CT_THAO_TRUONG_KH',
      'CT_THAO_TRUONG_XONG',
      'GDQP_HS_DA_HOC',
      'GDQP_HS_PHAI_HOC',
    ]);
  });

  it('shows the computed rows of the grid with their register, and the typed ones without', async () => {
    const g = await grid();
    const source = (code: string) => g.rows.find((r) => r.code === code)!.determinedBy;
    expect(source('QPAN_DA_BD')).toBe('training');
    expect(source('DT_XA_DA_DIEN_TAP')).toBe('drills');
    expect(source('GDQP_HS_PHAI_HOC')).toBeNull();
    // The commune counts itself once, from the unit tree, without anyone typing it.
    expect(source('DV_XA_TONG_SO')).toBe('units');
    expect(valueIn(g, 'DV_XA_TONG_SO')).toBe(1);
  });

  it('refuses a computed figure typed in the grid, says where it comes from, and saves nothing', async () => {
    const res = await officer.request({
      method: 'PUT',
      url: '/api/figures/grid',
      payload: {
        unitId: dongKinh,
        setId: yearSet,
        period: '2026',
        cells: [
          { indicatorId: ind('GDQP_HS_PHAI_HOC'), category: '', value: 40 },
          { indicatorId: ind('QPAN_SO_LOP'), category: '', value: 3 },
          { indicatorId: ind('QPAN_DA_BD'), category: 'dt1', value: 5 },
          // Clearing a computed figure is typing it too.
          { indicatorId: ind('DV_XA_TONG_SO'), category: '', value: null },
        ],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('Có 3 ô chưa hợp lệ; chưa lưu số liệu nào.');
    expect(res.json().error.details.cells).toEqual([
      { indicatorId: ind('QPAN_SO_LOP'), category: '', message: CLASSES_REFUSED },
      {
        indicatorId: ind('QPAN_DA_BD'),
        category: 'dt1',
        message:
          '«Cán bộ, đảng viên đã được bồi dưỡng kiến thức QP-AN» được tính từ sổ lớp bồi dưỡng QP-AN, không nhập tay.',
      },
      {
        indicatorId: ind('DV_XA_TONG_SO'),
        category: '',
        message: '«Số xã, phường, đặc khu» được tính từ danh mục đơn vị hành chính, không nhập tay.',
      },
    ]);
    const g = await grid();
    expect(valueIn(g, 'GDQP_HS_PHAI_HOC')).toBeNull();
    expect(valueIn(g, 'QPAN_SO_LOP')).toBeNull();
    expect(valueIn(g, 'DV_XA_TONG_SO')).toBe(1);
    const [stored] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from data_values dv join indicators i on i.id = dv.indicator_id
           where dv.unit_id = ${dongKinh} and i.code in ('GDQP_HS_PHAI_HOC', 'QPAN_SO_LOP', 'QPAN_DA_BD')`,
    );
    expect(stored!.n).toBe(0);
  });

  it('locks the computed cells of the Excel template and refuses them typed in an upload', async () => {
    const download = await officer.request({
      url: `/api/figures/template.xlsx?unitId=${dongKinh}&setId=${yearSet}&period=2026`,
    });
    expect(download.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(download.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Số liệu')!;
    const cellOf = (code: string) => {
      let found = 0;
      sheet.eachRow((row, n) => {
        if (row.getCell(1).value === code) found = n;
      });
      return sheet.getRow(found).getCell(4);
    };
    // exceljs reads the protection back but does not type it.
    expect((sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    const classes = cellOf('QPAN_SO_LOP');
    expect(classes.protection?.locked).not.toBe(false);
    expect(classes.fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } });
    expect(String(classes.note)).toContain('Tính từ sổ lớp bồi dưỡng QP-AN — không nhập tay.');
    expect(cellOf('DV_XA_TONG_SO').value).toBe(1);
    expect(cellOf('GDQP_HS_PHAI_HOC').protection?.locked).toBe(false);

    cellOf('GDQP_HS_PHAI_HOC').value = 40;
    classes.value = 12;
    const refused = await officer.request({
      method: 'POST',
      url: '/api/figures/upload',
      ...multipart('so-lieu.xlsx', Buffer.from(await workbook.xlsx.writeBuffer())),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.cells.map((c: { message: string }) => c.message)).toEqual([
      `Ô ${classes.address}: ${CLASSES_REFUSED}`,
    ]);
    expect(valueIn(await grid(), 'GDQP_HS_PHAI_HOC')).toBeNull();

    // The register records two classes after the download: the untouched (stale) locked cell is
    // not read as typed, and does not clear them.
    await t.database.db.transaction((tx) =>
      setComputedFigures(tx, { userId: officer.user.id, requestId: null }, dongKinh, '2026', [
        { code: 'QPAN_SO_LOP', category: '', value: 2 },
      ]),
    );
    classes.value = null;
    const accepted = await officer.request({
      method: 'POST',
      url: '/api/figures/upload',
      ...multipart('so-lieu.xlsx', Buffer.from(await workbook.xlsx.writeBuffer())),
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().changed).toBe(1);
    const after = await grid();
    expect(valueIn(after, 'GDQP_HS_PHAI_HOC')).toBe(40);
    expect(valueIn(after, 'QPAN_SO_LOP')).toBe(2);
  });

  it('does not count a computed figure as a commune having reported', async () => {
    // Every commune has its count of 1, but only Đông Kinh typed a figure of the set.
    const res = await provinceLeader.request({
      url: `/api/figures/completeness?unitId=${provinceId}&setId=${yearSet}&period=2026`,
    });
    expect(res.json()).toMatchObject({ expected: 65, entered: 1 });
  });

  it('gives the province as many communes as the unit tree has, so "Tỷ lệ xã diễn tập" has its denominator', async () => {
    expect(await communesOn('2026-12-31')).toBe(65);
    expect((await provinceFigure('DV_XA_TONG_SO', '2026')).value).toBe(65);
    expect((await provinceFigure('DV_XA_TONG_SO', '2025')).value).toBe(65);
    expect((await provinceFigure('DT_TY_LE_XA', '2026')).denominator).toBe(65);

    // Before the 2025 reform the province had its old communes, wards and towns.
    expect((await provinceFigure('DV_XA_TONG_SO', '2024')).value).toBeNull();
    const before2025 = await communesOn('2024-12-31');
    expect(before2025).toBeGreaterThan(65);
    const first = await t.database.db.transaction((tx) => syncCommuneCounts(tx, SYSTEM_ACTOR, '2024'));
    expect(first).toEqual({ counted: before2025, cleared: 0 });
    expect((await provinceFigure('DV_XA_TONG_SO', '2024')).value).toBe(before2025);
    // Nothing changed: nothing is written again.
    expect(await t.database.db.transaction((tx) => syncCommuneCounts(tx, SYSTEM_ACTOR, '2024'))).toEqual({
      counted: 0,
      cleared: 0,
    });
    await expect(
      t.database.db.transaction((tx) => syncCommuneCounts(tx, SYSTEM_ACTOR, '2026Q5')),
    ).rejects.toThrow('Kỳ báo cáo không hợp lệ.');
  });

  it('follows the tree when a commune is dissolved mid-year, and clears counts held by anything else', async () => {
    const luongVanTri = await unitIdByName(t.database, 'Phường Lương Văn Tri');
    const [province] = await queryRows<{ path: string }>(
      t.database.db,
      sql`select path::text as path from units where id = ${provinceId}`,
    );
    await t.database.db.execute(sql`update units set valid_to = '2026-08-31' where id = ${luongVanTri}`);
    const formed = await buildUnit(t.database.db, {
      name: 'Phường Thử Nghiệm',
      kind: 'phuong',
      parent: { id: provinceId, path: province!.path },
      validFrom: '2026-09-01',
    });
    // A count typed at the province before the rule (as a register would have left it).
    await t.database.db.transaction((tx) =>
      setComputedFigures(tx, SYSTEM_ACTOR, provinceId, '2026', [
        { code: 'DV_XA_TONG_SO', category: '', value: 65 },
      ]),
    );
    expect((await provinceFigure('DV_XA_TONG_SO', '2026')).value).toBe(130);

    const result = await t.database.db.transaction((tx) => syncCommuneCounts(tx, SYSTEM_ACTOR, '2026'));
    expect(result).toEqual({ counted: 1, cleared: 2 });
    expect((await provinceFigure('DV_XA_TONG_SO', '2026')).value).toBe(65);
    const counts = await queryRows<{ unit_id: string; period_code: string; value: number }>(
      t.database.db,
      sql`select dv.unit_id, dv.period_code, dv.value::float8 as value from data_values dv
            join indicators i on i.id = dv.indicator_id
           where i.code = 'DV_XA_TONG_SO' and dv.unit_id in (${luongVanTri}, ${formed.id}, ${provinceId})
           order by dv.unit_id, dv.period_code`,
    );
    // The dissolved ward keeps its past year; the new one counts from its first year.
    expect(counts.map((c) => [Number(c.unit_id), c.period_code, c.value])).toEqual([
      [luongVanTri, '2025', 1],
      [formed.id, '2026', 1],
    ]);
    const [audited] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log
           where entity_type = 'data_value' and action = 'delete'
             and entity_id in (${`DV_XA_TONG_SO||${luongVanTri}|2026`}, ${`DV_XA_TONG_SO||${provinceId}|2026`})`,
    );
    expect(audited!.n).toBe(2);
  });

  it("puts system indicators back on the catalogue's register at start-up, never admin-added ones", async () => {
    await buildQuantity(t.database.db, { code: 'TH_TU_NHAP', name: 'Chỉ tiêu do quản trị thêm' });
    await t.database.db.execute(sql`update indicators set determined_by = null where code = 'QPAN_SO_LOP'`);
    await ensureIndicatorCatalogue(t.database.db);
    const rows = await queryRows<{ code: string; determined_by: string | null }>(
      t.database.db,
      sql`select code, determined_by from indicators where code in ('QPAN_SO_LOP', 'TH_TU_NHAP') order by code`,
    );
    expect(rows).toEqual([
      { code: 'QPAN_SO_LOP', determined_by: 'training' },
      { code: 'TH_TU_NHAP', determined_by: null },
    ]);
    const [audit] = await queryRows<{ before: unknown; after: unknown }>(
      t.database.db,
      sql`select before, after from audit_log where entity_type = 'indicator' and action = 'update'
           and entity_id = ${String(ind('QPAN_SO_LOP'))}`,
    );
    expect(audit).toEqual({
      before: { code: 'QPAN_SO_LOP', determinedBy: null },
      after: { code: 'QPAN_SO_LOP', determinedBy: 'training' },
    });
    // A second start changes nothing.
    await ensureIndicatorCatalogue(t.database.db);
    const [updates] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where entity_type = 'indicator' and action = 'update'`,
    );
    expect(updates!.n).toBe(1);
  });

  it('counts the communes an admin imports, in the periods already counted', async () => {
    const before = {
      '2025': (await provinceFigure('DV_XA_TONG_SO', '2025')).value as number,
      '2026': (await provinceFigure('DV_XA_TONG_SO', '2026')).value as number,
    };
    const admin = await t.signIn('admin.tinh');
    const csv = [
      'code,name,kind,parent_code,valid_from,valid_to,successor_code',
      '20901,Xã Nhập Mới,Xã,20,01/07/2025,,',
      '20902,Phường Nhập Từ 2026,Phường,20,01/01/2026,,',
    ].join('\n');
    const res = await admin.request({
      method: 'POST',
      url: '/api/units/import',
      ...multipart('don-vi.csv', Buffer.from(csv, 'utf8')),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await provinceFigure('DV_XA_TONG_SO', '2025')).value).toBe(before['2025'] + 1);
    expect((await provinceFigure('DV_XA_TONG_SO', '2026')).value).toBe(before['2026'] + 2);
    // A period nobody has counted yet stays uncounted.
    expect((await provinceFigure('DV_XA_TONG_SO', '2027')).value).toBeNull();
    expect(before['2026']).toBe((await communesOn('2026-12-31')) - 2);
    // The counts the import wrote in bulk roll up exactly as a recomputation from the figures.
    const recomputed = sql`
      select m.target as unit_id, dv.period_code, sum(dv.value) as total, count(*)::int as contributors
        from data_values dv join indicators i on i.id = dv.indicator_id
        join (${ROLLUP_MAP_SQL}) m on m.origin = dv.unit_id
       where i.code = 'DV_XA_TONG_SO'
       group by m.target, dv.period_code`;
    const maintained = sql`
      select r.unit_id, r.period_code, r.total, r.contributors
        from data_rollups r join indicators i on i.id = r.indicator_id
       where i.code = 'DV_XA_TONG_SO' and r.contributors > 0`;
    const [drift] = await queryRows<{ missing: number; extra: number }>(
      t.database.db,
      sql`select (select count(*)::int from (${recomputed} except ${maintained}) a) as missing,
                 (select count(*)::int from (${maintained} except ${recomputed}) b) as extra`,
    );
    expect(drift).toEqual({ missing: 0, extra: 0 });
  });

  it('shows a computed figure that was taken back as no figure, not as 0', async () => {
    const set = (value: number | null) =>
      t.database.db.transaction((tx) =>
        setComputedFigures(tx, SYSTEM_ACTOR, dongKinh, '2029', [
          { code: 'QPAN_SO_LOP', category: '', value },
        ]),
      );
    const series = async () =>
      (
        await provinceLeader.request({
          url: `/api/figures/series?unitId=${provinceId}&indicatorId=${ind('QPAN_SO_LOP')}&period=2029&count=1`,
        })
      ).json().items;
    await set(3);
    expect((await provinceFigure('QPAN_SO_LOP', '2029')).value).toBe(3);
    expect(await series()).toEqual([{ period: '2029', value: 3 }]);
    // The register's rows are gone: the maintained total keeps a row of 0 from 0 contributors.
    await set(null);
    expect((await provinceFigure('QPAN_SO_LOP', '2029')).value).toBeNull();
    expect(await series()).toEqual([{ period: '2029', value: null }]);
    const grid = (
      await officer.request({ url: `/api/figures/grid?unitId=${dongKinh}&setId=${yearSet}&period=2029` })
    ).json() as Grid;
    expect(valueIn(grid, 'QPAN_SO_LOP')).toBeNull();
  });
});
