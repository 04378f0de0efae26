import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/server/db/query-rows.ts';
import { type Agent, createTestApp, type TestApp, unitIdByName } from '../helpers/app.ts';
import { testDatabaseKind } from '../helpers/database.ts';
import { multipart } from '../helpers/multipart.ts';

const COMBAT = {
  kind: 'chien_dau_xa',
  title: 'Diễn tập chiến đấu phường Đông Kinh năm 2026',
  plannedFrom: '2026-05-12',
  plannedTo: '2026-05-13',
  organiserText: 'Ban Chỉ đạo diễn tập tỉnh',
  participants: [
    { force: 'dan_quan_tu_ve', count: 60 },
    { force: 'cong_an', count: 12 },
  ],
};
const RESULT = { actualFrom: '2026-05-12', actualTo: '2026-05-13', grade: 'gioi', safe: true };

describe(`drill register on ${testDatabaseKind()}`, () => {
  let t: TestApp;
  let officer: Agent;
  let viewer: Agent;
  let leader: Agent;
  let provinceOfficer: Agent;
  let province: number;
  let dongKinh: number;
  let luongVanTri: number;

  /** The province's (or a unit's) figure of an indicator for a period, from the dashboard API. */
  async function figure(code: string, period: string, unitId = province): Promise<number | null> {
    const res = await leader.request({ url: `/api/dashboard?unitId=${unitId}&period=${period}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().indicators.find((i: { code: string }) => i.code === code)?.value ?? null;
  }

  async function create(agent: Agent, body: Record<string, unknown>) {
    return agent.request({ method: 'POST', url: '/api/drills', payload: body });
  }

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-06-20T03:00:00Z' });
    officer = await t.signIn('canbo.dongkinh');
    viewer = await t.signIn('xem.dongkinh');
    leader = await t.signIn('lanhdao.tinh');
    provinceOfficer = await t.signIn('canbo.tinh');
    province = leader.user.unit.id;
    dongKinh = officer.user.unit.id;
    luongVanTri = await unitIdByName(t.database, 'Phường Lương Văn Tri');
  });
  afterAll(async () => t?.close());

  it('answers 401 without a session', async () => {
    expect((await t.app.inject({ url: '/api/drills' })).statusCode).toBe(401);
  });

  it('enters a planned commune drill, which determines no figure yet', async () => {
    const res = await create(officer, { unitId: dongKinh, ...COMBAT });
    expect(res.statusCode, res.body).toBe(201);
    const drill = res.json();
    expect(drill).toMatchObject({
      unit: { id: dongKinh, name: 'Phường Đông Kinh', level: 3 },
      status: 'planned',
      participantsTotal: 72,
      grade: null,
      actions: { update: true, recordResult: true, cancel: true, delete: true, upload: true },
    });
    expect(await figure('DT_XA_DA_DIEN_TAP', '2026')).toBeNull();
    const seen = (await viewer.request({ url: `/api/drills/${drill.id}` })).json();
    expect(seen.actions).toEqual({
      update: false,
      recordResult: false,
      cancel: false,
      delete: false,
      upload: false,
    });
  });

  it('refuses malformed entries with Vietnamese messages', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ ...COMBAT, kind: 'duyet_binh' }, /Loại diễn tập không hợp lệ/],
      [{ ...COMBAT, plannedTo: '2026-05-01' }, /Ngày kết thúc dự kiến phải trùng hoặc sau ngày bắt đầu/],
      [{ ...COMBAT, plannedFrom: '12/05/2026' }, /Ngày không hợp lệ/],
      [{ ...COMBAT, plannedFrom: '2026-02-30' }, /Ngày không hợp lệ/],
      [{ ...COMBAT, title: '   ' }, /Hãy nhập tên cuộc diễn tập/],
      [{ ...COMBAT, participants: [{ force: 'cong_an', count: -3 }] }, /Số người không được âm/],
      [
        {
          ...COMBAT,
          participants: [
            { force: 'cong_an', count: 3 },
            { force: 'cong_an', count: 4 },
          ],
        },
        /Mỗi lực lượng chỉ nhập một lần/,
      ],
      [{ ...COMBAT, plannedTo: '2027-12-31' }, /dài quá một năm/],
    ];
    for (const [body, message] of cases) {
      const res = await create(officer, { unitId: dongKinh, ...body });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.message).toMatch(message);
    }
  });

  it('puts each kind at its level: commune combat at a commune, KVPT at the province, districts before 7/2025', async () => {
    const atProvince = await create(provinceOfficer, { unitId: province, ...COMBAT });
    expect(atProvince.statusCode).toBe(400);
    expect(atProvince.json().error.message).toBe(
      'Diễn tập chiến đấu xã, phường chỉ ghi cho đơn vị cấp xã (xã, phường, đặc khu).',
    );
    expect(atProvince.json().error.details.issues[0].path).toBe('body/kind');
    const kvptAtCommune = await create(officer, { unitId: dongKinh, ...COMBAT, kind: 'kvpt_tinh' });
    expect(kvptAtCommune.json().error.message).toBe(
      'Diễn tập khu vực phòng thủ cấp tỉnh chỉ ghi cho đơn vị cấp tỉnh.',
    );
    const kvpt = await create(provinceOfficer, {
      unitId: province,
      ...COMBAT,
      kind: 'kvpt_tinh',
      title: 'Diễn tập KVPT tỉnh Lạng Sơn năm 2026',
      plannedFrom: '2026-10-05',
      plannedTo: '2026-10-09',
    });
    expect(kvpt.statusCode, kvpt.body).toBe(201);
    const [district] = await queryRows<{ id: string; name: string }>(
      t.database.db,
      sql`select id, name from units where level = 2 order by name limit 1`,
    );
    const districtId = Number(district!.id);
    const late = await create(provinceOfficer, {
      unitId: districtId,
      ...COMBAT,
      kind: 'kvpt_huyen',
      plannedFrom: '2025-08-01',
      plannedTo: '2025-08-03',
    });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.message).toMatch(/Cấp huyện kết thúc hoạt động từ 01\/7\/2025/);
    const old = await create(provinceOfficer, {
      unitId: districtId,
      ...COMBAT,
      kind: 'kvpt_huyen',
      title: `Diễn tập KVPT ${district!.name} năm 2023`,
      plannedFrom: '2023-09-10',
      plannedTo: '2023-09-12',
    });
    expect(old.statusCode, old.body).toBe(201);
    // A commune created by the 2025 reform did not exist in 2024.
    const before = await create(officer, {
      unitId: dongKinh,
      ...COMBAT,
      plannedFrom: '2024-05-01',
      plannedTo: '2024-05-02',
    });
    expect(before.statusCode).toBe(400);
    expect(before.json().error.message).toBe('Phường Đông Kinh không tồn tại vào ngày 01/05/2024.');
  });

  it('takes an organiser from the unit or a unit above it, never from a neighbour', async () => {
    const above = await create(officer, {
      unitId: dongKinh,
      ...COMBAT,
      title: 'Diễn tập do tỉnh tổ chức',
      organiserAgencyId: provinceOfficer.user.agency.id,
    });
    expect(above.statusCode, above.body).toBe(201);
    expect(above.json().organiser).toMatchObject({ agencyId: provinceOfficer.user.agency.id });
    expect(above.json().organiser.agencyName).toMatch(/Bộ Chỉ huy Quân sự|CHQS/);
    const neighbourAgency = (await leader.request({ url: `/api/units/${luongVanTri}` })).json().agencies[0]
      .id;
    const sideways = await create(officer, {
      unitId: dongKinh,
      ...COMBAT,
      organiserAgencyId: neighbourAgency,
    });
    expect(sideways.statusCode).toBe(400);
    expect(sideways.json().error.message).toBe('Cơ quan tổ chức phải thuộc đơn vị hoặc cấp trên của đơn vị.');
    await officer.request({ method: 'DELETE', url: `/api/drills/${above.json().id}` });
  });

  it('is described in the API reference', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json() as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/drills',
        '/api/drills/{id}/result',
        '/api/drills/{id}/files/{fileId}',
        '/api/drill-rotation',
        '/api/drill-rotation/{id}/communes/{communeId}',
        '/api/training-classes/{id}/result',
        '/api/training-populations',
      ]),
    );
  });

  it("keeps a viewer to reading and another unit's drills out of sight", async () => {
    const denied = await create(viewer, { unitId: dongKinh, ...COMBAT });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.message).toMatch(/không có quyền/);
    const outside = await create(officer, { unitId: luongVanTri, ...COMBAT });
    expect(outside.statusCode).toBe(404);
    const theirs = await create(provinceOfficer, {
      unitId: luongVanTri,
      ...COMBAT,
      title: 'Diễn tập chiến đấu phường Lương Văn Tri',
    });
    expect(theirs.statusCode).toBe(201);
    const id = theirs.json().id;
    for (const req of [
      { method: 'GET' as const, url: `/api/drills/${id}` },
      { method: 'PATCH' as const, url: `/api/drills/${id}`, payload: { title: 'Sửa' } },
      { method: 'POST' as const, url: `/api/drills/${id}/result`, payload: RESULT },
      { method: 'POST' as const, url: `/api/drills/${id}/cancel`, payload: { reason: 'Thử' } },
      { method: 'DELETE' as const, url: `/api/drills/${id}` },
      { method: 'GET' as const, url: `/api/drills/${id}/files` },
    ]) {
      const res = await officer.request(req);
      expect(res.statusCode, req.url).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    const list = (await officer.request({ url: '/api/drills?pageSize=200' })).json();
    expect(list.items.every((d: { unit: { id: number } }) => d.unit.id === dongKinh)).toBe(true);
    expect((await officer.request({ url: `/api/drills?unitId=${luongVanTri}` })).statusCode).toBe(404);
  });

  it('records a held drill and the province share of communes drilled follows, for the year and the half-year', async () => {
    const drill = (
      await create(officer, { unitId: dongKinh, ...COMBAT, title: 'Diễn tập có kết quả' })
    ).json();
    const future = await officer.request({
      method: 'POST',
      url: `/api/drills/${drill.id}/result`,
      payload: { ...RESULT, actualFrom: '2026-07-01', actualTo: '2026-07-02' },
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.message).toBe(
      'Chưa thể ghi kết quả: ngày bắt đầu thực tế sau hôm nay (20/06/2026).',
    );
    const unsafe = await officer.request({
      method: 'POST',
      url: `/api/drills/${drill.id}/result`,
      payload: { ...RESULT, safe: false },
    });
    expect(unsafe.statusCode).toBe(400);
    expect(unsafe.json().error.message).toMatch(/Hãy mô tả sự cố/);
    const noGrade = await officer.request({
      method: 'POST',
      url: `/api/drills/${drill.id}/result`,
      payload: { ...RESULT, grade: 'tot' },
    });
    expect(noGrade.json().error.message).toMatch(/Hãy chọn kết quả đánh giá/);

    const communes = await figure('DV_XA_TONG_SO', '2026');
    expect(communes).toBe(65);
    const done = await officer.request({
      method: 'POST',
      url: `/api/drills/${drill.id}/result`,
      payload: RESULT,
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({
      status: 'done',
      grade: 'gioi',
      safe: true,
      actualFrom: '2026-05-12',
    });
    expect(await figure('DT_XA_DA_DIEN_TAP', '2026')).toBe(1);
    expect(await figure('DT_CDPT_SO_CUOC', '2026')).toBe(1);
    expect(await figure('DT_TY_LE_XA', '2026')).toBe(Math.round((1 / 65) * 10000) / 100);
    expect(await figure('DT_XA_DA_DIEN_TAP', '2026H1')).toBe(1);
    expect(await figure('DT_TY_LE_XA', '2026H1')).toBe(Math.round((1 / 65) * 10000) / 100);
    expect(await figure('DT_XA_DA_DIEN_TAP', '2026H2')).toBeNull();
    // Counts of drills belong to the yearly set only.
    expect(await figure('DT_CDPT_SO_CUOC', '2026H1')).toBeNull();

    // A second drill of the same commune: one more drill, still one commune.
    const second = (await create(officer, { unitId: dongKinh, ...COMBAT, title: 'Diễn tập lần hai' })).json();
    await officer.request({
      method: 'POST',
      url: `/api/drills/${second.id}/result`,
      payload: { ...RESULT, actualFrom: '2026-06-01', actualTo: '2026-06-01', grade: 'kha' },
    });
    expect(await figure('DT_XA_DA_DIEN_TAP', '2026')).toBe(1);
    expect(await figure('DT_CDPT_SO_CUOC', '2026')).toBe(2);

    // Correcting the date into last year moves the drill's figures with it.
    const moved = await officer.request({
      method: 'POST',
      url: `/api/drills/${second.id}/result`,
      payload: { ...RESULT, actualFrom: '2025-11-20', actualTo: '2025-11-21', grade: 'kha' },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await figure('DT_CDPT_SO_CUOC', '2026')).toBe(1);
    expect(await figure('DT_CDPT_SO_CUOC', '2025')).toBe(1);
    expect(await figure('DT_XA_DA_DIEN_TAP', '2025')).toBe(1);
    expect(await figure('DT_XA_DA_DIEN_TAP', '2025H2')).toBe(1);

    // Changing the kind of a held drill moves it from one count to another.
    const retyped = await officer.request({
      method: 'PATCH',
      url: `/api/drills/${second.id}`,
      payload: { kind: 'ptds_thien_tai' },
    });
    expect(retyped.statusCode, retyped.body).toBe(200);
    // The commune's own figures are removed; the province's maintained total has no contributor left.
    const [own] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from data_values dv join indicators i on i.id = dv.indicator_id
           where dv.unit_id = ${dongKinh} and dv.period_code = '2025' and i.code in ('DT_CDPT_SO_CUOC', 'DT_XA_DA_DIEN_TAP')`,
    );
    expect(own!.n).toBe(0);
    // With no figure left under it, the province shows none, as before any drill was recorded.
    expect(await figure('DT_CDPT_SO_CUOC', '2025')).toBeNull();
    expect(await figure('DT_XA_DA_DIEN_TAP', '2025')).toBeNull();
    expect(await figure('DT_TY_LE_XA', '2025')).toBeNull();
    expect(await figure('DT_PTDS_SO_CUOC', '2025')).toBe(1);

    const audit = (await leader.request({ url: `/api/audit?entityType=drill&entityId=${second.id}` }))
      .json()
      .items.map((e: { action: string }) => e.action);
    expect(audit.sort()).toEqual(['correct_result', 'create', 'record_result', 'update']);
    const computed = (
      await leader.request({
        url: `/api/audit?entityType=data_value&entityId=${encodeURIComponent(`DT_PTDS_SO_CUOC||${dongKinh}|2025`)}`,
      })
    ).json().items;
    expect(computed).toHaveLength(1);
    expect(computed[0].after).toEqual({ value: 1, computed: true });
  });

  it('writes a drill and its figures together or not at all', async () => {
    const drill = (
      await create(officer, { unitId: dongKinh, ...COMBAT, title: 'Diễn tập hỏng giữa chừng' })
    ).json();
    // The database itself refuses the last write (the drill's audit entry): a real failure inside
    // the transaction, after the drill and its figures were written, and no mock.
    await t.database.db.execute(sql`
      create or replace function qptd_test_refuse() returns trigger language plpgsql as $$
      begin raise exception 'refused by test'; end $$`);
    await t.database.db.execute(sql`
      create trigger qptd_test_refuse before insert on audit_log
      for each row when (new.entity_type = 'drill' and new.action = 'record_result')
      execute function qptd_test_refuse()`);
    try {
      const res = await officer.request({
        method: 'POST',
        url: `/api/drills/${drill.id}/result`,
        payload: { ...RESULT, actualFrom: '2026-06-19', actualTo: '2026-06-19' },
      });
      expect(res.statusCode).toBe(500);
    } finally {
      await t.database.db.execute(sql`drop trigger qptd_test_refuse on audit_log`);
    }
    const after = (await officer.request({ url: `/api/drills/${drill.id}` })).json();
    expect(after.status).toBe('planned');
    expect(await figure('DT_CDPT_SO_CUOC', '2026')).toBe(1);
    const audit = (await leader.request({ url: `/api/audit?entityType=drill&entityId=${drill.id}` })).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual(['create']);
  });

  it('cancels only planned drills and deletes only plans', async () => {
    const held = (await officer.request({ url: '/api/drills?status=done' })).json().items[0];
    const cancelHeld = await officer.request({
      method: 'POST',
      url: `/api/drills/${held.id}/cancel`,
      payload: { reason: 'Thời tiết xấu' },
    });
    expect(cancelHeld.statusCode).toBe(409);
    expect(cancelHeld.json().error.message).toBe('Cuộc diễn tập đã tổ chức, không hủy được.');
    const deleteHeld = await officer.request({ method: 'DELETE', url: `/api/drills/${held.id}` });
    expect(deleteHeld.statusCode).toBe(409);

    const planned = (await create(officer, { unitId: dongKinh, ...COMBAT, title: 'Sẽ hủy' })).json();
    const noReason = await officer.request({
      method: 'POST',
      url: `/api/drills/${planned.id}/cancel`,
      payload: { reason: '' },
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message).toMatch(/Hãy nhập lý do hủy/);
    const cancelled = await officer.request({
      method: 'POST',
      url: `/api/drills/${planned.id}/cancel`,
      payload: { reason: 'Trùng lịch bầu cử' },
    });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', notes: 'Lý do hủy: Trùng lịch bầu cử' });
    expect(cancelled.json().actions).toMatchObject({ update: false, cancel: false, delete: false });
    const edit = await officer.request({
      method: 'PATCH',
      url: `/api/drills/${planned.id}`,
      payload: { title: 'X' },
    });
    expect(edit.statusCode).toBe(409);
    expect((await officer.request({ method: 'DELETE', url: `/api/drills/${planned.id}` })).statusCode).toBe(
      409,
    );

    const mistake = (await create(officer, { unitId: dongKinh, ...COMBAT, title: 'Nhập nhầm' })).json();
    await officer.request({
      method: 'POST',
      url: `/api/drills/${mistake.id}/files`,
      ...multipart('kh.txt', 'kế hoạch'),
    });
    const removed = await officer.request({ method: 'DELETE', url: `/api/drills/${mistake.id}` });
    expect(removed.statusCode).toBe(204);
    expect((await officer.request({ url: `/api/drills/${mistake.id}` })).statusCode).toBe(404);
    const audit = (
      await leader.request({ url: `/api/audit?entityType=drill&entityId=${mistake.id}` })
    ).json();
    expect(audit.items.map((e: { action: string }) => e.action).sort()).toEqual(['create', 'delete']);
  });

  it('keeps evidence files in the database and serves them only as downloads', async () => {
    const drill = (await officer.request({ url: '/api/drills?status=done' })).json().items[0];
    const up = await officer.request({
      method: 'POST',
      url: `/api/drills/${drill.id}/files`,
      ...multipart('Biên bản diễn tập.pdf', '%PDF-1.4 biên bản'),
    });
    expect(up.statusCode, up.body).toBe(201);
    const viewerUpload = await viewer.request({
      method: 'POST',
      url: `/api/drills/${drill.id}/files`,
      ...multipart('x.txt', 'x'),
    });
    expect(viewerUpload.statusCode).toBe(403);
    const notMultipart = await officer.request({
      method: 'POST',
      url: `/api/drills/${drill.id}/files`,
      payload: { file: 'x' },
    });
    expect(notMultipart.statusCode).toBe(415);
    expect(notMultipart.json().error.message).toMatch(/multipart/);
    const files = (await viewer.request({ url: `/api/drills/${drill.id}/files` })).json().items;
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({
      fileName: 'Biên bản diễn tập.pdf',
      fileSize: Buffer.byteLength('%PDF-1.4 biên bản'),
    });
    const download = await viewer.request({ url: `/api/drills/${drill.id}/files/${files[0].id}` });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/octet-stream');
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="Bien-ban-dien-tap.pdf"/);
    expect(download.body).toBe('%PDF-1.4 biên bản');
    expect((await viewer.request({ url: `/api/drills/${drill.id}` })).json().fileCount).toBe(1);
    expect((await officer.request({ url: `/api/drills/${drill.id}/files/999999` })).statusCode).toBe(404);
    const gone = await officer.request({
      method: 'DELETE',
      url: `/api/drills/${drill.id}/files/${files[0].id}`,
    });
    expect(gone.statusCode).toBe(204);
    expect((await officer.request({ url: `/api/drills/${drill.id}/files` })).json().items).toEqual([]);
  });

  it('lists by year, kind and status with paging, and exports what is listed to Excel', async () => {
    const all = (await leader.request({ url: '/api/drills?pageSize=200' })).json();
    const year2026 = (await leader.request({ url: '/api/drills?year=2026&pageSize=200' })).json();
    expect(year2026.total).toBeLessThan(all.total);
    expect(
      year2026.items.every((d: { actualFrom: string | null; plannedFrom: string }) =>
        (d.actualFrom ?? d.plannedFrom).startsWith('2026'),
      ),
    ).toBe(true);
    const kvpt = (await leader.request({ url: '/api/drills?kind=kvpt_tinh' })).json();
    expect(kvpt.items.map((d: { unit: { id: number } }) => d.unit.id)).toEqual([province]);
    const done = (await leader.request({ url: `/api/drills?unitId=${dongKinh}&status=done` })).json();
    expect(done.items.every((d: { status: string }) => d.status === 'done')).toBe(true);
    const page2 = (await leader.request({ url: '/api/drills?pageSize=2&page=2' })).json();
    expect(page2.items.map((d: { id: number }) => d.id)).toEqual(
      all.items.slice(2, 4).map((d: { id: number }) => d.id),
    );
    expect((await leader.request({ url: '/api/drills?year=20266' })).statusCode).toBe(400);
    expect((await leader.request({ url: '/api/drills?status=xong' })).statusCode).toBe(400);

    const xlsx = await leader.request({ url: `/api/drills.xlsx?year=2026&unitId=${dongKinh}` });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toMatch(/^attachment; filename="so-dien-tap-2026.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(String(sheet.getCell('A1').value)).toBe('Sổ theo dõi diễn tập — Phường Đông Kinh — năm 2026');
    const listed = (
      await leader.request({ url: `/api/drills?year=2026&unitId=${dongKinh}&pageSize=200` })
    ).json();
    expect(sheet.rowCount).toBe(2 + listed.total);
    const titles = Array.from({ length: listed.total }, (_, i) =>
      String(sheet.getRow(3 + i).getCell(4).value),
    );
    expect(titles).toEqual(listed.items.map((d: { title: string }) => d.title));
    expect(String(sheet.getRow(3).getCell(2).value)).toBe('Phường Đông Kinh');
  });
});
