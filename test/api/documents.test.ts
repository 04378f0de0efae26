import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TDocumentDetail } from '../../src/shared/schemas/documents.ts';
import { type Agent, createTestApp, type TestApp } from '../helpers/app.ts';
import { testDatabaseKind } from '../helpers/database.ts';
import { registerAndConfirm, sampleText } from '../helpers/documents.ts';
import { multipart } from '../helpers/multipart.ts';

const PLAN = sampleText('003_1059ca6f720f76d4.txt');
if (!PLAN && process.env.CI === 'true') throw new Error('sample documents missing beside the repository');

const COMMUNE_PLAN = `ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG KINH
Số: 05/KH-UBND
Đông Kinh, ngày 10 tháng 10 năm 2016
KẾ HOẠCH
Triển khai xây dựng nền quốc phòng toàn dân trên địa bàn phường
Thực hiện Kế hoạch số 100/KH-UBND ngày 17/9/2016 của UBND tỉnh về xây dựng nền quốc phòng toàn dân giai đoạn 2016 - 2020, UBND phường xây dựng kế hoạch như sau:
1. Ban CHQS phường chủ trì tham mưu tổ chức diễn tập chiến đấu phòng thủ, xong trước ngày 30/11/2016.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Bình`;

describe.skipIf(!PLAN)(`documents and tasks on ${testDatabaseKind()}`, () => {
  let t: TestApp;
  let officer: Agent;
  let leader: Agent;
  let commune: Agent;
  let planId: number;
  beforeAll(async () => {
    t = await createTestApp({ now: '2016-10-01T03:00:00Z' });
    officer = await t.signIn('canbo.tinh');
    leader = await t.signIn('lanhdao.tinh');
    commune = await t.signIn('canbo.dongkinh');
  });
  afterAll(async () => t?.close());

  // Sessions expire after 12 idle hours of the controlled clock too: sign in again after a jump.
  async function advanceClock(to: string) {
    t.clock.set(to);
    officer = await t.signIn('canbo.tinh');
    leader = await t.signIn('lanhdao.tinh');
    commune = await t.signIn('canbo.dongkinh');
  }

  it('registers the Lạng Sơn plan and proposes its "Tổ chức thực hiện" bodies matched to registered agencies', async () => {
    const created = await officer.request({ method: 'POST', url: '/api/documents', payload: { text: PLAN } });
    expect(created.statusCode, created.body).toBe(201);
    planId = created.json().id;
    const doc = (await officer.request({ url: `/api/documents/${planId}` })).json() as TDocumentDetail;
    expect(doc).toMatchObject({
      number: '100/KH-UBND',
      kind: 'KH',
      reviewState: 'draft',
      actions: { review: true },
    });
    const single = doc.proposals
      .filter((p) => p.match.type === 'single')
      .map((p) => (p.match.type === 'single' ? p.match.agency.name : ''));
    for (const name of [
      'Bộ Chỉ huy Quân sự tỉnh Lạng Sơn',
      'Công an tỉnh Lạng Sơn',
      'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn',
      'Sở Tài chính tỉnh Lạng Sơn',
      'Sở Giáo dục và Đào tạo tỉnh Lạng Sơn',
    ]) {
      expect(single).toContain(name);
    }
    const lower = doc.proposals.find((p) => p.agency === 'UBND các huyện, thành phố' && p.role === 'lead')!;
    expect(lower.match.type).toBe('plural');
    if (lower.match.type === 'plural') {
      // No districts since 2025: the plan's district work falls to the 65 communes and wards.
      expect(lower.match.replacedDistricts).toBe(true);
      expect(lower.match.candidates).toHaveLength(65);
    }
  });

  it('refuses the same text registered again in the unit, naming the document it already has', async () => {
    const again = await officer.request({ method: 'POST', url: '/api/documents', payload: { text: PLAN } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: 'conflict',
      message:
        'Văn bản này (số 100/KH-UBND, ngày 17/09/2016) đã được đăng ký ở đơn vị; mở văn bản đã có thay vì đăng ký lại.',
      details: { documentId: planId },
    });
    // The same text sent twice at once (a double click) still makes one document.
    const text = `${COMMUNE_PLAN}\n(bản gửi hai lần)`;
    const answers = await Promise.all(
      [1, 2].map(() => commune.request({ method: 'POST', url: '/api/documents', payload: { text } })),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    // Another unit keeps its own copy of a document it received.
    const other = await commune.request({ method: 'POST', url: '/api/documents', payload: { text: PLAN } });
    expect(other.statusCode, other.body).toBe(201);
  });

  it('confirms it into one task per lead agency, fanning plural targets out', async () => {
    const doc = (await officer.request({ url: `/api/documents/${planId}` })).json() as TDocumentDetail;
    const { acceptProposals } = await import('../helpers/documents.ts');
    const review = acceptProposals(doc);
    const res = await officer.request({
      method: 'PUT',
      url: `/api/documents/${planId}/confirm`,
      payload: review,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().tasks).toBeGreaterThan(65);
    const summary = (await leader.request({ url: `/api/tasks/summary?documentId=${planId}` })).json();
    const agencies = summary.items.map((r: { agencyName: string }) => r.agencyName);
    expect(agencies).toContain('Công an tỉnh Lạng Sơn');
    expect(agencies).toContain('Ủy ban nhân dân phường Đông Kinh');
    const again = await officer.request({
      method: 'PUT',
      url: `/api/documents/${planId}/confirm`,
      payload: review,
    });
    expect(again.statusCode).toBe(409);
  });

  it('shows a commune only its own share of the plan, and hides the province document itself', async () => {
    const mine = (await commune.request({ url: '/api/tasks?view=all' })).json();
    expect(mine.total).toBeGreaterThan(0);
    expect(
      mine.items.every(
        (x: { leadAgency: { unitName: string } }) => x.leadAgency.unitName === 'Phường Đông Kinh',
      ),
    ).toBe(true);
    expect(mine.items[0].document).toMatchObject({ number: '100/KH-UBND', visible: false });
    expect(mine.items[0].sourceText).toBeTruthy();
    expect((await commune.request({ url: `/api/documents/${planId}` })).statusCode).toBe(404);
  });

  it('links a commune document that cites the province plan both ways, and marks the commune tasks implemented', async () => {
    const communeDoc = await registerAndConfirm(commune, COMMUNE_PLAN);
    const own = (await commune.request({ url: `/api/documents/${communeDoc}` })).json() as TDocumentDetail;
    expect(own.citations[0]).toMatchObject({ number: '100/KH-UBND', resolved: null });
    const plan = (await leader.request({ url: `/api/documents/${planId}` })).json() as TDocumentDetail;
    expect(plan.implementedBy.map((d) => d.number)).toEqual(['05/KH-UBND']);
    const viaLeader = (
      await leader.request({ url: `/api/documents/${communeDoc}` })
    ).json() as TDocumentDetail;
    expect(viaLeader.citations[0]!.resolved).toMatchObject({ id: planId, number: '100/KH-UBND' });
    const tasks = (await commune.request({ url: `/api/tasks?documentId=${planId}` })).json();
    expect(
      tasks.items.some(
        (x: { implementingDocumentId: number | null }) => x.implementingDocumentId === communeDoc,
      ),
    ).toBe(true);
  });

  it('resolves a citation automatically when the cited document is registered later', async () => {
    const citing = await registerAndConfirm(
      officer,
      'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSố: 120/KH-UBND\nLạng Sơn, ngày 20 tháng 9 năm 2016\nKẾ HOẠCH\nDiễn tập\nCăn cứ Kế hoạch số 77/KH-BCH ngày 01/9/2016 của Bộ CHQS tỉnh;\nBộ CHQS tỉnh chủ trì tổ chức diễn tập.',
    );
    expect(
      (await officer.request({ url: `/api/documents/${citing}` })).json().citations[0].resolved,
    ).toBeNull();
    const cited = await registerAndConfirm(
      officer,
      'BỘ CHỈ HUY QUÂN SỰ TỈNH LẠNG SƠN\nSố: 77/KH-BCH\nLạng Sơn, ngày 01 tháng 9 năm 2016\nKẾ HOẠCH\nHuấn luyện dân quân năm 2016',
    );
    expect((await officer.request({ url: `/api/documents/${citing}` })).json().citations[0].resolved.id).toBe(
      cited,
    );
  });

  it('moves a task from chưa đến hạn to quá hạn when its date passes, and to hoàn thành trễ hạn when done late', async () => {
    const task = (await officer.request({ url: '/api/tasks?view=all&q=dien%20tap' }))
      .json()
      .items.find((x: { dueOn: string | null }) => x.dueOn === '2016-11-30');
    expect(task.status).toBe('in_term');
    await advanceClock('2016-12-02T03:00:00Z');
    expect((await commune.request({ url: `/api/tasks/${task.id}` })).json().status).toBe('overdue');
    expect(
      (await commune.request({ url: '/api/tasks?view=overdue' }))
        .json()
        .items.map((x: { id: number }) => x.id),
    ).toContain(task.id);
    const progress = await commune.request({
      method: 'POST',
      url: `/api/tasks/${task.id}/updates`,
      payload: { percent: 60, note: 'Đã xây dựng phương án' },
    });
    expect(progress.statusCode).toBe(204);
    const done = await commune.request({
      method: 'POST',
      url: `/api/tasks/${task.id}/complete`,
      payload: { completedOn: '2016-12-01' },
    });
    expect(done.statusCode, done.body).toBe(200);
    const after = (await commune.request({ url: `/api/tasks/${task.id}` })).json();
    expect(after).toMatchObject({ status: 'done_late', progressPercent: 100, actions: { confirm: false } });
    const lead = await t.signIn('lanhdao.dongkinh');
    expect((await lead.request({ method: 'POST', url: `/api/tasks/${task.id}/confirm` })).statusCode).toBe(
      204,
    );
    expect((await lead.request({ url: `/api/tasks/${task.id}` })).json().completionConfirmed).toBe(true);
  });

  it('creates the next occurrence when a yearly duty is completed', async () => {
    const id = await registerAndConfirm(
      officer,
      'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSố: 130/KH-UBND\nLạng Sơn, ngày 01 tháng 10 năm 2016\nKẾ HOẠCH\nBáo cáo\nCông an tỉnh chủ trì tổng hợp báo cáo kết quả.',
      (r) => {
        for (const x of r.tasks) {
          x.recurrence = 'year';
          x.dueOn = null;
        }
      },
    );
    const task = (await officer.request({ url: `/api/tasks?documentId=${id}` })).json().items[0];
    expect(task, 'the extractor should find "Công an tỉnh chủ trì ..."').toBeDefined();
    expect(task).toMatchObject({ recurrence: 'year', dueOn: '2016-12-31' });
    // The province officer works for Bộ CHQS tỉnh, not the lead agency (Công an tỉnh): its leader reports.
    const done = await leader.request({
      method: 'POST',
      url: `/api/tasks/${task.id}/complete`,
      payload: { completedOn: '2016-12-02' },
    });
    expect(done.statusCode, done.body).toBe(200);
    const next = (await officer.request({ url: `/api/tasks/${done.json().nextTaskId}` })).json();
    expect(next).toMatchObject({ dueOn: '2017-12-31', status: 'in_term', title: task.title });
  });

  it('cascades a province task to communes and shows their completion on the parent', async () => {
    const open = (await leader.request({ url: `/api/tasks?documentId=${planId}&pageSize=200` })).json().items;
    const task = open.find(
      (x: { leadAgency: { name: string }; completedOn: string | null }) =>
        x.leadAgency.name === 'Công an tỉnh Lạng Sơn' && x.completedOn === null,
    );
    const communes = (
      await officer.request({ url: `/api/units?parentId=${officer.user.unit.id}&limit=3` })
    ).json().items;
    const agencyIds: number[] = [];
    for (const c of communes) {
      const detail = (await officer.request({ url: `/api/units/${c.id}` })).json();
      agencyIds.push(detail.agencies.find((a: { kind: string }) => a.kind === 'police').id);
    }
    const cascade = (agent: Agent, ids: number[]) =>
      agent.request({ method: 'POST', url: `/api/tasks/${task.id}/cascade`, payload: { agencyIds: ids } });
    // Only the lead agency or a leader breaks a task down; the officer works for another agency.
    expect((await cascade(officer, agencyIds)).statusCode).toBe(403);
    const res = await cascade(leader, agencyIds);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().created).toBe(3);
    const parent = (await officer.request({ url: `/api/tasks/${task.id}` })).json();
    expect(parent.children).toEqual({ total: 3, done: 0, overdue: expect.any(Number) });
    const outside = await cascade(leader, [officer.user.agency.id]);
    expect(outside.statusCode).toBe(400);
  });

  it('keeps a secret document body and file from those without the right', async () => {
    const text =
      'BỘ CHỈ HUY QUÂN SỰ TỈNH LẠNG SƠN\nSố: 09/KH-BCH\nKẾ HOẠCH\nPhương án phòng thủ khu vực biên giới\n\nLực lượng dự kiến: Trung đoàn 123 bí mật cơ động.';
    const upload = await officer.request({
      method: 'POST',
      url: '/api/documents',
      ...multipartWith('ke-hoach-mat.txt', text, { classification: 'mat' }),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const id = upload.json().id;
    const asOfficer = (await officer.request({ url: `/api/documents/${id}` })).json();
    expect(asOfficer).toMatchObject({
      classification: 'mat',
      body: null,
      file: null,
      actions: { readBody: false },
    });
    expect((await officer.request({ url: `/api/documents/${id}/file` })).statusCode).toBe(403);
    expect((await officer.request({ url: '/api/documents?q=trung%20doan%20123' })).json().total).toBe(0);
    const asLeader = (await leader.request({ url: `/api/documents/${id}` })).json();
    expect(asLeader.body).toContain('bí mật');
    expect(asLeader.file).toMatchObject({ name: 'ke-hoach-mat.txt', size: Buffer.byteLength(text) });
    const file = await leader.request({ url: `/api/documents/${id}/file` });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toMatch(/^attachment;/);
    expect(file.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect((await leader.request({ url: '/api/documents?q=trung%20doan%20123' })).json().total).toBe(1);
  });

  it('searches without accents and filters by kind and year', async () => {
    const res = (
      await officer.request({ url: '/api/documents?q=quoc%20phong%20toan%20dan&kind=KH&year=2016' })
    ).json();
    expect(res.items.map((d: { number: string }) => d.number)).toContain('100/KH-UBND');
    expect((await officer.request({ url: '/api/documents?year=2015' })).json().total).toBe(0);
  });

  it('exports a task list to Excel', async () => {
    const res = await officer.request({ url: '/api/tasks.xlsx?view=all' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/nhiem-vu-/);
  });
});

function multipartWith(fileName: string, content: string, fields: Record<string, string>) {
  const base = multipart(fileName, content);
  const boundary = base.headers['content-type'].split('boundary=')[1]!;
  const parts = Object.entries(fields)
    .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
    .join('');
  return { payload: Buffer.concat([Buffer.from(parts), base.payload]), headers: base.headers };
}
