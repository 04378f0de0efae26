import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/server/db/query-rows.ts';
import { setComputedFigures } from '../../src/server/services/figures/set-computed-figures.ts';
import { type Agent, createTestApp, type TestApp, unitIdByName } from '../helpers/app.ts';
import { testDatabaseKind } from '../helpers/database.ts';

const OFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p));
if (!OFFICE && process.env.CI === 'true')
  throw new Error('LibreOffice is required in CI (apt-get install libreoffice-writer-nogui)');

describe(`periodic reports on ${testDatabaseKind()}`, () => {
  let t: TestApp;
  let dongKinh: Agent;
  let luongVanTri: Agent;
  let provinceLeader: Agent;
  let provinceOfficer: Agent;
  let forms: { id: number; code: string; sections: { key: string; heading: string }[] }[];
  const form = (code: string) => forms.find((f) => f.code === code)!;
  const write = (agent: Agent, id: number, text: string) =>
    agent.request({
      method: 'PUT',
      url: `/api/reports/${id}/narrative`,
      payload: {
        sections: Object.fromEntries(
          form('BC_SO_KET_5N').sections.map((s) => [s.key, `<p>${s.heading}: ${text}</p>`]),
        ),
      },
    });

  beforeAll(async () => {
    t = await createTestApp({ now: '2025-08-20T02:00:00Z' });
    dongKinh = await t.signIn('canbo.dongkinh');
    provinceLeader = await t.signIn('lanhdao.tinh');
    provinceOfficer = await t.signIn('canbo.tinh');
    const admin = await t.signIn('admin.tinh');
    const unitId = await unitIdByName(t.database, 'Phường Lương Văn Tri');
    const unit = (await admin.request({ url: `/api/units/${unitId}` })).json();
    const agencyId = unit.agencies.find((a: { kind: string }) => a.kind === 'military_command').id;
    const created = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: { username: 'canbo.luongvantri', fullName: 'Cán bộ Lương Văn Tri', role: 'officer', agencyId },
    });
    const temp = await t.signIn('canbo.luongvantri', created.json().temporaryPassword);
    await temp.request({
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: created.json().temporaryPassword, newPassword: 'mat-khau-lvt-2025' },
    });
    luongVanTri = await t.signIn('canbo.luongvantri', 'mat-khau-lvt-2025');
    forms = (await dongKinh.request({ url: '/api/report-forms' })).json().items;
  });
  afterAll(async () => t?.close());

  it('seeds the periodic reports with their sections and per-level deadlines', () => {
    expect(forms.map((f) => f.code)).toEqual([
      'BC_QPQSDP_NAM',
      'BC_QPQSDP_6T',
      'BC_SO_KET_5N',
      'BC_TONG_KET_10N',
    ]);
    expect(form('BC_SO_KET_5N').sections.map((s) => s.heading)).toEqual([
      'Đặc điểm tình hình',
      'Kết quả đạt được',
      'Hạn chế, nguyên nhân',
      'Bài học kinh nghiệm',
      'Phương hướng, nhiệm vụ',
      'Đề xuất, kiến nghị',
    ]);
  });

  it('walks the sơ kết cycle: communes submit (one late), the province chases, returns one, accepts, composes its own', async () => {
    const open = async (agent: Agent) =>
      (
        await agent.request({
          method: 'POST',
          url: '/api/reports',
          payload: { formId: form('BC_SO_KET_5N').id, unitId: agent.user.unit.id, period: '2021-2025' },
        })
      ).json().id as number;
    const dk = await open(dongKinh);
    expect(
      (await dongKinh.request({ method: 'POST', url: `/api/reports/${dk}/submit` })).json().error.message,
    ).toMatch(/^Chưa viết các mục: Đặc điểm tình hình/);
    expect(
      (await write(dongKinh, dk, 'phường hoàn thành <script>alert(1)</script><b>tốt</b>')).statusCode,
    ).toBe(204);
    const submitted = await dongKinh.request({ method: 'POST', url: `/api/reports/${dk}/submit` });
    expect(submitted.json()).toEqual({ isLate: false });
    const frozen = (await dongKinh.request({ url: `/api/reports/${dk}` })).json();
    expect(frozen).toMatchObject({
      state: 'submitted',
      dueOn: '2025-08-30',
      isLate: false,
      actions: { edit: false },
    });
    expect(frozen.narrative.tinh_hinh).toBe('<p>Đặc điểm tình hình: phường hoàn thành <b>tốt</b></p>');
    expect((await write(dongKinh, dk, 'sửa sau khi gửi')).statusCode).toBe(403);

    t.clock.set('2025-09-02T02:00:00Z');
    luongVanTri = await t.signIn('canbo.luongvantri', 'mat-khau-lvt-2025');
    provinceLeader = await t.signIn('lanhdao.tinh');
    provinceOfficer = await t.signIn('canbo.tinh');
    dongKinh = await t.signIn('canbo.dongkinh');
    const lvt = await open(luongVanTri);
    await write(luongVanTri, lvt, 'phường đạt kết quả khá');
    expect((await luongVanTri.request({ method: 'POST', url: `/api/reports/${lvt}/submit` })).json()).toEqual(
      { isLate: true },
    );

    const calendar = (await provinceLeader.request({ url: '/api/reports/calendar?year=2025&term=2021-2025' }))
      .json()
      .items.filter((e: { formId: number }) => e.formId === form('BC_SO_KET_5N').id);
    const byUnit = Object.fromEntries(calendar.map((e: { unitName: string }) => [e.unitName, e]));
    expect(byUnit['Phường Đông Kinh']).toMatchObject({ state: 'submitted', isLate: false });
    expect(byUnit['Phường Lương Văn Tri']).toMatchObject({ state: 'submitted', isLate: true });
    expect(byUnit['Xã Đồng Đăng']).toMatchObject({ state: 'not_started', isLate: true, dueOn: '2025-08-30' });
    expect(byUnit['Tỉnh Lạng Sơn']).toMatchObject({
      state: 'not_started',
      dueOn: '2025-09-30',
      isLate: false,
    });

    expect(
      (
        await provinceLeader.request({
          method: 'POST',
          url: `/api/reports/${lvt}/return`,
          payload: { reason: 'x' },
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await provinceLeader.request({
          method: 'POST',
          url: `/api/reports/${lvt}/return`,
          payload: { reason: 'Thiếu số liệu diễn tập' },
        })
      ).statusCode,
    ).toBe(204);
    expect((await dongKinh.request({ method: 'POST', url: `/api/reports/${dk}/accept` })).statusCode).toBe(
      403,
    );
    expect(
      (await provinceLeader.request({ method: 'POST', url: `/api/reports/${dk}/accept` })).statusCode,
    ).toBe(204);
    const returned = (await luongVanTri.request({ url: `/api/reports/${lvt}` })).json();
    expect(returned).toMatchObject({
      state: 'returned',
      version: 2,
      returnReason: 'Thiếu số liệu diễn tập',
      actions: { edit: true },
    });
    await write(luongVanTri, lvt, 'bổ sung 2 cuộc diễn tập');
    await luongVanTri.request({ method: 'POST', url: `/api/reports/${lvt}/submit` });
    expect(
      (await luongVanTri.request({ url: `/api/reports/${lvt}` }))
        .json()
        .versions.map((v: { version: number }) => v.version),
    ).toEqual([1, 2]);

    const province = await open(provinceOfficer);
    const composing = (await provinceOfficer.request({ url: `/api/reports/${province}` })).json();
    expect(composing.childNarratives.map((c: { unitName: string }) => c.unitName)).toEqual([
      'Phường Đông Kinh',
      'Phường Lương Văn Tri',
    ]);
    expect(composing.childNarratives[1].sections.ket_qua).toContain('bổ sung 2 cuộc diễn tập');
    expect((await write(provinceOfficer, province, 'toàn tỉnh hoàn thành')).statusCode).toBe(204);

    // The Vice-Chairman signs for the Chairman; a name left empty is refused in Vietnamese.
    const sign = (agent: Agent, id: number, payload: Record<string, unknown>) =>
      agent.request({ method: 'PUT', url: `/api/reports/${id}/signer`, payload });
    const noName = await sign(provinceOfficer, province, { deputy: true, name: ' ' });
    expect(noName.statusCode).toBe(400);
    expect(noName.json().error.message).toContain('Hãy ghi họ và tên người ký');
    expect((await sign(provinceOfficer, province, { deputy: 'có', name: 'Trần Minh Đức' })).statusCode).toBe(
      400,
    );
    expect((await sign(provinceLeader, dk, { deputy: false, name: 'Lê Văn Phong' })).statusCode).toBe(403);
    expect(
      (await sign(provinceOfficer, province, { deputy: true, name: ' Trần Minh Đức ' })).statusCode,
    ).toBe(204);
    expect((await provinceOfficer.request({ url: `/api/reports/${province}` })).json().signer).toEqual({
      deputy: true,
      name: 'Trần Minh Đức',
    });
    const [audit] = await queryRows<{ before: unknown; after: unknown }>(
      t.database.db,
      sql`select before, after from audit_log where entity_type = 'report' and entity_id = ${String(province)}
           and after ? 'signer' order by id desc limit 1`,
    );
    expect(audit).toEqual({
      before: { signer: null },
      after: { signer: { deputy: true, name: 'Trần Minh Đức' } },
    });

    expect(
      (await provinceOfficer.request({ method: 'POST', url: `/api/reports/${province}/submit` })).json(),
    ).toEqual({ isLate: false });
    // Sent: the signer is frozen with the version.
    expect((await sign(provinceOfficer, province, { deputy: false, name: 'Lê Văn Phong' })).statusCode).toBe(
      403,
    );
    const [version] = await queryRows<{ signer: unknown }>(
      t.database.db,
      sql`select signer from report_versions where report_id = ${province} and version = 1`,
    );
    expect(version!.signer).toEqual({ deputy: true, name: 'Trần Minh Đức' });
  });

  it('prefills figures from the data recorded and freezes them at submission', async () => {
    t.clock.set('2026-12-10T02:00:00Z');
    dongKinh = await t.signIn('canbo.dongkinh');
    // The annual form's figures are the registers' (classes held come from the QP-AN class
    // register), so they change the way a register writes them.
    const enter = (value: number) =>
      t.database.db.transaction((tx) =>
        setComputedFigures(tx, { userId: dongKinh.user.id, requestId: null }, dongKinh.user.unit.id, '2026', [
          { code: 'QPAN_SO_LOP', category: '', value },
        ]),
      );
    await enter(4);
    const id = (
      await dongKinh.request({
        method: 'POST',
        url: '/api/reports',
        payload: { formId: form('BC_QPQSDP_NAM').id, unitId: dongKinh.user.unit.id, period: '2026' },
      })
    ).json().id;
    const figure = (r: { figures: { code: string; value: number | null }[] }) =>
      r.figures.find((f) => f.code === 'QPAN_SO_LOP')!.value;
    expect(figure((await dongKinh.request({ url: `/api/reports/${id}` })).json())).toBe(4);
    await dongKinh.request({
      method: 'PUT',
      url: `/api/reports/${id}/narrative`,
      payload: {
        sections: Object.fromEntries(form('BC_QPQSDP_NAM').sections.map((s) => [s.key, '<p>Nội dung</p>'])),
      },
    });
    await dongKinh.request({ method: 'POST', url: `/api/reports/${id}/submit` });
    await enter(9);
    expect(figure((await dongKinh.request({ url: `/api/reports/${id}` })).json())).toBe(4);
    // A five-year review adds up the years of its term.
    const review = (
      await dongKinh.request({
        method: 'POST',
        url: '/api/reports',
        payload: { formId: form('BC_SO_KET_5N').id, unitId: dongKinh.user.unit.id, period: '2022-2026' },
      })
    ).json().id;
    expect(figure((await dongKinh.request({ url: `/api/reports/${review}` })).json())).toBe(9);
  });

  it('accepts one of two submissions sent at the same moment and freezes a single version', async () => {
    t.clock.set('2026-12-10T02:00:00Z');
    dongKinh = await t.signIn('canbo.dongkinh');
    const id = (
      await dongKinh.request({
        method: 'POST',
        url: '/api/reports',
        payload: { formId: form('BC_QPQSDP_6T').id, unitId: dongKinh.user.unit.id, period: '2026H2' },
      })
    ).json().id;
    await dongKinh.request({
      method: 'PUT',
      url: `/api/reports/${id}/narrative`,
      payload: {
        sections: Object.fromEntries(form('BC_QPQSDP_6T').sections.map((s) => [s.key, '<p>Nội dung</p>'])),
      },
    });
    const answers = await Promise.all(
      [1, 2].map(() => dongKinh.request({ method: 'POST', url: `/api/reports/${id}/submit` })),
    );
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses[0]).toBe(200);
    // The loser either finds it already sent (403) or loses the race inside the transaction (409).
    expect([403, 409]).toContain(statuses[1]);
    expect(answers.find((a) => a.statusCode !== 200)!.json().error.message).toMatch(/báo cáo/i);
    const versions = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from report_versions where report_id = ${id}`,
    );
    expect(versions[0]!.n).toBe(1);
  });

  it('keeps the text of a report sent while an edit was on its way: the edit is refused, not written after', async () => {
    const id = (
      await dongKinh.request({
        method: 'POST',
        url: '/api/reports',
        payload: { formId: form('BC_QPQSDP_6T').id, unitId: dongKinh.user.unit.id, period: '2026H1' },
      })
    ).json().id;
    const sections = (text: string) =>
      Object.fromEntries(form('BC_QPQSDP_6T').sections.map((s) => [s.key, `<p>${text}</p>`]));
    await dongKinh.request({
      method: 'PUT',
      url: `/api/reports/${id}/narrative`,
      payload: { sections: sections('Bản gửi') },
    });
    const [submitted, edited] = await Promise.all([
      dongKinh.request({ method: 'POST', url: `/api/reports/${id}/submit` }),
      dongKinh.request({
        method: 'PUT',
        url: `/api/reports/${id}/narrative`,
        payload: { sections: sections('Sửa muộn') },
      }),
    ]);
    expect(submitted.statusCode).toBe(200);
    // The edit either landed before the submission (and was sent) or was refused after it.
    expect([204, 403, 409]).toContain(edited.statusCode);
    const [row] = await queryRows<{ same: boolean }>(
      t.database.db,
      sql`select r.narrative = v.narrative as same from reports r
            join report_versions v on v.report_id = r.id and v.version = r.version where r.id = ${id}`,
    );
    expect(row!.same).toBe(true);
  });

  it.skipIf(!OFFICE)(
    'exports a .docx that LibreOffice opens with every part of the NĐ 30 layout',
    async () => {
      provinceLeader = await t.signIn('lanhdao.tinh');
      const calendar = (
        await provinceLeader.request({ url: '/api/reports/calendar?year=2025&term=2021-2025' })
      ).json().items;
      const reportId = calendar.find(
        (e: { unitName: string; formId: number }) =>
          e.unitName === 'Tỉnh Lạng Sơn' && e.formId === form('BC_SO_KET_5N').id,
      ).reportId;
      const docx = await provinceLeader.request({ url: `/api/reports/${reportId}/docx` });
      expect(docx.statusCode, docx.body.slice(0, 300)).toBe(200);
      expect(docx.headers['content-type']).toContain('wordprocessingml');
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qptd-docx-'));
      fs.writeFileSync(path.join(dir, 'bao-cao.docx'), docx.rawPayload);
      execFileSync(
        OFFICE!,
        [
          `-env:UserInstallation=file://${dir}/profile`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          path.join(dir, 'bao-cao.docx'),
        ],
        { stdio: 'ignore', timeout: 120_000 },
      );
      const text = execFileSync('pdftotext', ['-layout', path.join(dir, 'bao-cao.pdf'), '-'], {
        encoding: 'utf8',
      });
      for (const part of [
        'ỦY BAN NHÂN DÂN',
        'TỈNH LẠNG SƠN',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Số:',
        '/BC-UBND',
        'Lạng Sơn, ngày',
        'BÁO CÁO',
        'Sơ kết 5 năm xây dựng nền quốc phòng toàn dân giai đoạn 2021 - 2025',
        'I. ĐẶC ĐIỂM TÌNH HÌNH',
        'VI. ĐỀ XUẤT, KIẾN NGHỊ',
        'toàn tỉnh hoàn thành',
        'TM. ỦY BAN NHÂN DÂN',
        'KT. CHỦ TỊCH',
        'PHÓ CHỦ TỊCH',
        'Trần Minh Đức',
        'Nơi nhận:',
        'Bộ Tư lệnh Quân khu',
        'Lưu: VT',
      ]) {
        expect(text, part).toContain(part);
      }
      // The officer who sent it is not the one who signs it.
      expect(text).not.toContain('Cán bộ Bộ CHQS tỉnh (demo)');
      // A person looks at the rendered first page.
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
        path.join(dir, 'bao-cao.pdf'),
        'test-output/bao-cao-trang-1',
      ]);
      expect(fs.existsSync('test-output/bao-cao-trang-1.png')).toBe(true);
      fs.rmSync(dir, { recursive: true, force: true });
    },
    180_000,
  );
});
