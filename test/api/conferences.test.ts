import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/server/db/query-rows.ts';
import { type Agent, createTestApp, type TestApp, unitIdByName } from '../helpers/app.ts';
import { testDatabaseKind } from '../helpers/database.ts';

const VIETNAMESE = /[ạảãáàâấầẩẫậăắằẳẵặẹẻẽéèêếềểễệịỉĩíìọỏõóòôốồổỗộơớờởỡợụủũúùưứừửữựỵỷỹýỳđ]/i;

const SO_KET = {
  kind: 'so_ket',
  title: 'Hội nghị sơ kết xây dựng nền quốc phòng toàn dân 6 tháng đầu năm 2026',
  periodCode: '2026H1',
  dueOn: '2026-08-30',
  duration: '½ ngày',
  chair: 'Chủ tịch UBND phường Đông Kinh',
  location: 'Hội trường UBND phường',
};

describe(`review conferences on ${testDatabaseKind()}`, () => {
  let t: TestApp;
  let officer: Agent;
  let leader: Agent;
  let viewer: Agent;
  let provinceLeader: Agent;
  let neighbour: Agent;
  let dongKinh: number;
  let province: number;
  let luongVanTri: number;
  let ownAgencyId: number;
  let ownPoliceId: number;
  let neighbourAgencyId: number;
  let reportId: number;
  let conferenceId: number;

  const audit = (entityType: string, entityId: number | string, action: string) =>
    queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where entity_type = ${entityType}
           and entity_id = ${String(entityId)} and action = ${action}`,
    ).then((rows) => rows[0]!.n);
  const get = async (agent: Agent, id: number) => {
    const res = await agent.request({ url: `/api/conferences/${id}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-09-20T03:00:00Z' });
    officer = await t.signIn('canbo.dongkinh');
    leader = await t.signIn('lanhdao.dongkinh');
    viewer = await t.signIn('xem.dongkinh');
    provinceLeader = await t.signIn('lanhdao.tinh');
    const admin = await t.signIn('admin.tinh');
    dongKinh = officer.user.unit.id;
    province = provinceLeader.user.unit.id;
    luongVanTri = await unitIdByName(t.database, 'Phường Lương Văn Tri');
    const own = (await admin.request({ url: `/api/units/${dongKinh}` })).json();
    ownAgencyId = own.agencies.find((a: { kind: string }) => a.kind === 'military_command').id;
    ownPoliceId = own.agencies.find((a: { kind: string }) => a.kind === 'police').id;
    const other = (await admin.request({ url: `/api/units/${luongVanTri}` })).json();
    neighbourAgencyId = other.agencies.find((a: { kind: string }) => a.kind === 'military_command').id;
    const created = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: 'hn.luongvantri',
        fullName: 'Cán bộ Lương Văn Tri',
        role: 'officer',
        agencyId: neighbourAgencyId,
      },
    });
    const temp = await t.signIn('hn.luongvantri', created.json().temporaryPassword);
    await temp.request({
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: created.json().temporaryPassword, newPassword: 'hoi-nghi-lvt-2026' },
    });
    neighbour = await t.signIn('hn.luongvantri', 'hoi-nghi-lvt-2026');
    const forms = (await officer.request({ url: '/api/report-forms' })).json().items;
    const half = forms.find((f: { code: string }) => f.code === 'BC_QPQSDP_6T');
    reportId = (
      await officer.request({
        method: 'POST',
        url: '/api/reports',
        payload: { formId: half.id, unitId: dongKinh, period: '2026H1' },
      })
    ).json().id;
  });
  afterAll(async () => t?.close());

  it('answers 401 without a session and 400 with a Vietnamese message for bad input', async () => {
    expect((await t.app.inject({ url: '/api/conferences' })).statusCode).toBe(401);
    const bad = await officer.request({
      method: 'POST',
      url: '/api/conferences',
      payload: { unitId: dongKinh, kind: 'hoi_thao', title: '', periodCode: '2026H3' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(VIETNAMESE);
    const quota = await officer.request({
      method: 'POST',
      url: '/api/conferences',
      payload: { ...SO_KET, unitId: dongKinh, awardQuotaCollective: -1 },
    });
    expect(quota.statusCode).toBe(400);
    expect(quota.json().error.message).toContain('không được âm');
  });

  it('plans a conference linked to its own report, and refuses another unit’s report', async () => {
    const forms = (await neighbour.request({ url: '/api/report-forms' })).json().items;
    const otherReport = (
      await neighbour.request({
        method: 'POST',
        url: '/api/reports',
        payload: {
          formId: forms.find((f: { code: string }) => f.code === 'BC_QPQSDP_6T').id,
          unitId: luongVanTri,
          period: '2026H1',
        },
      })
    ).json().id;
    expect(otherReport).toBeGreaterThan(0);
    const refused = await officer.request({
      method: 'POST',
      url: '/api/conferences',
      payload: { ...SO_KET, unitId: dongKinh, reportId: otherReport },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('báo cáo của chính đơn vị');

    const res = await officer.request({
      method: 'POST',
      url: '/api/conferences',
      payload: { ...SO_KET, unitId: dongKinh, reportId, awardQuotaCollective: 1, awardQuotaIndividual: 2 },
    });
    expect(res.statusCode, res.body).toBe(201);
    conferenceId = res.json().id;
    const conference = await get(officer, conferenceId);
    expect(conference).toMatchObject({
      unit: { id: dongKinh, name: 'Phường Đông Kinh', level: 3 },
      kind: 'so_ket',
      periodCode: '2026H1',
      dueOn: '2026-08-30',
      heldOn: null,
      duration: '½ ngày',
      status: 'planned',
      // Due 30/8 and not held by 20/9: late.
      isLate: true,
      report: { id: reportId, state: 'draft', periodCode: '2026H1' },
      awards: { quotaCollective: 1, quotaIndividual: 2, collective: 0, individual: 0 },
      actions: { edit: true, delete: true, propose: true },
      nextPeriodStart: '2026-07-01',
    });
    expect(await audit('conference', conferenceId, 'create')).toBe(1);
  });

  it('lets the province see the commune’s conference, and hides it from the neighbour (404)', async () => {
    const list = (await provinceLeader.request({ url: '/api/conferences?year=2026' })).json().items;
    expect(list.map((c: { id: number }) => c.id)).toContain(conferenceId);
    const communes = (await provinceLeader.request({ url: '/api/conferences?year=2026&level=3' })).json()
      .items;
    expect(communes.every((c: { unit: { level: number } }) => c.unit.level === 3)).toBe(true);
    expect((await provinceLeader.request({ url: '/api/conferences?year=2025' })).json().items).toEqual([]);
    expect((await neighbour.request({ url: '/api/conferences' })).json().items).toEqual([]);
    const hidden = await neighbour.request({ url: `/api/conferences/${conferenceId}` });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().error.message).toMatch(VIETNAMESE);
    expect((await neighbour.request({ url: `/api/conferences?unitId=${dongKinh}` })).statusCode).toBe(404);
    const write = await neighbour.request({
      method: 'POST',
      url: `/api/conferences/${conferenceId}/conclusions`,
      payload: { text: 'Không được ghi' },
    });
    expect(write.statusCode).toBe(404);
    const foreignUnit = await officer.request({
      method: 'POST',
      url: '/api/conferences',
      payload: { ...SO_KET, unitId: luongVanTri },
    });
    expect(foreignUnit.statusCode).toBe(404);
  });

  it('refuses writes from a viewer (403)', async () => {
    const res = await viewer.request({
      method: 'POST',
      url: '/api/conferences',
      payload: { ...SO_KET, unitId: dongKinh },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toMatch(VIETNAMESE);
  });

  it('records participants: an agency of the unit (named after it) or a named person', async () => {
    const agency = await officer.request({
      method: 'POST',
      url: `/api/conferences/${conferenceId}/participants`,
      payload: { agencyId: ownAgencyId, role: 'bao_cao' },
    });
    expect(agency.statusCode, agency.body).toBe(201);
    const person = await officer.request({
      method: 'POST',
      url: `/api/conferences/${conferenceId}/participants`,
      payload: { name: 'Đại biểu Bộ CHQS tỉnh', role: 'du' },
    });
    expect(person.statusCode).toBe(201);
    const chair = await officer.request({
      method: 'POST',
      url: `/api/conferences/${conferenceId}/participants`,
      payload: { name: 'Chủ tịch UBND phường', role: 'chu_tri' },
    });
    expect(chair.statusCode).toBe(201);
    const outside = await officer.request({
      method: 'POST',
      url: `/api/conferences/${conferenceId}/participants`,
      payload: { agencyId: neighbourAgencyId },
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.message).toContain('thuộc đơn vị tổ chức');
    const empty = await officer.request({
      method: 'POST',
      url: `/api/conferences/${conferenceId}/participants`,
      payload: { role: 'du' },
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toMatch(VIETNAMESE);
    const conference = await get(officer, conferenceId);
    expect(conference.participants.map((p: { name: string; role: string }) => [p.role, p.name])).toEqual([
      ['chu_tri', 'Chủ tịch UBND phường'],
      ['bao_cao', 'Ban Chỉ huy Quân sự phường Đông Kinh'],
      ['du', 'Đại biểu Bộ CHQS tỉnh'],
    ]);
    const removed = await officer.request({
      method: 'DELETE',
      url: `/api/conferences/${conferenceId}/participants/${person.json().id}`,
    });
    expect(removed.statusCode).toBe(204);
    expect((await get(officer, conferenceId)).participants).toHaveLength(2);
    expect(await audit('conference_participant', person.json().id, 'delete')).toBe(1);
  });

  it('marks the conference held on a day that has come', async () => {
    const noDay = await officer.request({
      method: 'PATCH',
      url: `/api/conferences/${conferenceId}`,
      payload: { status: 'held' },
    });
    expect(noDay.statusCode).toBe(400);
    expect(noDay.json().error.message).toBe('Hãy nhập ngày tổ chức hội nghị.');
    const future = await officer.request({
      method: 'PATCH',
      url: `/api/conferences/${conferenceId}`,
      payload: { status: 'held', heldOn: '2026-10-01' },
    });
    expect(future.statusCode).toBe(400);
    const held = await officer.request({
      method: 'PATCH',
      url: `/api/conferences/${conferenceId}`,
      payload: { status: 'held', heldOn: '2026-08-25' },
    });
    expect(held.statusCode, held.body).toBe(204);
    expect(await get(officer, conferenceId)).toMatchObject({
      status: 'held',
      heldOn: '2026-08-25',
      isLate: false,
    });
    expect(await audit('conference', conferenceId, 'hold')).toBe(1);
  });

  it('turns a conclusion into a task of the next period that shows the conference as its source', async () => {
    const texts = [
      'Tiếp tục củng cố lực lượng dân quân tự vệ, nâng cao chất lượng huấn luyện. Phấn đấu 100% dân quân được huấn luyện.',
      'Hoàn thành diễn tập chiến đấu phòng thủ phường trong năm 2027.',
    ];
    const ids: number[] = [];
    for (const text of texts) {
      const res = await officer.request({
        method: 'POST',
        url: `/api/conferences/${conferenceId}/conclusions`,
        payload: { text },
      });
      expect(res.statusCode, res.body).toBe(201);
      ids.push(res.json().id);
    }
    const conference = await get(officer, conferenceId);
    expect(
      conference.conclusionItems.map((c: { position: number; text: string }) => [c.position, c.text]),
    ).toEqual([
      [1, texts[0]],
      [2, texts[1]],
    ]);
    const url = `/api/conferences/${conferenceId}/conclusions/${ids[0]}/task`;
    const samePeriod = await officer.request({
      method: 'POST',
      url,
      payload: { leadAgencyId: ownAgencyId, dueOn: '2026-05-31' },
    });
    expect(samePeriod.statusCode).toBe(400);
    expect(samePeriod.json().error.message).toContain('kỳ sau: hạn phải từ ngày 01/07/2026');
    const foreignLead = await officer.request({
      method: 'POST',
      url,
      payload: { leadAgencyId: neighbourAgencyId, dueOn: '2026-12-31' },
    });
    expect(foreignLead.statusCode).toBe(400);
    expect(foreignLead.json().error.message).toContain('Cơ quan chủ trì');
    const byViewer = await viewer.request({
      method: 'POST',
      url,
      payload: { leadAgencyId: ownAgencyId, dueOn: '2026-12-31' },
    });
    expect(byViewer.statusCode).toBe(403);

    const res = await officer.request({
      method: 'POST',
      url,
      payload: { leadAgencyId: ownAgencyId, supportAgencyIds: [ownPoliceId], dueOn: '2026-12-31' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const taskId = res.json().taskId;
    const tasks = (await officer.request({ url: '/api/tasks?view=all' })).json().items;
    const task = tasks.find((x: { id: number }) => x.id === taskId);
    expect(task).toMatchObject({
      title: 'Tiếp tục củng cố lực lượng dân quân tự vệ, nâng cao chất lượng huấn luyện',
      dueOn: '2026-12-31',
      status: 'in_term',
      leadAgency: { id: ownAgencyId },
      supportAgencies: [{ id: ownPoliceId }],
      document: null,
      sourceText: texts[0],
      conference: { id: conferenceId, title: SO_KET.title, conclusionId: ids[0] },
    });
    // The province sees the commune's task and where it came from.
    const fromProvince = (await provinceLeader.request({ url: `/api/tasks/${taskId}` })).json();
    expect(fromProvince.conference.id).toBe(conferenceId);
    expect((await neighbour.request({ url: `/api/tasks/${taskId}` })).statusCode).toBe(404);

    const after = await get(officer, conferenceId);
    expect(after.conclusionItems[0].task).toMatchObject({ id: taskId, dueOn: '2026-12-31' });
    expect(after.conclusions).toEqual({ total: 2, tasks: 1 });
    expect(after.actions.delete).toBe(false);
    expect(await audit('task', taskId, 'create')).toBe(1);
    expect(await audit('conference_conclusion', ids[0]!, 'assign')).toBe(1);

    const again = await officer.request({
      method: 'POST',
      url,
      payload: { leadAgencyId: ownAgencyId, dueOn: '2026-12-31' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('đã được giao');
    const reword = await officer.request({
      method: 'PUT',
      url: `/api/conferences/${conferenceId}/conclusions/${ids[0]}`,
      payload: { text: 'Nội dung khác' },
    });
    expect(reword.statusCode).toBe(409);
    const remove = await officer.request({
      method: 'DELETE',
      url: `/api/conferences/${conferenceId}/conclusions/${ids[0]}`,
    });
    expect(remove.statusCode).toBe(409);
    const move = await officer.request({
      method: 'PUT',
      url: `/api/conferences/${conferenceId}/conclusions/${ids[1]}`,
      payload: { text: texts[1], position: 0 },
    });
    expect(move.statusCode).toBe(400);
  });

  it('writes the task and the conclusion’s link together or not at all', async () => {
    const conclusion = (
      await officer.request({
        method: 'POST',
        url: `/api/conferences/${conferenceId}/conclusions`,
        payload: { text: 'Kết luận thử giao dịch: kiện toàn Ban CHQS phường.' },
      })
    ).json().id;
    const count = async () =>
      (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from tasks`))[0]!.n;
    const before = await count();
    // The link is the transaction's last write: make it fail where the database stands.
    await t.database.db.execute(
      sql.raw(`create function qptd_test_refuse_link() returns trigger language plpgsql as $$
               begin raise exception 'link refused for the test'; end $$`),
    );
    await t.database.db.execute(
      sql.raw(`create trigger qptd_test_refuse_link before update of task_id on conference_conclusions
               for each row execute function qptd_test_refuse_link()`),
    );
    try {
      const res = await officer.request({
        method: 'POST',
        url: `/api/conferences/${conferenceId}/conclusions/${conclusion}/task`,
        payload: { leadAgencyId: ownAgencyId, supportAgencyIds: [ownPoliceId], dueOn: '2026-12-31' },
      });
      expect(res.statusCode).toBe(500);
    } finally {
      await t.database.db.execute(sql.raw('drop trigger qptd_test_refuse_link on conference_conclusions'));
      await t.database.db.execute(sql.raw('drop function qptd_test_refuse_link()'));
    }
    expect(await count()).toBe(before);
    const rows = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where entity_type = 'task' and after->>'conclusionId' = ${String(conclusion)}`,
    );
    expect(rows[0]!.n).toBe(0);
    expect((await get(officer, conferenceId)).conclusionItems.at(-1).task).toBeNull();
  });

  it('keeps the award quota of a conference, a rejected proposal freeing its place', async () => {
    const propose = (name: string) =>
      officer.request({
        method: 'POST',
        url: '/api/award-proposals',
        payload: {
          conferenceId,
          nomineeKind: 'collective',
          nomineeAgencyId: name === 'police' ? ownPoliceId : ownAgencyId,
          awardCode: 'gk_ct_ubnd_xa',
          achievements: 'Hoàn thành xuất sắc nhiệm vụ quân sự, quốc phòng 6 tháng đầu năm 2026.',
        },
      });
    const first = await propose('military');
    expect(first.statusCode, first.body).toBe(201);
    const second = await propose('police');
    expect(second.statusCode).toBe(409);
    expect(second.json().error.message).toBe(
      `Hội nghị "${SO_KET.title}" chỉ được đề nghị khen thưởng tối đa 1 tập thể; đã đủ 1 đề nghị.`,
    );
    expect(
      (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from award_proposals`))[0]!
        .n,
    ).toBe(1);
    const lower = await officer.request({
      method: 'PATCH',
      url: `/api/conferences/${conferenceId}`,
      payload: { awardQuotaCollective: 0 },
    });
    expect(lower.statusCode).toBe(409);
    expect(lower.json().error.message).toContain('không được thấp hơn');
    const rejected = await leader.request({
      method: 'POST',
      url: `/api/award-proposals/${first.json().id}/reject`,
      payload: { reason: 'Hội đồng thi đua chưa thống nhất đề nghị.' },
    });
    expect(rejected.statusCode, rejected.body).toBe(204);
    expect((await propose('police')).statusCode).toBe(201);
    expect((await get(officer, conferenceId)).awards).toMatchObject({ collective: 1, quotaCollective: 1 });
    const deletion = await officer.request({ method: 'DELETE', url: `/api/conferences/${conferenceId}` });
    expect(deletion.statusCode).toBe(409);
  });

  it('plans the conference at every level with a deadline per level, once', async () => {
    const body = {
      unitId: province,
      kind: 'so_ket',
      title: 'Hội nghị sơ kết 5 năm xây dựng nền quốc phòng toàn dân',
      periodCode: '2021-2025',
      duration: '½ ngày',
      dueOn: '2026-09-30',
      communeDueOn: '2026-08-30',
    };
    const backwards = await provinceLeader.request({
      method: 'POST',
      url: '/api/conferences/plan',
      payload: { ...body, communeDueOn: '2026-10-15' },
    });
    expect(backwards.statusCode).toBe(400);
    const res = await provinceLeader.request({ method: 'POST', url: '/api/conferences/plan', payload: body });
    expect(res.statusCode, res.body).toBe(200);
    const [{ n: communes }] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from units where level = 3 and valid_to is null and path <@ (select path from units where id = ${province})`,
    );
    expect(res.json()).toEqual({ created: communes + 1, skipped: 0 });
    const own = (await officer.request({ url: '/api/conferences?kind=so_ket' })).json().items;
    const planned = own.find((c: { periodCode: string }) => c.periodCode === '2021-2025');
    expect(planned).toMatchObject({
      dueOn: '2026-08-30',
      chair: 'Chủ tịch Ủy ban nhân dân phường Đông Kinh',
    });
    const provinceOwn = (await provinceLeader.request({ url: `/api/conferences?level=1` })).json().items;
    expect(provinceOwn).toHaveLength(1);
    expect(provinceOwn[0]).toMatchObject({
      dueOn: '2026-09-30',
      chair: 'Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn',
    });
    const again = await provinceLeader.request({
      method: 'POST',
      url: '/api/conferences/plan',
      payload: body,
    });
    expect(again.json()).toEqual({ created: 0, skipped: communes + 1 });
    // Deleting a conference nobody used.
    const del = await officer.request({ method: 'DELETE', url: `/api/conferences/${planned.id}` });
    expect(del.statusCode).toBe(204);
    expect(await audit('conference', planned.id, 'delete')).toBe(1);
  });

  it('exports the list it shows to Excel', async () => {
    const res = await provinceLeader.request({ url: '/api/conferences.xlsx?year=2026&level=3' });
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Hội nghị')!;
    const shown = (await provinceLeader.request({ url: '/api/conferences?year=2026&level=3' })).json().items;
    expect(sheet.rowCount).toBe(3 + shown.length);
    const titles = new Set<string>();
    sheet.eachRow((row, n) => {
      if (n > 3) titles.add(String(row.getCell(4).value));
    });
    expect(titles).toContain(SO_KET.title);
  });
});
