import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/server/db/query-rows.ts';
import type { TTask, TTaskDetail } from '../../src/shared/schemas/tasks.ts';
import { type Agent, createTestApp, type TestApp } from '../helpers/app.ts';
import { testDatabaseKind } from '../helpers/database.ts';
import { registerAndConfirm } from '../helpers/documents.ts';

// A province plan: one assignment per agency, each carrying the target written in it.
const PLAN = `ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN
Số: 45/KH-UBND
Lạng Sơn, ngày 10 tháng 01 năm 2026
KẾ HOẠCH
Diễn tập chiến đấu phòng thủ và bồi dưỡng kiến thức quốc phòng và an ninh năm 2026
Thực hiện Nghị định số 21/2019/NĐ-CP ngày 22/02/2019 của Chính phủ, UBND tỉnh xây dựng kế hoạch như sau:
1. Bộ CHQS tỉnh chủ trì tổ chức diễn tập chiến đấu phòng thủ xã, phường đạt 20 - 25% số xã, phường mỗi năm, xong trước ngày 30/11/2026.
2. Sở Nội vụ chủ trì tổ chức bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4, mỗi xã, phường ít nhất 01 lớp, xong trước ngày 30/10/2026.
3. UBND phường Đông Kinh chủ trì tổ chức huấn luyện dân quân tự vệ, phấn đấu quân số tham gia huấn luyện đạt 95% trở lên, xong trước ngày 30/11/2026.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An`;

const DRILL = {
  kind: 'chien_dau_xa',
  title: 'Diễn tập chiến đấu phòng thủ năm 2026',
  plannedFrom: '2026-05-12',
  plannedTo: '2026-05-13',
  participants: [{ force: 'dan_quan_tu_ve', count: 60 }],
};
const RESULT = { actualFrom: '2026-05-12', actualTo: '2026-05-13', grade: 'kha', safe: true };
const pct = (part: number, whole: number) => Math.round((part / whole) * 10000) / 100;

describe(`targets on a task's page, moved by the registers, on ${testDatabaseKind()}`, () => {
  let t: TestApp;
  let officer: Agent;
  let leader: Agent;
  let commune: Agent;
  let communeViewer: Agent;
  let province: number;
  let dongKinh: number;
  let communes: number[];
  let drillTask: number;
  let classTask: number;
  let wardTask: number;

  const task = async (agent: Agent, id: number) => {
    const res = await agent.request({ url: `/api/tasks/${id}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as TTaskDetail;
  };
  const provinceFigure = async (code: string) => {
    const res = await leader.request({ url: `/api/dashboard?unitId=${province}&period=2026` });
    return (res.json().indicators as { code: string; value: number | null }[]).find((i) => i.code === code)!
      .value;
  };
  const holdDrill = async (unitId: number) => {
    const created = await officer.request({
      method: 'POST',
      url: '/api/drills',
      payload: { unitId, ...DRILL },
    });
    expect(created.statusCode, created.body).toBe(201);
    const held = await officer.request({
      method: 'POST',
      url: `/api/drills/${created.json().id}/result`,
      payload: RESULT,
    });
    expect(held.statusCode, held.body).toBe(200);
  };

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-06-20T03:00:00Z' });
    officer = await t.signIn('canbo.tinh');
    leader = await t.signIn('lanhdao.tinh');
    commune = await t.signIn('canbo.dongkinh');
    communeViewer = await t.signIn('xem.dongkinh');
    province = leader.user.unit.id;
    dongKinh = commune.user.unit.id;
    const rows = await queryRows<{ id: string }>(
      t.database.db,
      sql`select id from units where parent_id = ${province} and level = 3 and valid_to is null order by name`,
    );
    communes = rows.map((r) => Number(r.id));
    const documentId = await registerAndConfirm(officer, PLAN);
    const tasks = (await leader.request({ url: `/api/tasks?documentId=${documentId}` })).json()
      .items as TTask[];
    const byAgency = (name: string) => tasks.find((x) => x.leadAgency.name.startsWith(name))!.id;
    drillTask = byAgency('Bộ Chỉ huy Quân sự');
    classTask = byAgency('Sở Nội vụ');
    wardTask = tasks.find((x) => x.leadAgency.unitId === dongKinh)!.id;
  });
  afterAll(async () => t?.close());

  it('answers 401 without a session and 400 in Vietnamese for a malformed id', async () => {
    expect((await t.app.inject({ url: `/api/tasks/${drillTask}` })).statusCode).toBe(401);
    const bad = await leader.request({ url: '/api/tasks/abc' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/[ăâđêôơư]/);
  });

  it('shows the target of a register-determined rate with no figure yet', async () => {
    expect(communes).toHaveLength(65);
    const detail = await task(leader, drillTask);
    expect(detail.targets).toEqual([
      {
        id: expect.any(Number),
        indicator: {
          id: expect.any(Number),
          code: 'DT_TY_LE_XA',
          name: 'Tỷ lệ xã diễn tập chiến đấu phòng thủ trong năm',
          unitOfMeasure: '%',
          kind: 'ratio',
          determinedBy: 'drills',
        },
        category: '',
        unit: { id: province, name: 'Tỉnh Lạng Sơn' },
        level: null,
        periodCode: '2026',
        min: 20,
        max: 25,
        // No commune has drilled: not known to be below, as on the dashboard.
        actual: null,
        met: null,
      },
    ]);
  });

  it('follows the drill register: the share of communes drilled rises and the target is met at 13 of 65', async () => {
    for (const unitId of communes.slice(0, 12)) await holdDrill(unitId);
    let [target] = (await task(leader, drillTask)).targets;
    expect(target).toMatchObject({ actual: pct(12, 65), met: false });
    expect(target!.actual).toBe(await provinceFigure('DT_TY_LE_XA'));

    // A second drill of a commune already drilled adds no commune.
    await holdDrill(communes[0]!);
    expect((await task(leader, drillTask)).targets[0]).toMatchObject({ actual: pct(12, 65), met: false });

    await holdDrill(communes[12]!);
    [target] = (await task(leader, drillTask)).targets;
    expect(target).toMatchObject({ actual: 20, met: true });
    expect(target!.actual).toBe(await provinceFigure('DT_TY_LE_XA'));

    // Past the ceiling of the rotation the figure leaves the bounds, as the figures pages judge it.
    for (const unitId of communes.slice(13, 17)) await holdDrill(unitId);
    expect((await task(leader, drillTask)).targets[0]).toMatchObject({ actual: pct(17, 65), met: false });
  });

  it('counts, for a target set for each commune, how many communes meet it', async () => {
    let [target] = (await task(leader, classTask)).targets;
    expect(target).toMatchObject({
      indicator: { code: 'QPAN_SO_LOP', kind: 'quantity', unitOfMeasure: 'lớp', determinedBy: 'training' },
      unit: { id: province },
      level: 3,
      periodCode: '2026',
      min: 1,
      max: null,
      actual: null,
      met: false,
      perUnit: { total: 65, met: 0 },
    });

    const created = await commune.request({
      method: 'POST',
      url: '/api/training-classes',
      payload: {
        unitId: dongKinh,
        title: 'Lớp bồi dưỡng kiến thức QP-AN đối tượng 4 năm 2026',
        audience: 'dt4',
        startsOn: '2026-04-02',
        endsOn: '2026-04-05',
        plannedParticipants: 40,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    // Planned is not held: nothing moves yet.
    expect((await task(leader, classTask)).targets[0]).toMatchObject({ actual: null, perUnit: { met: 0 } });
    const held = await commune.request({
      method: 'POST',
      url: `/api/training-classes/${created.json().id}/result`,
      payload: { actualParticipants: 38 },
    });
    expect(held.statusCode, held.body).toBe(200);
    [target] = (await task(leader, classTask)).targets;
    expect(target).toMatchObject({ actual: 1, met: false, perUnit: { total: 65, met: 1 } });
    expect(target!.actual).toBe(await provinceFigure('QPAN_SO_LOP'));
  });

  it('shows a task only in scope, and only the targets the actor may see', async () => {
    // The ward's task carries the province's target: the ward sees its task, not the province's target.
    const asProvince = await task(leader, wardTask);
    expect(asProvince.targets.map((x) => [x.indicator.code, x.unit.id, x.min])).toEqual([
      ['DQTV_TY_LE_HL', province, 95],
    ]);
    expect(asProvince.targets[0]!.indicator.determinedBy).toBe('militia');
    const asWard = await task(commune, wardTask);
    expect(asWard.targets).toEqual([]);

    for (const agent of [commune, communeViewer]) {
      const res = await agent.request({ url: `/api/tasks/${drillTask}` });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.message).toBe('Không tìm thấy nhiệm vụ này hoặc bạn không có quyền xem.');
    }
  });
});
