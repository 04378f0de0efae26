import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestApp, type TestApp, unitIdByName } from '../helpers/app.ts';
import { testDatabaseKind } from '../helpers/database.ts';

const CLASS = {
  title: 'Lớp bồi dưỡng kiến thức QP-AN đối tượng 4 năm 2026',
  audience: 'dt4',
  organiserText: 'Ban CHQS phường Đông Kinh',
  startsOn: '2026-04-02',
  endsOn: '2026-04-05',
  plannedParticipants: 160,
};
const pct = (part: number, whole: number) => Math.round((part / whole) * 10000) / 100;

describe(`QP-AN class register on ${testDatabaseKind()}`, () => {
  let t: TestApp;
  let officer: Agent;
  let viewer: Agent;
  let leader: Agent;
  let province: number;
  let dongKinh: number;
  let luongVanTri: number;
  let classId: number;

  async function dashboard(period: string, unitId = province) {
    const res = await leader.request({ url: `/api/dashboard?unitId=${unitId}&period=${period}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().indicators as { code: string; value: number | null; numerator: number | null }[];
  }
  async function figure(code: string, period: string, unitId = province): Promise<number | null> {
    return (await dashboard(period, unitId)).find((i) => i.code === code)?.value ?? null;
  }
  const population = (agent: Agent, body: Record<string, unknown>) =>
    agent.request({ method: 'PUT', url: '/api/training-populations', payload: body });

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-06-20T03:00:00Z' });
    officer = await t.signIn('canbo.dongkinh');
    viewer = await t.signIn('xem.dongkinh');
    leader = await t.signIn('lanhdao.tinh');
    province = leader.user.unit.id;
    dongKinh = officer.user.unit.id;
    luongVanTri = await unitIdByName(t.database, 'Phường Lương Văn Tri');
  });
  afterAll(async () => t?.close());

  it('enters a planned class and refuses malformed ones in Vietnamese', async () => {
    const res = await officer.request({
      method: 'POST',
      url: '/api/training-classes',
      payload: { unitId: dongKinh, ...CLASS },
    });
    expect(res.statusCode, res.body).toBe(201);
    classId = res.json().id;
    expect(res.json()).toMatchObject({
      status: 'planned',
      audience: 'dt4',
      audienceNote: null,
      actualParticipants: null,
      actions: { update: true, recordResult: true, cancel: true, delete: true },
    });
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ audience: 'dt5' }, /Đối tượng bồi dưỡng không hợp lệ/],
      [{ audience: 'khac' }, /Hãy ghi rõ đối tượng khác/],
      [{ endsOn: '2026-04-01' }, /Ngày kết thúc phải trùng hoặc sau ngày khai giảng/],
      [{ plannedParticipants: -1 }, /Số người dự kiến không được âm/],
      [{ plannedParticipants: 2.5 }, /Số người dự kiến phải là số nguyên/],
      [{ startsOn: 'mai' }, /Ngày không hợp lệ/],
      [{ endsOn: '2026-12-31' }, /không kéo dài quá 180 ngày/],
    ];
    for (const [change, message] of cases) {
      const bad = await officer.request({
        method: 'POST',
        url: '/api/training-classes',
        payload: { unitId: dongKinh, ...CLASS, ...change },
      });
      expect(bad.statusCode, JSON.stringify(change)).toBe(400);
      expect(bad.json().error.message).toMatch(message);
    }
    const denied = await viewer.request({
      method: 'POST',
      url: '/api/training-classes',
      payload: { unitId: dongKinh, ...CLASS },
    });
    expect(denied.statusCode).toBe(403);
    const outside = await officer.request({
      method: 'POST',
      url: '/api/training-classes',
      payload: { unitId: luongVanTri, ...CLASS },
    });
    expect(outside.statusCode).toBe(404);
  });

  it('takes the population in scope per group, and the share trained starts at 0 %', async () => {
    for (const [items, message] of [
      [[{ audience: 'dt9', persons: 3 }], /Đối tượng phải là 1, 2, 3 hoặc 4/],
      [[{ audience: 'dt4', persons: -1 }], /Số người thuộc diện bồi dưỡng không được âm/],
      [
        [
          { audience: 'dt4', persons: 1 },
          { audience: 'dt4', persons: 2 },
        ],
        /Mỗi đối tượng chỉ nhập một lần/,
      ],
    ] as const) {
      const bad = await population(officer, { unitId: dongKinh, year: 2026, items });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.message).toMatch(message);
    }
    expect(
      (await population(viewer, { unitId: dongKinh, year: 2026, items: [{ audience: 'dt4', persons: 1 }] }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await population(officer, {
          unitId: luongVanTri,
          year: 2026,
          items: [{ audience: 'dt4', persons: 1 }],
        })
      ).statusCode,
    ).toBe(404);
    const saved = await population(officer, {
      unitId: dongKinh,
      year: 2026,
      items: [
        { audience: 'dt3', persons: 20 },
        { audience: 'dt4', persons: 200 },
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      own: { dt1: null, dt2: null, dt3: 20, dt4: 200 },
      classes: { done: 0, participants: 0 },
      actions: { edit: true },
    });
    expect(saved.json().groups.find((g: { audience: string }) => g.audience === 'dt4')).toEqual({
      audience: 'dt4',
      population: 200,
      trained: 0,
      share: 0,
    });
    expect(await figure('QPAN_PHAI_BD', '2026')).toBe(220);
    expect(await figure('QPAN_TY_LE_BD', '2026')).toBe(0);
    expect(await figure('QPAN_PHAI_BD', '2026H1')).toBe(220);
    expect(await figure('QPAN_PHAI_BD', '2026H2')).toBe(220);
    // A commune created in 2025 has no population to enter for 2020.
    const early = await population(officer, {
      unitId: dongKinh,
      year: 2020,
      items: [{ audience: 'dt4', persons: 5 }],
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.message).toBe('Phường Đông Kinh không tồn tại trong năm 2020.');
  });

  it('records a held class and the province figures follow, never typed', async () => {
    const future = await officer.request({
      method: 'POST',
      url: `/api/training-classes/${classId}/result`,
      payload: { actualParticipants: 150, startsOn: '2026-07-01', endsOn: '2026-07-04' },
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.message).toBe(
      'Chưa thể ghi kết quả: lớp khai giảng sau hôm nay (20/06/2026).',
    );
    const missing = await officer.request({
      method: 'POST',
      url: `/api/training-classes/${classId}/result`,
      payload: {},
    });
    expect(missing.statusCode).toBe(400);
    const done = await officer.request({
      method: 'POST',
      url: `/api/training-classes/${classId}/result`,
      payload: { actualParticipants: 150 },
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', actualParticipants: 150 });
    expect(await figure('QPAN_SO_LOP', '2026')).toBe(1);
    expect(await figure('QPAN_LUOT_NGUOI', '2026')).toBe(150);
    expect(await figure('QPAN_DA_BD', '2026')).toBe(150);
    expect(await figure('QPAN_TY_LE_BD', '2026')).toBe(pct(150, 220));
    expect(await figure('QPAN_SO_LOP', '2026H1')).toBe(1);
    expect(await figure('QPAN_TY_LE_BD', '2026H1')).toBe(pct(150, 220));
    expect(await figure('QPAN_SO_LOP', '2026H2')).toBeNull();
    expect(await figure('QPAN_TY_LE_BD', '2026H2')).toBe(0);

    // Another group: it counts as a class and as participants, not towards đối tượng 1–4.
    const other = await officer.request({
      method: 'POST',
      url: '/api/training-classes',
      payload: {
        unitId: dongKinh,
        ...CLASS,
        title: 'Bồi dưỡng cho chức sắc tôn giáo',
        audience: 'khac',
        audienceNote: 'Chức sắc, chức việc tôn giáo',
        startsOn: '2026-05-10',
        endsOn: '2026-05-10',
        plannedParticipants: 30,
      },
    });
    expect(other.statusCode, other.body).toBe(201);
    await officer.request({
      method: 'POST',
      url: `/api/training-classes/${other.json().id}/result`,
      payload: { actualParticipants: 28 },
    });
    expect(await figure('QPAN_SO_LOP', '2026')).toBe(2);
    expect(await figure('QPAN_LUOT_NGUOI', '2026')).toBe(178);
    expect(await figure('QPAN_DA_BD', '2026')).toBe(150);

    const shown = (
      await leader.request({ url: `/api/training-populations?unitId=${province}&year=2026` })
    ).json();
    expect(shown.unit).toEqual({ id: province, name: 'Tỉnh Lạng Sơn' });
    expect(shown.groups).toEqual([
      { audience: 'dt1', population: null, trained: null, share: null },
      { audience: 'dt2', population: null, trained: null, share: null },
      { audience: 'dt3', population: 20, trained: 0, share: 0 },
      { audience: 'dt4', population: 200, trained: 150, share: 0.75 },
    ]);
    expect(shown.classes).toEqual({ done: 2, participants: 178 });
    expect(shown.own).toEqual({ dt1: null, dt2: null, dt3: null, dt4: null });

    // Correcting the class into last year moves its figures there.
    const moved = await officer.request({
      method: 'POST',
      url: `/api/training-classes/${classId}/result`,
      payload: { actualParticipants: 140, startsOn: '2025-12-01', endsOn: '2025-12-04' },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await figure('QPAN_DA_BD', '2026')).toBe(0);
    expect(await figure('QPAN_SO_LOP', '2026')).toBe(1);
    expect(await figure('QPAN_DA_BD', '2025')).toBe(140);
    expect(await figure('QPAN_SO_LOP', '2025H2')).toBe(1);
    const back = await officer.request({
      method: 'POST',
      url: `/api/training-classes/${classId}/result`,
      payload: { actualParticipants: 150, startsOn: '2026-04-02', endsOn: '2026-04-05' },
    });
    expect(back.statusCode).toBe(200);
    expect(await figure('QPAN_TY_LE_BD', '2026')).toBe(pct(150, 220));

    const audit = (await leader.request({ url: `/api/audit?entityType=training_class&entityId=${classId}` }))
      .json()
      .items.map((e: { action: string }) => e.action);
    expect(audit.sort()).toEqual(['correct_result', 'correct_result', 'create', 'record_result']);
    const pop = (
      await leader.request({ url: `/api/audit?entityType=training_population&entityId=${dongKinh}|2026|dt4` })
    ).json().items;
    expect(pop.map((e: { action: string; after: unknown }) => [e.action, e.after])).toEqual([
      ['create', { persons: 200 }],
    ]);
  });

  it('clears a population and the share has no denominator any more', async () => {
    const res = await population(officer, {
      unitId: dongKinh,
      year: 2026,
      items: [{ audience: 'dt3', persons: null }],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().own.dt3).toBeNull();
    expect(await figure('QPAN_PHAI_BD', '2026')).toBe(200);
    expect(await figure('QPAN_TY_LE_BD', '2026')).toBe(75);
    const unchanged = await population(officer, {
      unitId: dongKinh,
      year: 2026,
      items: [{ audience: 'dt4', persons: 200 }],
    });
    expect(unchanged.statusCode).toBe(200);
  });

  it('writes a class result and its figures together or not at all', async () => {
    const created = await officer.request({
      method: 'POST',
      url: '/api/training-classes',
      payload: {
        unitId: dongKinh,
        ...CLASS,
        title: 'Lớp hỏng giữa chừng',
        startsOn: '2026-06-01',
        endsOn: '2026-06-03',
      },
    });
    await t.database.db.execute(sql`
      create or replace function qptd_test_refuse() returns trigger language plpgsql as $$
      begin raise exception 'refused by test'; end $$`);
    await t.database.db.execute(sql`
      create trigger qptd_test_refuse before insert on audit_log
      for each row when (new.entity_type = 'training_class' and new.action = 'record_result')
      execute function qptd_test_refuse()`);
    try {
      const res = await officer.request({
        method: 'POST',
        url: `/api/training-classes/${created.json().id}/result`,
        payload: { actualParticipants: 40 },
      });
      expect(res.statusCode).toBe(500);
    } finally {
      await t.database.db.execute(sql`drop trigger qptd_test_refuse on audit_log`);
    }
    expect((await officer.request({ url: `/api/training-classes/${created.json().id}` })).json().status).toBe(
      'planned',
    );
    expect(await figure('QPAN_SO_LOP', '2026')).toBe(2);
    expect(await figure('QPAN_DA_BD', '2026')).toBe(150);
  });

  it('cancels and deletes only planned classes, and hides other units’ classes', async () => {
    const done = await officer.request({
      method: 'POST',
      url: `/api/training-classes/${classId}/cancel`,
      payload: { reason: 'Thử' },
    });
    expect(done.statusCode).toBe(409);
    expect(done.json().error.message).toBe('Lớp bồi dưỡng đã tổ chức, không hủy được.');
    expect(
      (await officer.request({ method: 'DELETE', url: `/api/training-classes/${classId}` })).statusCode,
    ).toBe(409);
    const planned = (
      await officer.request({
        method: 'POST',
        url: '/api/training-classes',
        payload: {
          unitId: dongKinh,
          ...CLASS,
          title: 'Lớp sẽ hủy',
          startsOn: '2026-09-01',
          endsOn: '2026-09-04',
        },
      })
    ).json();
    const cancelled = await officer.request({
      method: 'POST',
      url: `/api/training-classes/${planned.id}/cancel`,
      payload: { reason: 'Trùng lịch tập huấn' },
    });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', notes: 'Lý do hủy: Trùng lịch tập huấn' });
    const edit = await officer.request({
      method: 'PATCH',
      url: `/api/training-classes/${planned.id}`,
      payload: { title: 'Sửa' },
    });
    expect(edit.statusCode).toBe(409);
    const mistake = (
      await officer.request({
        method: 'POST',
        url: '/api/training-classes',
        payload: { unitId: dongKinh, ...CLASS, title: 'Nhập nhầm' },
      })
    ).json();
    expect(
      (await officer.request({ method: 'DELETE', url: `/api/training-classes/${mistake.id}` })).statusCode,
    ).toBe(204);
    expect((await officer.request({ url: `/api/training-classes/${mistake.id}` })).statusCode).toBe(404);

    const provinceOfficer = await t.signIn('canbo.tinh');
    const theirs = (
      await provinceOfficer.request({
        method: 'POST',
        url: '/api/training-classes',
        payload: { unitId: luongVanTri, ...CLASS, title: 'Lớp của Lương Văn Tri' },
      })
    ).json();
    for (const req of [
      { method: 'GET' as const, url: `/api/training-classes/${theirs.id}` },
      { method: 'PATCH' as const, url: `/api/training-classes/${theirs.id}`, payload: { title: 'X' } },
      {
        method: 'POST' as const,
        url: `/api/training-classes/${theirs.id}/result`,
        payload: { actualParticipants: 1 },
      },
      { method: 'DELETE' as const, url: `/api/training-classes/${theirs.id}` },
      { method: 'GET' as const, url: `/api/training-populations?unitId=${luongVanTri}&year=2026` },
    ]) {
      const res = await officer.request(req);
      expect(res.statusCode, req.url).toBe(404);
    }
    const mine = (await officer.request({ url: '/api/training-classes?pageSize=200' })).json();
    expect(mine.items.every((c: { unit: { id: number } }) => c.unit.id === dongKinh)).toBe(true);
    const all = (await leader.request({ url: '/api/training-classes?pageSize=200' })).json();
    expect(all.total).toBe(mine.total + 1);
  });

  it('lists by year, group and status, and exports the classes and the shares to Excel', async () => {
    const dt4 = (
      await leader.request({ url: '/api/training-classes?audience=dt4&status=done&year=2026' })
    ).json();
    expect(dt4.items.map((c: { id: number }) => c.id)).toEqual([classId]);
    expect((await leader.request({ url: '/api/training-classes?audience=dt7' })).statusCode).toBe(400);
    const xlsx = await leader.request({ url: `/api/training-classes.xlsx?year=2026&unitId=${province}` });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toMatch(/^attachment; filename="boi-duong-qpan-2026.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const [classes, shares] = workbook.worksheets;
    expect(String(classes!.getCell('A1').value)).toBe(
      'Sổ theo dõi bồi dưỡng kiến thức QP-AN — Tỉnh Lạng Sơn — năm 2026',
    );
    const listed = (
      await leader.request({ url: `/api/training-classes?year=2026&unitId=${province}&pageSize=200` })
    ).json();
    expect(classes!.rowCount).toBe(2 + listed.total);
    expect(shares!.getRow(6).values).toEqual([undefined, 'Đối tượng 4', 200, 150, 75]);
  });
});
