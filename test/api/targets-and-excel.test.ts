import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestApp, type TestApp, unitIdByName } from '../helpers/app.ts';
import { testDatabaseKind } from '../helpers/database.ts';
import { multipart } from '../helpers/multipart.ts';

describe(`targets, completeness and Excel on ${testDatabaseKind()}`, () => {
  let t: TestApp;
  let leader: Agent;
  let officer: Agent;
  let commune: Agent;
  let provinceId: number;
  let dongKinh: number;
  let luongVanTri: number;
  let ind: (code: string) => number;
  let yearSet: number;

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-06-20T03:00:00Z' });
    leader = await t.signIn('lanhdao.tinh');
    officer = await t.signIn('canbo.tinh');
    commune = await t.signIn('canbo.dongkinh');
    provinceId = leader.user.unit.id;
    dongKinh = commune.user.unit.id;
    luongVanTri = await unitIdByName(t.database, 'Phường Lương Văn Tri');
    const catalogue = (await leader.request({ url: '/api/indicators' })).json();
    ind = (code) => catalogue.indicators.find((i: { code: string }) => i.code === code).id;
    yearSet = catalogue.sets.find((s: { code: string }) => s.code === 'QPQSDP_NAM').id;
  });
  afterAll(async () => t?.close());

  it('splits a target among communes only when the parts add up', async () => {
    const created = await leader.request({
      method: 'POST',
      url: '/api/targets',
      payload: {
        indicatorId: ind('QPAN_LUOT_NGUOI'),
        unitId: provinceId,
        period: '2026',
        min: 30,
        max: 30,
        note: 'Bồi dưỡng kiến thức QP-AN năm 2026',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const quota = created.json();
    expect(quota.actions).toEqual({ update: true, split: true });
    const wrong = await leader.request({
      method: 'POST',
      url: `/api/targets/${quota.id}/split`,
      payload: {
        allocations: [
          { unitId: dongKinh, value: 20 },
          { unitId: luongVanTri, value: 5 },
        ],
      },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toBe('Tổng phân bổ (25) phải bằng chỉ tiêu được giao (30).');
    const ok = await leader.request({
      method: 'POST',
      url: `/api/targets/${quota.id}/split`,
      payload: {
        allocations: [
          { unitId: dongKinh, value: 18 },
          { unitId: luongVanTri, value: 12 },
        ],
      },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(
      ok
        .json()
        .items.map((x: { unitName: string; min: number }) => [x.unitName, x.min])
        .sort(),
    ).toEqual([
      ['Phường Lương Văn Tri', 12],
      ['Phường Đông Kinh', 18],
    ]);
    const officerTry = await officer.request({
      method: 'POST',
      url: '/api/targets',
      payload: { indicatorId: ind('QPAN_LUOT_NGUOI'), unitId: provinceId, period: '2026', min: 1 },
    });
    expect(officerTry.statusCode).toBe(403);
  });

  it('refuses a target on the conscription quota itself, which the conscription register splits', async () => {
    const refused = await leader.request({
      method: 'POST',
      url: '/api/targets',
      payload: { indicatorId: ind('TQ_CHI_TIEU'), unitId: provinceId, period: '2026', min: 30, max: 30 },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toBe(
      'Chỉ tiêu giao quân được chia ở Sổ theo dõi → Tuyển quân, không giao lần nữa ở đây; hãy giao mục tiêu cho «Tỷ lệ hoàn thành chỉ tiêu giao quân».',
    );
    const rate = await leader.request({
      method: 'POST',
      url: '/api/targets',
      payload: { indicatorId: ind('TQ_TY_LE'), unitId: provinceId, period: '2026', min: 100 },
    });
    expect(rate.statusCode, rate.body).toBe(201);
  });

  it('highlights the communes below their own target on the dashboard', async () => {
    await leader.request({
      method: 'POST',
      url: '/api/targets',
      payload: { indicatorId: ind('GDQP_TY_LE'), unitId: provinceId, level: 3, period: '2026', min: 94 },
    });
    const save = (agent: Agent, unitId: number, enrolled: number, taught: number) =>
      agent.request({
        method: 'PUT',
        url: '/api/figures/grid',
        payload: {
          unitId,
          setId: yearSet,
          period: '2026',
          cells: [
            { indicatorId: ind('GDQP_HS_PHAI_HOC'), value: enrolled },
            { indicatorId: ind('GDQP_HS_DA_HOC'), value: taught },
          ],
        },
      });
    expect((await save(commune, dongKinh, 100, 97)).statusCode).toBe(200);
    expect((await save(officer, luongVanTri, 100, 80)).statusCode).toBe(200);
    const board = (await leader.request({ url: `/api/dashboard?unitId=${provinceId}&period=2026` })).json();
    const rate = board.indicators.find((i: { code: string }) => i.code === 'GDQP_TY_LE');
    expect(rate.value).toBe(88.5);
    const below = rate.children
      .filter((c: { belowTarget: boolean }) => c.belowTarget)
      .map((c: { unitName: string }) => c.unitName);
    expect(below).toContain('Phường Lương Văn Tri');
    expect(below).not.toContain('Phường Đông Kinh');
  });

  it('reports completeness and timeliness of a reporting set', async () => {
    const res = (
      await leader.request({
        url: `/api/figures/completeness?unitId=${provinceId}&setId=${yearSet}&period=2026`,
      })
    ).json();
    expect(res.expected).toBe(65);
    expect(res.entered).toBe(2);
    expect(res.onTime).toBe(2);
    expect(res.completenessPercent).toBe(3.08);
    expect(res.deadline).toBe('2026-12-14');
  });

  it('round-trips the Excel template: download, fill, upload; a wrong cell saves nothing and is named', async () => {
    const download = await commune.request({
      url: `/api/figures/template.xlsx?unitId=${dongKinh}&setId=${yearSet}&period=2026`,
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="so-lieu-/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(download.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Số liệu')!;
    const rowOf = (code: string) => {
      let found = 0;
      sheet.eachRow((row, n) => {
        if (row.getCell(1).value === code) found = n;
      });
      return sheet.getRow(found);
    };
    expect(rowOf('GDQP_HS_PHAI_HOC').getCell(4).value).toBe(100);
    rowOf('CT_THAO_TRUONG_KH').getCell(4).value = '12';
    rowOf('CS_KINH_PHI').getCell(4).value = '1.250';
    rowOf('CS_HO_SO_GIAI_QUYET').getCell(4).value = 'mười';
    const bad = await commune.request({
      method: 'POST',
      url: '/api/figures/upload',
      ...multipart('so-lieu.xlsx', Buffer.from(await workbook.xlsx.writeBuffer())),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.cells.map((c: { message: string }) => c.message)).toEqual([
      expect.stringMatching(/^Ô D\d+: "mười" không phải là số\.$/),
    ]);
    rowOf('CS_HO_SO_GIAI_QUYET').getCell(4).value = 7;
    rowOf('GDQP_HS_DA_HOC').getCell(4).value = 150;
    const ratio = await commune.request({
      method: 'POST',
      url: '/api/figures/upload',
      ...multipart('so-lieu.xlsx', Buffer.from(await workbook.xlsx.writeBuffer())),
    });
    expect(ratio.statusCode).toBe(400);
    expect(ratio.json().error.details.cells[0].message).toMatch(
      /^Ô D\d+: "Học sinh, sinh viên đã học GDQP-AN" \(150\)/,
    );
    rowOf('GDQP_HS_DA_HOC').getCell(4).value = 97;
    const good = await commune.request({
      method: 'POST',
      url: '/api/figures/upload',
      ...multipart('so-lieu.xlsx', Buffer.from(await workbook.xlsx.writeBuffer())),
    });
    expect(good.statusCode, good.body).toBe(200);
    expect(good.json().changed).toBe(3);
    const board = (await leader.request({ url: `/api/dashboard?unitId=${provinceId}&period=2026` })).json();
    expect(board.indicators.find((i: { code: string }) => i.code === 'CS_KINH_PHI').value).toBe(1250);
  });

  it('refuses an upload aimed at a unit outside the uploader scope', async () => {
    const download = await officer.request({
      url: `/api/figures/template.xlsx?unitId=${luongVanTri}&setId=${yearSet}&period=2026`,
    });
    const res = await commune.request({
      method: 'POST',
      url: '/api/figures/upload',
      ...multipart('x.xlsx', download.rawPayload),
    });
    expect(res.statusCode).toBe(404);
  });

  it('exports the dashboard to Excel and gives a series over periods', async () => {
    const xlsx = await leader.request({ url: `/api/dashboard.xlsx?unitId=${provinceId}&period=2026` });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Tổng hợp')!.getCell('A1').value).toBe(
      'Tổng hợp chỉ tiêu — Tỉnh Lạng Sơn — kỳ 2026',
    );
    const series = (
      await leader.request({
        url: `/api/figures/series?unitId=${provinceId}&indicatorId=${ind('GDQP_TY_LE')}&period=2026&count=3`,
      })
    ).json();
    expect(series.items).toEqual([
      { period: '2024', value: null },
      { period: '2025', value: null },
      { period: '2026', value: 88.5 },
    ]);
  });
});
