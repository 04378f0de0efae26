import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/server/db/query-rows.ts';
import { type Agent, createTestApp, type TestApp, unitIdByName } from '../helpers/app.ts';
import { testDatabaseKind } from '../helpers/database.ts';
import { readZipEntry } from '../helpers/zip-entry.ts';

const OFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p));
if (!OFFICE && process.env.CI === 'true')
  throw new Error('LibreOffice is required in CI (apt-get install libreoffice-writer-nogui)');
const VIETNAMESE = /[ạảãáàâấầẩẫậăắằẳẵặẹẻẽéèêếềểễệịỉĩíìọỏõóòôốồổỗộơớờởỡợụủũúùưứừửữựỵỷỹýỳđ]/i;

describe(`award proposals on ${testDatabaseKind()}`, () => {
  let t: TestApp;
  let officer: Agent;
  let leader: Agent;
  let viewer: Agent;
  let provinceLeader: Agent;
  let provinceOfficer: Agent;
  let neighbour: Agent;
  let dongKinh: number;
  let province: number;
  let luongVanTri: number;
  let ownAgencyId: number;
  let provinceCommandId: number;
  let neighbourAgencyId: number;
  const ids: Record<string, number> = {};
  const evidence: Record<string, string> = {};

  const figure = async (code: string, unitId: number): Promise<number | null> => {
    const res = await provinceLeader.request({ url: `/api/dashboard?unitId=${unitId}&period=2026` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().indicators.find((i: { code: string }) => i.code === code)?.value ?? null;
  };
  const propose = (agent: Agent, body: Record<string, unknown>) =>
    agent.request({ method: 'POST', url: '/api/award-proposals', payload: body });
  const step = (agent: Agent, id: number, action: string, payload: Record<string, unknown> = {}) =>
    agent.request({ method: 'POST', url: `/api/award-proposals/${id}/${action}`, payload });
  const get = async (agent: Agent, id: number) =>
    (await agent.request({ url: `/api/award-proposals/${id}` })).json();
  const audit = async (id: number, action: string) =>
    (
      await queryRows<{ n: number }>(
        t.database.db,
        sql`select count(*)::int as n from audit_log where entity_type = 'award_proposal'
             and entity_id = ${String(id)} and action = ${action}`,
      )
    )[0]!.n;
  const insertId = async (query: ReturnType<typeof sql>) =>
    String((await queryRows<{ id: string }>(t.database.db, query))[0]!.id);

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-10-01T03:00:00Z' });
    officer = await t.signIn('canbo.dongkinh');
    leader = await t.signIn('lanhdao.dongkinh');
    viewer = await t.signIn('xem.dongkinh');
    provinceLeader = await t.signIn('lanhdao.tinh');
    provinceOfficer = await t.signIn('canbo.tinh');
    const admin = await t.signIn('admin.tinh');
    dongKinh = officer.user.unit.id;
    province = provinceLeader.user.unit.id;
    provinceCommandId = provinceOfficer.user.agency.id;
    ownAgencyId = officer.user.agency.id;
    luongVanTri = await unitIdByName(t.database, 'Phường Lương Văn Tri');
    const other = (await admin.request({ url: `/api/units/${luongVanTri}` })).json();
    neighbourAgencyId = other.agencies.find((a: { kind: string }) => a.kind === 'military_command').id;
    const created = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: 'kt.luongvantri',
        fullName: 'Cán bộ Lương Văn Tri',
        role: 'officer',
        agencyId: neighbourAgencyId,
      },
    });
    const temp = await t.signIn('kt.luongvantri', created.json().temporaryPassword);
    await temp.request({
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: created.json().temporaryPassword, newPassword: 'khen-thuong-lvt-2026' },
    });
    neighbour = await t.signIn('kt.luongvantri', 'khen-thuong-lvt-2026');

    // Register entries as the registers hold them, whoever entered them.
    evidence.drill = await insertId(
      sql`insert into drills (unit_id, kind, title, planned_from, planned_to, actual_from, actual_to, status, grade, safe)
          values (${dongKinh}, 'chien_dau_xa', 'Diễn tập chiến đấu phòng thủ phường Đông Kinh', '2026-05-12', '2026-05-13',
                  '2026-05-12', '2026-05-13', 'done', 'gioi', true) returning id`,
    );
    evidence.plannedDrill = await insertId(
      sql`insert into drills (unit_id, kind, title, planned_from, planned_to, status)
          values (${dongKinh}, 'ptds_thien_tai', 'Diễn tập phòng chống thiên tai', '2026-11-10', '2026-11-10', 'planned') returning id`,
    );
    evidence.oldDrill = await insertId(
      sql`insert into drills (unit_id, kind, title, planned_from, planned_to, actual_from, actual_to, status, grade, safe)
          values (${dongKinh}, 'ptds_cuu_nan', 'Diễn tập cứu nạn năm 2025', '2025-04-02', '2025-04-02',
                  '2025-04-02', '2025-04-02', 'done', 'kha', true) returning id`,
    );
    evidence.neighbourDrill = await insertId(
      sql`insert into drills (unit_id, kind, title, planned_from, planned_to, actual_from, actual_to, status, grade, safe)
          values (${luongVanTri}, 'chien_dau_xa', 'Diễn tập phường Lương Văn Tri', '2026-06-01', '2026-06-02',
                  '2026-06-01', '2026-06-02', 'done', 'kha', true) returning id`,
    );
    evidence.class = await insertId(
      sql`insert into training_classes (unit_id, title, audience, starts_on, ends_on, planned_participants, actual_participants, status)
          values (${dongKinh}, 'Bồi dưỡng kiến thức QP-AN năm 2026', 'dt4', '2026-04-06', '2026-04-09', 80, 78, 'done') returning id`,
    );
    await t.database.db.execute(
      sql`insert into conscription_years (unit_id, year, quota, handed_over, handover_on)
          values (${dongKinh}, 2026, 20, 20, '2026-02-27')`,
    );
    evidence.conscription = `${dongKinh}:2026`;
  });
  afterAll(async () => t?.close());

  it('offers the unit’s register entries of the period as evidence, and 404 for another unit', async () => {
    const res = await officer.request({
      url: `/api/award-proposals/evidence?unitId=${dongKinh}&period=2026`,
    });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { kind: string; id: string; label: string }[];
    expect(items.map((i) => `${i.kind}:${i.id}`).sort()).toEqual(
      [
        `drill:${evidence.drill}`,
        `training_class:${evidence.class}`,
        `conscription:${evidence.conscription}`,
      ].sort(),
    );
    expect(items.find((i) => i.kind === 'drill')!.label).toBe(
      'Diễn tập "Diễn tập chiến đấu phòng thủ phường Đông Kinh" (Phường Đông Kinh, 12/05/2026), xếp loại giỏi, an toàn tuyệt đối',
    );
    expect(items.find((i) => i.kind === 'training_class')!.label).toContain('đối tượng 4');
    expect(items.find((i) => i.kind === 'training_class')!.label).toContain('78 người');
    expect(items.find((i) => i.kind === 'conscription')!.label).toBe(
      'Tuyển quân năm 2026 (Phường Đông Kinh): giao 20/20 công dân (100% chỉ tiêu)',
    );
    const last = (
      await officer.request({ url: `/api/award-proposals/evidence?unitId=${dongKinh}&period=2025` })
    ).json();
    expect(last.items.map((i: { id: string }) => i.id)).toEqual([evidence.oldDrill]);
    const foreign = await officer.request({
      url: `/api/award-proposals/evidence?unitId=${luongVanTri}&period=2026`,
    });
    expect(foreign.statusCode).toBe(404);
    const bad = await officer.request({
      url: `/api/award-proposals/evidence?unitId=${dongKinh}&period=2026H3`,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('Kỳ báo cáo không hợp lệ');
  });

  it('validates a nomination with Vietnamese messages', async () => {
    const base = {
      nomineeKind: 'individual',
      nomineeName: 'Nguyễn Văn An',
      nomineePosition: 'Chỉ huy trưởng Ban CHQS phường',
      nomineeOrganisation: 'Phường Đông Kinh',
      awardCode: 'bk_ct_ubnd_tinh',
      achievements: 'Hoàn thành xuất sắc nhiệm vụ quân sự, quốc phòng năm 2026.',
    };
    const cases: [Record<string, unknown>, number, string][] = [
      [{ ...base, nomineePosition: undefined }, 400, 'Hãy nhập chức vụ.'],
      [{ ...base, awardCode: 'bk_gia' }, 400, 'Hình thức khen thưởng không có trong danh mục.'],
      [{ ...base, achievements: ' ' }, 400, 'Hãy nhập thành tích.'],
      [
        { nomineeKind: 'collective', nomineeAgencyId: ownAgencyId, awardCode: 'kn_qdnd', achievements: 'x' },
        400,
        'không xét tặng cho tập thể',
      ],
      [
        {
          nomineeKind: 'collective',
          nomineeAgencyId: neighbourAgencyId,
          awardCode: 'gk_ct_ubnd_xa',
          achievements: 'x',
        },
        400,
        'thuộc đơn vị đề nghị',
      ],
      [
        { nomineeKind: 'collective', awardCode: 'gk_ct_ubnd_xa', achievements: 'x' },
        400,
        'hãy chọn đúng một',
      ],
      [
        { ...base, evidence: [{ kind: 'drill', id: evidence.neighbourDrill }] },
        400,
        'minh chứng không tồn tại',
      ],
      [{ ...base, evidence: [{ kind: 'drill', id: evidence.plannedDrill }] }, 400, 'chưa hoàn thành'],
      [
        { ...base, evidence: [{ kind: 'conscription', id: evidence.drill }] },
        400,
        'Mã minh chứng không hợp lệ',
      ],
      [{ ...base, unitId: luongVanTri }, 404, 'Không tìm thấy đơn vị'],
    ];
    for (const [body, status, message] of cases) {
      const res = await propose(officer, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(res.json().error.message).toContain(message);
    }
    // A province does not propose what a commune grants.
    const upward = await propose(provinceOfficer, {
      nomineeKind: 'collective',
      nomineeUnitId: dongKinh,
      awardCode: 'gk_ct_ubnd_xa',
      achievements: 'x',
    });
    expect(upward.statusCode).toBe(400);
    expect(upward.json().error.message).toContain('do cấp xã xét tặng');
    const byViewer = await propose(viewer, base);
    expect(byViewer.statusCode).toBe(403);
    expect(byViewer.json().error.message).toMatch(VIETNAMESE);
    expect(
      (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from award_proposals`))[0]!
        .n,
    ).toBe(0);
  });

  it('records a nomination with server-labelled evidence and the level that decides it', async () => {
    const res = await propose(officer, {
      nomineeKind: 'individual',
      nomineeName: 'Nguyễn Văn An',
      nomineePosition: 'Chỉ huy trưởng Ban CHQS phường',
      nomineeOrganisation: 'Phường Đông Kinh',
      awardCode: 'bk_ct_ubnd_tinh',
      achievements: 'Chỉ huy diễn tập chiến đấu phòng thủ đạt loại giỏi, an toàn tuyệt đối.',
      evidence: [
        { kind: 'drill', id: evidence.drill },
        { kind: 'training_class', id: evidence.class },
        { kind: 'conscription', id: evidence.conscription },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    ids.an = res.json().id;
    const proposal = await get(officer, ids.an);
    expect(proposal).toMatchObject({
      unit: { id: dongKinh },
      nomineeKind: 'individual',
      award: {
        code: 'bk_ct_ubnd_tinh',
        name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
        forwarded: false,
      },
      grantingUnit: { id: province, name: 'Tỉnh Lạng Sơn' },
      state: 'proposed',
      proposedBy: officer.user.fullName,
      actions: { edit: true, withdraw: true, review: false, approve: false, reject: false },
    });
    expect(proposal.evidence).toHaveLength(3);
    expect(proposal.evidence[0].label).toContain('xếp loại giỏi');
    expect(await audit(ids.an, 'propose')).toBe(1);
    // The commune's leader sees the review step; the neighbour does not see the proposal at all.
    expect((await get(leader, ids.an)).actions).toMatchObject({ review: true, reject: true, approve: false });
    expect((await neighbour.request({ url: `/api/award-proposals/${ids.an}` })).statusCode).toBe(404);
    expect((await neighbour.request({ url: '/api/award-proposals' })).json().items).toEqual([]);
    for (const [method, url, payload] of [
      ['PATCH', `/api/award-proposals/${ids.an}`, { achievements: 'Sửa trộm' }],
      ['DELETE', `/api/award-proposals/${ids.an}`, undefined],
      ['POST', `/api/award-proposals/${ids.an}/review`, {}],
      ['POST', `/api/award-proposals/${ids.an}/reject`, { reason: 'Không phải việc của tôi' }],
    ] as const) {
      const out = await neighbour.request({ method, url, payload });
      expect(out.statusCode, `${method} ${url}`).toBe(404);
    }
    const edited = await officer.request({
      method: 'PATCH',
      url: `/api/award-proposals/${ids.an}`,
      payload: {
        achievements: 'Chỉ huy diễn tập chiến đấu phòng thủ phường đạt loại giỏi, an toàn tuyệt đối.',
      },
    });
    expect(edited.statusCode, edited.body).toBe(204);
    expect(await audit(ids.an, 'update')).toBe(1);
  });

  it('moves through proposed → reviewed → approved, each step by the right people only', async () => {
    const early = await step(provinceLeader, ids.an, 'approve');
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('«Đã đề nghị»');
    const byOfficer = await step(officer, ids.an, 'review');
    expect(byOfficer.statusCode).toBe(403);
    // The province's leader is not the proposing unit's council.
    const byProvince = await step(provinceLeader, ids.an, 'review');
    expect(byProvince.statusCode).toBe(403);
    expect(byProvince.json().error.message).toContain('Chỉ lãnh đạo Phường Đông Kinh');
    expect((await step(leader, ids.an, 'review')).statusCode).toBe(204);
    expect((await step(leader, ids.an, 'review')).statusCode).toBe(409);
    const lateEdit = await officer.request({
      method: 'PATCH',
      url: `/api/award-proposals/${ids.an}`,
      payload: { achievements: 'Muộn rồi' },
    });
    expect(lateEdit.statusCode).toBe(409);
    expect(lateEdit.json().error.message).toContain('đã được Hội đồng thi đua xét');
    // A commune's leader cannot grant the provincial chair's Bằng khen.
    const commune = await step(leader, ids.an, 'approve');
    expect(commune.statusCode).toBe(403);
    expect(commune.json().error.message).toBe(
      'Chỉ lãnh đạo Tỉnh Lạng Sơn, cấp có thẩm quyền, quyết định «Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh»; bạn không có thẩm quyền này.',
    );
    expect((await get(provinceLeader, ids.an)).actions).toMatchObject({ approve: true, reject: true });

    expect(await figure('KT_CA_NHAN', province)).toBeNull();
    const approved = await step(provinceLeader, ids.an, 'approve', { note: 'Quyết định số 1234/QĐ-UBND' });
    expect(approved.statusCode, approved.body).toBe(204);
    expect(await get(officer, ids.an)).toMatchObject({
      state: 'approved',
      reviewedBy: leader.user.fullName,
      decidedBy: provinceLeader.user.fullName,
      decisionNote: 'Quyết định số 1234/QĐ-UBND',
      actions: { edit: false, withdraw: false, review: false, approve: false, reject: false },
    });
    expect(await figure('KT_CA_NHAN', dongKinh)).toBe(1);
    expect(await figure('KT_CA_NHAN', province)).toBe(1);
    expect(await figure('KT_TAP_THE', province)).toBeNull();
    const after = await step(provinceLeader, ids.an, 'reject', { reason: 'Đổi ý sau khi đã duyệt' });
    expect(after.statusCode).toBe(409);
    for (const action of ['propose', 'update', 'review', 'approve'])
      expect(await audit(ids.an, action)).toBe(1);
    const figures = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where entity_type = 'data_value'
           and entity_id like ${`KT_CA_NHAN||${dongKinh}|2026`}`,
    );
    expect(figures[0]!.n).toBe(1);
  });

  it('lets a commune grant its own Giấy khen, and the province record a forwarded award', async () => {
    const giayKhen = await propose(officer, {
      nomineeKind: 'collective',
      nomineeAgencyId: ownAgencyId,
      awardCode: 'gk_ct_ubnd_xa',
      achievements: 'Tập thể hoàn thành tốt công tác tuyển quân năm 2026, giao quân đạt 100% chỉ tiêu.',
      evidence: [{ kind: 'conscription', id: evidence.conscription }],
    });
    expect(giayKhen.statusCode, giayKhen.body).toBe(201);
    ids.command = giayKhen.json().id;
    expect((await get(officer, ids.command)).nomineeName).toBe('Ban Chỉ huy Quân sự phường Đông Kinh');
    expect((await step(leader, ids.command, 'review')).statusCode).toBe(204);
    expect((await step(provinceLeader, ids.command, 'approve')).statusCode).toBe(403);
    expect((await step(leader, ids.command, 'approve', {})).statusCode).toBe(204);
    expect(await figure('KT_TAP_THE', dongKinh)).toBe(1);

    const forwarded = await propose(provinceOfficer, {
      nomineeKind: 'collective',
      nomineeAgencyId: provinceCommandId,
      awardCode: 'bk_bqp',
      achievements: 'Tham mưu tổ chức thành công diễn tập khu vực phòng thủ tỉnh.',
    });
    expect(forwarded.statusCode, forwarded.body).toBe(201);
    ids.province = forwarded.json().id;
    expect((await get(provinceLeader, ids.province)).award.forwarded).toBe(true);
    expect((await step(provinceLeader, ids.province, 'review')).statusCode).toBe(204);
    expect((await step(provinceLeader, ids.province, 'approve')).statusCode).toBe(204);
    // The province's own collective plus the commune's, rolled up.
    expect(await figure('KT_TAP_THE', province)).toBe(2);
  });

  it('needs a reason to reject, and keeps rejected and pending proposals out of the totals', async () => {
    const binh = await propose(officer, {
      nomineeKind: 'individual',
      nomineeName: 'Trần Thị Bình',
      nomineePosition: 'Phó Chỉ huy trưởng',
      nomineeOrganisation: 'Ban CHQS phường Đông Kinh',
      awardCode: 'bk_ct_ubnd_tinh',
      achievements: 'Tham gia tổ chức lớp bồi dưỡng kiến thức QP-AN đối tượng 4.',
    });
    ids.binh = binh.json().id;
    expect((await step(leader, ids.binh, 'review')).statusCode).toBe(204);
    const noReason = await step(provinceLeader, ids.binh, 'reject', {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message).toContain('lý do');
    const short = await step(provinceLeader, ids.binh, 'reject', { reason: 'Ko' });
    expect(short.statusCode).toBe(400);
    const byCommune = await step(leader, ids.binh, 'reject', { reason: 'Hội đồng đổi ý sau khi xét' });
    expect(byCommune.statusCode).toBe(403);
    const rejected = await step(provinceLeader, ids.binh, 'reject', {
      reason: 'Chưa đủ tiêu chuẩn Bằng khen của Chủ tịch UBND tỉnh.',
    });
    expect(rejected.statusCode).toBe(204);
    expect(await get(officer, ids.binh)).toMatchObject({
      state: 'rejected',
      decisionNote: 'Chưa đủ tiêu chuẩn Bằng khen của Chủ tịch UBND tỉnh.',
    });
    expect(await audit(ids.binh, 'reject')).toBe(1);
    const cuong = await propose(officer, {
      nomineeKind: 'individual',
      nomineeName: 'Lê Văn Cường',
      nomineePosition: 'Chính trị viên',
      nomineeOrganisation: 'Ban CHQS phường Đông Kinh',
      awardCode: 'kn_qdnd',
      achievements: 'Nhiều năm công tác trong lực lượng vũ trang địa phương.',
    });
    ids.cuong = cuong.json().id;
    expect(await figure('KT_CA_NHAN', province)).toBe(1);
    const list = (await provinceLeader.request({ url: '/api/award-proposals?state=approved' })).json().items;
    expect(list.map((p: { id: number }) => p.id).sort()).toEqual([ids.an, ids.command, ids.province].sort());
    const granted = (
      await provinceLeader.request({ url: `/api/award-proposals?grantingUnitId=${province}&year=2026` })
    ).json().items;
    expect(granted.map((p: { id: number }) => p.id)).not.toContain(ids.command);
    // Withdrawing a proposal that waits for review.
    const extra = (
      await propose(officer, {
        nomineeKind: 'individual',
        nomineeName: 'Người rút đề nghị',
        nomineePosition: 'Dân quân',
        nomineeOrganisation: 'Phường Đông Kinh',
        awardCode: 'ldtt',
        achievements: 'Thử rút.',
      })
    ).json().id;
    expect(
      (await officer.request({ method: 'DELETE', url: `/api/award-proposals/${extra}` })).statusCode,
    ).toBe(204);
    expect(await audit(extra, 'withdraw')).toBe(1);
    expect((await officer.request({ url: `/api/award-proposals/${extra}` })).statusCode).toBe(404);
  });

  it('rolls back the approval when its figures cannot be written', async () => {
    const res = await propose(officer, {
      nomineeKind: 'collective',
      nomineeUnitId: dongKinh,
      awardCode: 'gk_ct_ubnd_xa',
      achievements: 'Thử giao dịch.',
    });
    const id = res.json().id;
    expect((await step(leader, id, 'review')).statusCode).toBe(204);
    await t.database.db.execute(sql`update indicators set code = 'KT_TAP_THE_TAM' where code = 'KT_TAP_THE'`);
    try {
      expect((await step(leader, id, 'approve')).statusCode).toBe(500);
    } finally {
      await t.database.db.execute(
        sql`update indicators set code = 'KT_TAP_THE' where code = 'KT_TAP_THE_TAM'`,
      );
    }
    expect((await get(leader, id)).state).toBe('reviewed');
    expect(await audit(id, 'approve')).toBe(0);
    expect(await figure('KT_TAP_THE', dongKinh)).toBe(1);
    expect((await step(leader, id, 'approve')).statusCode).toBe(204);
    expect(await figure('KT_TAP_THE', dongKinh)).toBe(2);
    ids.ward = id;
  });

  it('prints exactly the approved proposals the unit grants as a .docx decision annex', async () => {
    const res = await provinceLeader.request({
      url: '/api/award-proposals/annex.docx?year=2026&decisionNumber=125&decisionDate=2026-10-05',
    });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const xml = readZipEntry(res.rawPayload, 'word/document.xml').toString('utf8');
    for (const part of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'ỦY BAN NHÂN DÂN',
      'TỈNH LẠNG SƠN',
      'Phụ lục',
      'DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG',
      '(Kèm theo Quyết định số 125/QĐ-UBND ngày 05 tháng 10 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn)',
      'BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
      'Nguyễn Văn An',
      'Chỉ huy trưởng Ban CHQS phường, Phường Đông Kinh',
      'Tổng số: 0 tập thể và 1 cá nhân./.',
    ]) {
      expect(xml, part).toContain(part);
    }
    // Rejected, pending and commune-granted proposals are not in the province's annex, nor the
    // Minister's award the province only forwards: its chair cannot decide it.
    for (const absent of [
      'Trần Thị Bình',
      'Lê Văn Cường',
      'Ban Chỉ huy Quân sự phường Đông Kinh',
      'GIẤY KHEN',
      'BẰNG KHEN CỦA BỘ TRƯỞNG BỘ QUỐC PHÒNG',
      'Bộ Chỉ huy Quân sự tỉnh Lạng Sơn',
    ]) {
      expect(xml, absent).not.toContain(absent);
    }
    // That award goes in the list attached to the province's Tờ trình to the Ministry.
    const submission = await provinceLeader.request({
      url: '/api/award-proposals/annex.docx?document=submission&year=2026&decisionNumber=88&decisionDate=2026-10-06',
    });
    expect(submission.statusCode, submission.body.slice(0, 300)).toBe(200);
    expect(submission.headers['content-disposition']).toContain('danh-sach-de-nghi-khen-thuong-');
    const submissionXml = readZipEntry(submission.rawPayload, 'word/document.xml').toString('utf8');
    for (const part of [
      'DANH SÁCH TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG',
      '(Kèm theo Tờ trình số 88/TTr-UBND ngày 06 tháng 10 năm 2026 của Ủy ban nhân dân tỉnh Lạng Sơn)',
      'BẰNG KHEN CỦA BỘ TRƯỞNG BỘ QUỐC PHÒNG',
      'Bộ Chỉ huy Quân sự tỉnh Lạng Sơn',
      'Tổng số: 1 tập thể và 0 cá nhân./.',
    ]) {
      expect(submissionXml, part).toContain(part);
    }
    expect(submissionXml).not.toContain('Nguyễn Văn An');
    const noneForwarded = await leader.request({
      url: '/api/award-proposals/annex.docx?document=submission&awardCode=gk_ct_ubnd_xa',
    });
    expect(noneForwarded.statusCode).toBe(409);
    expect(noneForwarded.json().error.message).toContain('duyệt đề nghị cấp trên khen thưởng');
    expect(
      (await provinceLeader.request({ url: '/api/award-proposals/annex.docx?document=quyet-dinh' }))
        .statusCode,
    ).toBe(400);
    // The commune's own annex lists what the commune granted.
    const commune = await leader.request({ url: '/api/award-proposals/annex.docx?awardCode=gk_ct_ubnd_xa' });
    expect(commune.statusCode).toBe(200);
    const communeXml = readZipEntry(commune.rawPayload, 'word/document.xml').toString('utf8');
    expect(communeXml).toContain('Ban Chỉ huy Quân sự phường Đông Kinh');
    expect(communeXml).toContain('PHƯỜNG ĐÔNG KINH');
    expect(communeXml).toContain('Tổng số: 2 tập thể và 0 cá nhân./.');
    expect(communeXml).not.toContain('Nguyễn Văn An');
    const none = await provinceLeader.request({ url: '/api/award-proposals/annex.docx?year=2025' });
    expect(none.statusCode).toBe(409);
    expect(none.json().error.message).toContain('Chưa có tập thể, cá nhân nào');
    const foreign = await officer.request({
      url: `/api/award-proposals/annex.docx?grantingUnitId=${luongVanTri}`,
    });
    expect(foreign.statusCode).toBe(404);
    const badNumber = await provinceLeader.request({
      url: '/api/award-proposals/annex.docx?decisionNumber=<x>',
    });
    expect(badNumber.statusCode).toBe(400);
  });

  it.skipIf(!OFFICE)(
    'writes an annex LibreOffice opens, with the table as a person reads it',
    async () => {
      const res = await provinceLeader.request({
        url: '/api/award-proposals/annex.docx?year=2026&decisionNumber=125&decisionDate=2026-10-05',
      });
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qptd-annex-'));
      fs.writeFileSync(path.join(dir, 'phu-luc.docx'), res.rawPayload);
      execFileSync(
        OFFICE!,
        [
          `-env:UserInstallation=file://${dir}/profile`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          path.join(dir, 'phu-luc.docx'),
        ],
        { stdio: 'ignore', timeout: 120_000 },
      );
      // Reading order (no -layout): a cell's wrapped lines stay together instead of beside the next column's.
      const text = execFileSync('pdftotext', [path.join(dir, 'phu-luc.pdf'), '-'], {
        encoding: 'utf8',
      }).replace(/\s+/g, ' ');
      fs.mkdirSync('test-output', { recursive: true });
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        path.join(dir, 'phu-luc.pdf'),
        'test-output/phu-luc-khen-thuong',
      ]);
      for (const part of [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Phụ lục',
        'DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG',
        '125/QĐ-UBND',
        'STT',
        'Họ và tên',
        'Thành tích',
        'Nguyễn Văn An',
        'Chỉ huy trưởng Ban CHQS phường',
      ]) {
        expect(text, part).toContain(part);
      }
      expect(text).not.toContain('Trần Thị Bình');
      fs.rmSync(dir, { recursive: true, force: true });
    },
    180_000,
  );

  it('exports the filtered list to Excel', async () => {
    const res = await provinceLeader.request({ url: '/api/award-proposals.xlsx?year=2026' });
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Khen thưởng')!;
    const shown = (await provinceLeader.request({ url: '/api/award-proposals?year=2026' })).json().items;
    expect(sheet.rowCount).toBe(3 + shown.length);
    const names: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 3) names.push(String(row.getCell(4).value));
    });
    expect(names).toContain('Nguyễn Văn An');
    expect(names).toContain('Trần Thị Bình');
  });
});
