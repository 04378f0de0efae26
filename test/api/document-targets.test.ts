import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/server/db/query-rows.ts';
import type { TConfirmDocumentRequest, TDocumentDetail } from '../../src/shared/schemas/documents.ts';
import type { TTarget } from '../../src/shared/schemas/targets.ts';
import { type Agent, createTestApp, type TestApp, unitIdByName } from '../helpers/app.ts';
import { testDatabaseKind } from '../helpers/database.ts';
import { acceptProposals, sampleText } from '../helpers/documents.ts';

const PLAN = sampleText('003_1059ca6f720f76d4.txt');
if (!PLAN && process.env.CI === 'true') throw new Error('sample documents missing beside the repository');

// A ward plan whose one assignment carries its own target.
const TRAINING_PLAN = `ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG KINH
Số: 06/KH-UBND
Đông Kinh, ngày 12 tháng 10 năm 2016
KẾ HOẠCH
Huấn luyện dân quân tự vệ năm 2017
Thực hiện Kế hoạch số 100/KH-UBND ngày 17/9/2016 của UBND tỉnh, UBND phường xây dựng kế hoạch như sau:
1. Ban CHQS phường chủ trì tổ chức huấn luyện dân quân tự vệ, phấn đấu quân số tham gia huấn luyện đạt 95% trở lên, xong trước ngày 30/11/2017.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Bình`;

interface TargetDbRow {
  code: string;
  unit_id: string;
  level: number | null;
  period_code: string;
  min: number | null;
  max: number | null;
  source_task_id: string | null;
}

describe.skipIf(!PLAN)(`targets confirmed from a document's review on ${testDatabaseKind()}`, () => {
  let t: TestApp;
  let officer: Agent;
  let leader: Agent;
  let commune: Agent;
  let viewer: Agent;
  let provinceId: number;
  let dongKinh: number;
  let luongVanTri: number;
  let planId: number;

  const register = async (agent: Agent, text: string, unitId?: number) => {
    const res = await agent.request({ method: 'POST', url: '/api/documents', payload: { text, unitId } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as number;
  };
  const detail = async (agent: Agent, id: number) =>
    (await agent.request({ url: `/api/documents/${id}` })).json() as TDocumentDetail;
  const confirm = (agent: Agent, id: number, payload: object) =>
    agent.request({ method: 'PUT', url: `/api/documents/${id}/confirm`, payload });
  const targetsOf = (documentId: number) =>
    queryRows<TargetDbRow>(
      t.database.db,
      sql`select i.code, t.unit_id, t.level, t.period_code, t.min_value::float8 as min, t.max_value::float8 as max,
                 t.source_task_id
            from targets t join indicators i on i.id = t.indicator_id
           where t.source_document_id = ${documentId} order by t.id`,
    );
  const countWritten = async (documentId: number) => {
    const [row] = await queryRows<{ tasks: number; targets: number; state: string }>(
      t.database.db,
      sql`select (select count(*)::int from tasks where document_id = ${documentId}) as tasks,
                 (select count(*)::int from targets where source_document_id = ${documentId}) as targets,
                 (select review_state from documents where id = ${documentId}) as state`,
    );
    return row!;
  };

  beforeAll(async () => {
    t = await createTestApp({ now: '2016-10-01T03:00:00Z' });
    officer = await t.signIn('canbo.tinh');
    leader = await t.signIn('lanhdao.tinh');
    commune = await t.signIn('canbo.dongkinh');
    viewer = await t.signIn('xem.tinh');
    provinceId = officer.user.unit.id;
    dongKinh = commune.user.unit.id;
    luongVanTri = await unitIdByName(t.database, 'Phường Lương Văn Tri');
  });
  afterAll(async () => t?.close());

  it('proposes the Lạng Sơn plan’s targets mapped to the catalogue, for the province and the plan’s term', async () => {
    planId = await register(officer, PLAN!);
    const doc = await detail(officer, planId);
    const codeOf = new Map<number, string>();
    const catalogue = (await leader.request({ url: '/api/indicators' })).json();
    for (const i of catalogue.indicators as { id: number; code: string }[]) codeOf.set(i.id, i.code);
    expect(
      doc.targetProposals.map((p) => [
        p.indicatorId === null ? null : codeOf.get(p.indicatorId),
        p.period,
        p.min,
        p.max,
      ]),
    ).toEqual([
      ['QPAN_TY_LE_BD', '2016-2020', 95, 100],
      ['GDQP_TY_LE', '2016-2020', 100, 100],
      [null, '2016-2020', 100, 100],
      // "hằng năm": a yearly rate, first due the year the plan is issued.
      ['DT_TY_LE_XA', '2016', 20, 25],
      ['DQTV_TY_LE_DANG_VIEN', '2016-2020', 20, null],
      [null, '2016-2020', 15, 15],
      ['DBDV_TY_LE_DUNG_CNQS', '2016-2020', 85, null],
      ['TQ_TY_LE', '2016-2020', 100, 100],
      ['CT_TY_LE_THAO_TRUONG', '2016-2020', 20, 30],
    ]);
    expect(doc.targetProposals.every((p) => p.unitId === provinceId && p.level === null)).toBe(true);
    expect(doc.targetProposals[0]).toMatchObject({
      unitOfMeasure: '%',
      text: expect.stringContaining('bồi dưỡng'),
    });
    // The span is the target's words in the body, which the review highlights.
    const { start, end } = doc.targetProposals[0]!.span;
    expect(doc.body!.slice(start, end)).toBe('95 - 100%');
    expect(doc.targets).toEqual([]);
  });

  it('answers 400 in Vietnamese for a bad target, 404 for a unit out of scope, and writes nothing', async () => {
    const doc = await detail(officer, planId);
    const base = acceptProposals(doc);
    const good = base.targets[0]!;
    const cases: [Partial<TConfirmDocumentRequest['targets'][number]>, number, string][] = [
      [{ min: 90, max: 80 }, 400, 'Mức tối thiểu phải nhỏ hơn hoặc bằng mức tối đa.'],
      [{ min: null, max: null }, 400, 'Cần ít nhất mức tối thiểu hoặc tối đa.'],
      [{ period: '2020-2016' }, 400, 'Kỳ báo cáo không hợp lệ'],
      [{ indicatorId: 999_999 }, 400, 'Chỉ tiêu thứ 1: Không tìm thấy chỉ tiêu.'],
      [{ min: 95, max: 120 }, 400, 'Chỉ tiêu thứ 1: Chỉ tiêu tỷ lệ không vượt quá 100%.'],
      [{ category: 'dt9' }, 400, 'Chỉ tiêu thứ 1: Nhóm đối tượng không hợp lệ với chỉ tiêu này.'],
      [{ level: 1 }, 400, 'Chỉ tiêu thứ 1: Cấp áp dụng phải thấp hơn cấp của đơn vị giao chỉ tiêu.'],
      [{ taskIndex: 10_000 }, 400, 'Chỉ tiêu thứ 1: nhiệm vụ được gắn không có trong danh sách.'],
      [{ unitId: 99_999_999 }, 404, 'Chỉ tiêu thứ 1: Không tìm thấy đơn vị này'],
    ];
    for (const [change, status, message] of cases) {
      const res = await confirm(officer, planId, { ...base, targets: [{ ...good, ...change }] });
      expect(res.statusCode, JSON.stringify(change)).toBe(status);
      expect(res.json().error.message).toContain(message);
    }
    expect(await countWritten(planId)).toEqual({ tasks: 0, targets: 0, state: 'draft' });
  });

  it('rolls the whole confirmation back when a target fails inside the transaction', async () => {
    const doc = await detail(officer, planId);
    const base = acceptProposals(doc);
    // The districts' work fans out to 65 communes: a province target cannot tell which task it is.
    const fanned = base.tasks.findIndex((task) => task.leadAgencyIds.length > 1);
    expect(fanned).toBeGreaterThanOrEqual(0);
    const res = await confirm(officer, planId, {
      ...base,
      targets: [...base.targets, { ...base.targets[0]!, taskIndex: fanned }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain(
      `Chỉ tiêu thứ ${base.targets.length + 1}: nhiệm vụ được gắn giao cho nhiều cơ quan`,
    );
    expect(await countWritten(planId)).toEqual({ tasks: 0, targets: 0, state: 'draft' });
  });

  it('creates the accepted targets with the tasks, each tied to the plan and audited', async () => {
    const doc = await detail(officer, planId);
    const review = acceptProposals(doc);
    expect(review.targets).toHaveLength(7);
    const res = await confirm(officer, planId, review);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ targets: 7 });
    expect(res.json().tasks).toBeGreaterThan(65);
    const rows = await targetsOf(planId);
    expect(rows.map((r) => [r.code, Number(r.unit_id), r.level, r.period_code, r.min, r.max])).toEqual([
      ['QPAN_TY_LE_BD', provinceId, null, '2016-2020', 95, 100],
      ['GDQP_TY_LE', provinceId, null, '2016-2020', 100, 100],
      ['DT_TY_LE_XA', provinceId, null, '2016', 20, 25],
      ['DQTV_TY_LE_DANG_VIEN', provinceId, null, '2016-2020', 20, null],
      ['DBDV_TY_LE_DUNG_CNQS', provinceId, null, '2016-2020', 85, null],
      ['TQ_TY_LE', provinceId, null, '2016-2020', 100, 100],
      ['CT_TY_LE_THAO_TRUONG', provinceId, null, '2016-2020', 20, 30],
    ]);
    const audit = await queryRows<{
      action: string;
      request_id: string;
      after: { span?: unknown; text?: string };
    }>(
      t.database.db,
      sql`select a.action, a.request_id, a.after from audit_log a
           where a.entity_type = 'target' and a.entity_id in (select id::text from targets where source_document_id = ${planId})
           order by a.id`,
    );
    expect(audit).toHaveLength(7);
    expect(audit.every((a) => a.action === 'create')).toBe(true);
    expect(audit[0]!.after.text).toBe('95 - 100%');
    const [confirmEntry] = await queryRows<{ request_id: string }>(
      t.database.db,
      sql`select request_id from audit_log where entity_type = 'document' and entity_id = ${String(planId)} and action = 'confirm'`,
    );
    expect(new Set(audit.map((a) => a.request_id))).toEqual(new Set([confirmEntry!.request_id]));
  });

  it('refuses a second confirmation without adding targets, even when two race', async () => {
    const doc = await detail(leader, planId);
    expect(doc.actions.review).toBe(false);
    const again = await confirm(officer, planId, acceptProposals({ ...doc, targetProposals: [] }));
    expect(again.statusCode).toBe(409);
    expect((await targetsOf(planId)).length).toBe(7);

    const id = await register(commune, TRAINING_PLAN);
    const review = acceptProposals(await detail(commune, id));
    const answers = await Promise.all([confirm(commune, id, review), confirm(commune, id, review)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    expect(await countWritten(id)).toEqual({ tasks: 1, targets: 1, state: 'confirmed' });
  });

  it('ties a target written inside an assignment to the task it became', async () => {
    const [row] = await queryRows<{ id: string; document_id: string }>(
      t.database.db,
      sql`select d.id, d.id as document_id from documents d where d.number = '06/KH-UBND'`,
    );
    const id = Number(row!.id);
    const [target] = await targetsOf(id);
    const [task] = await queryRows<{ id: string }>(
      t.database.db,
      sql`select id from tasks where document_id = ${id}`,
    );
    expect(target).toMatchObject({ code: 'DQTV_TY_LE_HL', period_code: '2017', min: 95, max: null });
    expect(Number(target!.unit_id)).toBe(dongKinh);
    expect(target!.source_task_id).toBe(task!.id);
  });

  it('lists the targets on the document page and shows the document on the targets list', async () => {
    const doc = await detail(leader, planId);
    expect(doc.targets.map((x) => [x.indicatorName, x.unitName, x.period, x.min, x.max])).toContainEqual([
      'Tỷ lệ cán bộ, đảng viên được bồi dưỡng kiến thức QP-AN',
      'Tỉnh Lạng Sơn',
      '2016-2020',
      95,
      100,
    ]);
    expect(doc.targets.find((x) => x.period === '2016')).toMatchObject({
      indicatorKind: 'ratio',
      min: 20,
      max: 25,
    });

    // A year inside the plan's term shows the term's targets too; a year outside does not.
    const list = async (period: string) =>
      (await leader.request({ url: `/api/targets?unitId=${provinceId}&period=${period}` })).json()
        .items as TTarget[];
    const fromPlan = async (period: string) =>
      (await list(period)).filter((x) => x.sourceDocumentId === planId);
    const in2017 = await fromPlan('2017');
    expect(in2017.map((x) => x.period)).toEqual(Array(6).fill('2016-2020'));
    expect(in2017[0]!.sourceDocument).toEqual({ id: planId, number: '100/KH-UBND', kind: 'KH' });
    expect((await fromPlan('2016')).length).toBe(7);
    // The ward's own 2017 target, from its own plan, is listed beside the province's.
    expect((await list('2017')).filter((x) => x.unitId === dongKinh).map((x) => x.period)).toEqual(['2017']);
    expect(await list('2021')).toEqual([]);
  });

  it('keeps the source document unnamed to a commune that cannot see it', async () => {
    // A leader splits nothing here; the commune sees its own ward's target from its own plan.
    const items = (await commune.request({ url: `/api/targets?unitId=${dongKinh}&period=2017` })).json()
      .items as TTarget[];
    expect(items.map((x) => x.sourceDocument?.number)).toEqual(['06/KH-UBND']);
    // The province plan's own target exists but lies above the ward: it is not the ward's to see.
    expect(items.some((x) => x.sourceDocumentId === planId)).toBe(false);
  });

  it('refuses a target for a unit above the document, or outside the reviewer’s scope', async () => {
    const wardDoc = await register(officer, TRAINING_PLAN.replace('06/KH-UBND', '07/KH-UBND'), dongKinh);
    const review = acceptProposals(await detail(officer, wardDoc));
    expect(review.targets).toHaveLength(1);
    const above = await confirm(officer, wardDoc, {
      ...review,
      targets: [{ ...review.targets[0]!, unitId: provinceId, taskIndex: null }],
    });
    expect(above.statusCode).toBe(400);
    expect(above.json().error.message).toBe(
      'Chỉ tiêu thứ 1: đơn vị phải là Phường Đông Kinh hoặc đơn vị trực thuộc.',
    );

    const own = await register(commune, TRAINING_PLAN.replace('06/KH-UBND', '08/KH-UBND'));
    const mine = acceptProposals(await detail(commune, own));
    const neighbour = await confirm(commune, own, {
      ...mine,
      targets: [{ ...mine.targets[0]!, unitId: luongVanTri, taskIndex: null }],
    });
    expect(neighbour.statusCode).toBe(404);
    expect(neighbour.json().error.message).toBe(
      'Chỉ tiêu thứ 1: Không tìm thấy đơn vị này hoặc bạn không có quyền xem.',
    );
    expect(await countWritten(wardDoc)).toEqual({ tasks: 0, targets: 0, state: 'draft' });
    expect(await countWritten(own)).toEqual({ tasks: 0, targets: 0, state: 'draft' });
    expect((await confirm(viewer, wardDoc, review)).statusCode).toBe(403);
  });

  it('keeps confirming without targets for callers that never send them', async () => {
    const id = await register(officer, 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSố: 130/KH-UBND\nKẾ HOẠCH\nKiểm tra');
    const { targets: _, ...withoutTargets } = acceptProposals(await detail(officer, id));
    const res = await confirm(officer, id, withoutTargets);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ targets: 0 });
  });
});
