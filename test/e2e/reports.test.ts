import fs from 'node:fs';
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZipEntry } from '../helpers/zip-entry.ts';
import {
  apiSignIn,
  collectPageErrors,
  currentUnitId,
  DEMO_PASSWORD,
  launchBrowser,
  screenshot,
  shouldSkipBrowserTests,
  signIn,
} from './browser.ts';
import { startServer, type TestServer } from './server.ts';

// The Bắc Kạn cycle (sơ kết 5 năm): communes report to the province, which composes its own. The
// server runs on a clock the test moves through August and September 2025, and each browser
// session's clock starts where the server's is: Phường Đông Kinh sends on 20/08, before the
// communes' deadline of 30/08/2025, Phường Lương Văn Tri on 03/09, late; the province composes
// its own on 25/09, before its deadline of 30/09/2025. The annual report of 2025 shows the
// figures the communes entered, summed up for the province (a rate as Σ taught ÷ Σ enrolled).
const TERM = '2021-2025';
const TERM_LABEL = 'Giai đoạn 2021–2025';
const YEAR = 2025;
const BEFORE_COMMUNE_DEADLINE = '2025-08-20T09:00:00+07:00';
const AFTER_COMMUNE_DEADLINE = '2025-09-03T10:00:00+07:00';
const BEFORE_PROVINCE_DEADLINE = '2025-09-25T14:00:00+07:00';
const SO_KET = 'Báo cáo sơ kết 5 năm xây dựng nền quốc phòng toàn dân';
const ANNUAL = 'Báo cáo kết quả công tác quốc phòng, quân sự địa phương năm';
const DONG_KINH = 'Phường Đông Kinh';
const LUONG_VAN_TRI = 'Phường Lương Văn Tri';
const LVT_USERNAME = 'canbo.luongvantri';
const LVT_PASSWORD = 'mat-khau-lvt-2026';
const COMMUNE_RECIPIENT = 'Ủy ban nhân dân tỉnh (qua Bộ Chỉ huy Quân sự tỉnh)';
const SIGNER = 'Trần Minh Đức';
const RETURN_REASON = 'Thiếu số liệu diễn tập phòng thủ, đề nghị bổ sung';
const CLASSES = 'Số lớp bồi dưỡng kiến thức QP-AN';
const STUDENTS_RATE = 'Tỷ lệ học sinh, sinh viên được học GDQP-AN';
const SECTIONS = [
  'Đặc điểm tình hình',
  'Kết quả đạt được',
  'Hạn chế, nguyên nhân',
  'Bài học kinh nghiệm',
  'Phương hướng, nhiệm vụ',
  'Đề xuất, kiến nghị',
];

/** The refused empty submission answers 400; every other console error counts. */
const isExpectedRefusal = (message: string) =>
  message.includes('status of 400') && /\/api\/reports\/\d+\/submit/.test(message);

interface CalendarEntry {
  formId: number;
  formTitle: string;
  period: string;
  unitId: number;
  unitName: string;
  state: string;
  reportId: number | null;
  isLate: boolean;
}

interface ReportAnswer {
  id: number;
  state: string;
  isLate: boolean;
  narrative: Record<string, string>;
  figures: { code: string; value: number | null }[];
  signer: { deputy: boolean; name: string } | null;
}

/** The signed-in user's report as the API shows it. */
async function apiReport(request: APIRequestContext, id: number): Promise<ReportAnswer> {
  const response = await request.get(`/api/reports/${id}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as ReportAnswer;
}

/** The calendar entries of the sơ kết for the term, as the signed-in user's API sees them. */
async function apiSoKet(request: APIRequestContext): Promise<CalendarEntry[]> {
  const response = await request.get('/api/reports/calendar', { params: { year: YEAR, term: TERM } });
  const { items } = (await response.json()) as { items: CalendarEntry[] };
  return items.filter((e) => e.formTitle === SO_KET && e.period === TERM);
}

/** Picks an option of a Mantine Select by its label. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Opens "Báo cáo" from the navigation on the sơ kết term. */
async function openCalendar(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Báo cáo', exact: true }).click();
  await page.waitForURL(/\/bao-cao$/);
  await choose(page, 'Giai đoạn', TERM_LABEL);
}

/** The report id of the page shown. */
function shownReportId(page: Page): number {
  return Number(/\/bao-cao\/(\d+)$/.exec(new URL(page.url()).pathname)![1]);
}

/** The rich-text editor of a section. */
function editor(page: Page, heading: string) {
  return page.getByRole('textbox', { name: heading, exact: true });
}

/** Types a line into a section's editor, at its end. */
async function write(page: Page, heading: string, text: string): Promise<void> {
  await editor(page, heading).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

/** Saves with "Lưu" and waits until the page says so. */
async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect.poll(() => page.getByTestId('save-status').getAttribute('data-step')).toBe('saved');
}

/**
 * "Gửi báo cáo", then the confirmation dialog's own "Gửi báo cáo"; returns once the server has
 * answered, so that what the test reads next through the API is the submitted report.
 */
async function submit(page: Page, expectedStatus = 200): Promise<void> {
  await page.getByRole('button', { name: 'Gửi báo cáo', exact: true }).click();
  const answered = page.waitForResponse((response) =>
    /\/api\/reports\/\d+\/submit$/.test(new URL(response.url()).pathname),
  );
  await page.getByRole('dialog').getByRole('button', { name: 'Gửi báo cáo', exact: true }).click();
  expect((await answered).status()).toBe(expectedStatus);
}

describe.skipIf(shouldSkipBrowserTests('reports'))(
  'the sơ kết cycle: communes report, the province chases, returns, accepts and composes its own',
  () => {
    let server: TestServer;
    let browser: Browser;
    const contexts: BrowserContext[] = [];
    const pageErrors: string[] = [];
    let dongKinhReportId = 0;
    /** Where the server's clock was last put; each new browser session starts there. */
    let clockAt = BEFORE_COMMUNE_DEADLINE;

    async function moveClock(at: string): Promise<void> {
      await server.setClock(at);
      clockAt = at;
    }

    /** A fresh browser session signed in as `username`, on the overview. */
    async function session(username: string, password = DEMO_PASSWORD): Promise<Page> {
      const context = await browser.newContext({
        baseURL: server.baseUrl,
        viewport: { width: 1366, height: 900 },
        acceptDownloads: true,
      });
      contexts.push(context);
      await context.clock.install({ time: new Date(clockAt) });
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      page.on('close', () => pageErrors.push(...errors));
      await page.goto('/dang-nhap');
      await signIn(page, username, password);
      await page.waitForURL((url) => url.pathname === '/');
      return page;
    }

    beforeAll(async () => {
      browser = await launchBrowser();
      server = await startServer({ clock: BEFORE_COMMUNE_DEADLINE });
      const setup = await browser.newContext({ baseURL: server.baseUrl });
      try {
        // The province admin gives Phường Lương Văn Tri an officer, who sets a password of their own.
        const adminCsrf = await apiSignIn(setup.request, 'admin.tinh');
        const lvtId = await currentUnitId(setup.request, LUONG_VAN_TRI);
        const unit = (await (await setup.request.get(`/api/units/${lvtId}`)).json()) as {
          agencies: { id: number; kind: string }[];
        };
        const created = await setup.request.post('/api/users', {
          headers: { 'x-csrf-token': adminCsrf },
          data: {
            username: LVT_USERNAME,
            fullName: 'Cán bộ Lương Văn Tri',
            role: 'officer',
            agencyId: unit.agencies.find((a) => a.kind === 'military_command')!.id,
          },
        });
        expect(created.status(), await created.text()).toBe(201);
        const { temporaryPassword } = (await created.json()) as { temporaryPassword: string };
        await setup.request.post('/api/auth/logout', { headers: { 'x-csrf-token': adminCsrf } });
        const tempCsrf = await apiSignIn(setup.request, LVT_USERNAME, temporaryPassword);
        const changed = await setup.request.post('/api/auth/change-password', {
          headers: { 'x-csrf-token': tempCsrf },
          data: { currentPassword: temporaryPassword, newPassword: LVT_PASSWORD },
        });
        expect(changed.status(), await changed.text()).toBe(204);

        // Each commune enters this year's students in the data-entry grid: 30 of 40 taught GDQP-AN
        // here, 40 of 40 in Đông Kinh (the classes held come from a register, nobody types them).
        const enterStudents = async (
          csrf: string,
          unitIdOfCommune: number,
          enrolled: number,
          taught: number,
        ) => {
          const catalogue = (await (await setup.request.get('/api/indicators')).json()) as {
            indicators: { id: number; code: string }[];
            sets: { id: number; code: string }[];
          };
          const ind = (code: string) => catalogue.indicators.find((i) => i.code === code)!.id;
          const saved = await setup.request.put('/api/figures/grid', {
            headers: { 'x-csrf-token': csrf },
            data: {
              unitId: unitIdOfCommune,
              setId: catalogue.sets.find((s) => s.code === 'QPQSDP_NAM')!.id,
              period: String(YEAR),
              cells: [
                { indicatorId: ind('GDQP_HS_PHAI_HOC'), value: enrolled },
                { indicatorId: ind('GDQP_HS_DA_HOC'), value: taught },
              ],
            },
          });
          expect(saved.status(), await saved.text()).toBe(200);
        };
        await enterStudents(await apiSignIn(setup.request, LVT_USERNAME, LVT_PASSWORD), lvtId, 40, 30);
        await enterStudents(
          await apiSignIn(setup.request, 'canbo.dongkinh'),
          await currentUnitId(setup.request, DONG_KINH),
          40,
          40,
        );
      } finally {
        await setup.close();
      }
    });

    afterAll(async () => {
      for (const context of contexts) await context.close();
      await browser?.close();
      await server?.stop();
    });

    it('shows the commune its sơ kết in the calendar on 20/08/2025: due 30/08/2025, to the province, not started, not late', async () => {
      const page = await session('canbo.dongkinh');
      await openCalendar(page);
      const row = page.getByTestId('own-reports-table').getByRole('row', { name: new RegExp(SO_KET) });
      const text = await row.textContent();
      expect(text).toContain(TERM_LABEL);
      expect(text).toContain('30/08/2025');
      expect(text).toContain(COMMUNE_RECIPIENT);
      expect(text).toContain('Chưa bắt đầu');
      const [own] = await apiSoKet(page.request);
      expect(own!.isLate).toBe(false);
      expect(await row.getByTestId('late-badge').count()).toBe(0);
      await screenshot(page, 'reports-commune-calendar');

      await row.getByRole('button', { name: /^Soạn báo cáo/ }).click();
      await page.waitForURL(/\/bao-cao\/\d+$/);
      dongKinhReportId = shownReportId(page);
      await page.getByRole('heading', { name: SO_KET }).waitFor();
      const facts = await page.getByTestId('report-facts').textContent();
      for (const part of [DONG_KINH, TERM_LABEL, '30/08/2025', COMMUNE_RECIPIENT, 'Đang soạn']) {
        expect(facts).toContain(part);
      }
      expect(await page.getByTestId('figures-note').textContent()).toContain(
        'Số liệu lấy từ bảng nhập số liệu',
      );
      expect(await page.getByTestId('report-figures').getByRole('row').count()).toBeGreaterThan(1);
      await page.getByRole('link', { name: 'Sửa số liệu ở trang Chỉ tiêu' }).waitFor();
      await page.close();
    });

    it('refuses to send an empty report with the server words, then sends the written one on time', async () => {
      const page = await session('canbo.dongkinh');
      await page.goto(`/bao-cao/${dongKinhReportId}`);
      await editor(page, SECTIONS[0]!).waitFor();
      await submit(page, 400);
      const refused = page.getByTestId('submit-error');
      await refused.waitFor();
      expect(await refused.textContent()).toContain(
        'Chưa viết các mục: Đặc điểm tình hình; Kết quả đạt được',
      );

      // Bold from the toolbar and a bulleted list: the editor writes HTML the server keeps.
      await write(page, SECTIONS[0]!, 'Phường có 9 khu phố; ');
      const firstSection = page.locator('[data-section="tinh_hinh"]');
      await firstSection.getByRole('button', { name: 'Chữ đậm' }).click();
      await page.keyboard.type('tình hình chính trị ổn định');
      await write(page, SECTIONS[1]!, 'Kết quả nổi bật:');
      await page.keyboard.press('Enter');
      await page
        .locator('[data-section="ket_qua"]')
        .getByRole('button', { name: 'Danh sách gạch đầu dòng' })
        .click();
      await page.keyboard.type('Tổ chức 4 lớp bồi dưỡng kiến thức QP-AN');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Hoàn thành 100% chỉ tiêu tuyển quân');
      for (const heading of SECTIONS.slice(2)) await write(page, heading, `${heading} của phường Đông Kinh.`);
      await save(page);
      const stored = await apiReport(page.request, dongKinhReportId);
      expect(stored.narrative.tinh_hinh).toBe(
        '<p>Phường có 9 khu phố; <strong>tình hình chính trị ổn định</strong></p>',
      );
      expect(stored.narrative.ket_qua).toContain(
        '<ul><li><p>Tổ chức 4 lớp bồi dưỡng kiến thức QP-AN</p></li>',
      );

      // Evidence files upload with progress and are listed for download.
      await page
        .locator('section[aria-labelledby="report-attachments-title"] input[type=file]')
        .setInputFiles({
          name: 'bien-ban-hoi-nghi-so-ket.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.alloc(300_000, 0x25),
        });
      await page.getByText('Đã đính kèm bien-ban-hoi-nghi-so-ket.pdf.').waitFor();
      await page
        .getByTestId('report-attachments')
        .getByRole('link', { name: 'bien-ban-hoi-nghi-so-ket.pdf' })
        .waitFor();
      await screenshot(page, 'reports-commune-writing');

      await submit(page);
      const sent = await apiReport(page.request, dongKinhReportId);
      await page.getByTestId('report-notice').getByText('Đã gửi báo cáo đúng hạn.').waitFor();
      expect(sent.state).toBe('submitted');
      expect(sent.isLate).toBe(false);
      const facts = page.getByTestId('report-facts');
      await facts.getByText('Đã gửi').waitFor();
      expect(await facts.getByTestId('late-badge').count()).toBe(0);
      expect(await page.getByTestId('narrative-view').textContent()).toContain('tình hình chính trị ổn định');
      expect(await page.getByTestId('report-versions').textContent()).toContain('Phiên bản 1');
      await screenshot(page, 'reports-commune-submitted');
      await page.close();
    });

    it('lets the new officer of Phường Lương Văn Tri write and send theirs on 03/09/2025, late', async () => {
      await moveClock(AFTER_COMMUNE_DEADLINE);
      const page = await session(LVT_USERNAME, LVT_PASSWORD);
      await openCalendar(page);
      const row = page.getByTestId('own-reports-table').getByRole('row', { name: new RegExp(SO_KET) });
      await row.getByRole('button', { name: /^Soạn báo cáo/ }).click();
      await page.waitForURL(/\/bao-cao\/\d+$/);
      const id = shownReportId(page);
      for (const heading of SECTIONS) {
        await write(
          page,
          heading,
          heading === 'Kết quả đạt được' ? 'Phường đạt kết quả khá.' : `${heading}: ổn.`,
        );
      }
      await submit(page);
      const sent = await apiReport(page.request, id);
      await page
        .getByTestId('report-notice')
        .getByText('Đã gửi báo cáo. Báo cáo gửi sau hạn 30/08/2025 nên được ghi nhận trễ hạn.')
        .waitFor();
      expect(sent.state).toBe('submitted');
      expect(sent.isLate).toBe(true);
      expect(await page.getByTestId('report-facts').getByTestId('late-badge').count()).toBe(1);
      await page.close();
    });

    it('shows the province leader who has sent and who is late, and exports the roll-up', async () => {
      const page = await session('lanhdao.tinh');
      await openCalendar(page);
      await page.getByRole('tab', { name: 'Theo dõi cấp dưới' }).click();
      await choose(page, 'Báo cáo và kỳ', `${SO_KET} – ${TERM_LABEL}`);
      const table = page.getByTestId('chase-table');
      await table.waitFor();

      const below = (await apiSoKet(page.request)).filter((e) => e.unitName !== 'Tỉnh Lạng Sơn');
      expect(await page.getByTestId('count-total').textContent()).toBe(String(below.length));
      expect(await page.getByTestId('count-sent').textContent()).toBe('2');
      expect(await page.getByTestId('count-late').textContent()).toBe(
        String(below.filter((e) => e.isLate).length),
      );
      expect(await page.getByTestId('count-not-started').textContent()).toBe(
        String(below.filter((e) => e.state === 'not_started').length),
      );
      // The calendar also lists the units merged away on 01/07/2025 under the same names: each
      // commune's own row is the one that has sent.
      // Đông Kinh sent on time, Lương Văn Tri late; the communes that have not sent are late too.
      for (const [name, late] of [
        [DONG_KINH, false],
        [LUONG_VAN_TRI, true],
      ] as const) {
        const row = table.locator(`tr[data-unit="${name}"]`).filter({ hasText: 'Đã gửi' });
        await row.waitFor();
        expect(below.find((e) => e.unitName === name && e.state === 'submitted')!.isLate).toBe(late);
        expect(await row.getByTestId('late-badge').count()).toBe(late ? 1 : 0);
      }
      const notStarted = below.filter((e) => e.state === 'not_started');
      expect(notStarted.length).toBeGreaterThan(0);
      expect(notStarted.every((e) => e.isLate)).toBe(true);
      await page.getByText('Đã gửi (2)', { exact: true }).click();
      await expect.poll(() => table.getByRole('row').count()).toBe(3);
      await screenshot(page, 'reports-province-chase');

      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Xuất tổng hợp Excel' }).click();
      expect((await download).suggestedFilename()).toBe(`tong-hop-BC_SO_KET_5N-${TERM}.xlsx`);
      await page.close();
    });

    it('lets the leader return one report with a reason and accept the other', async () => {
      const page = await session('lanhdao.tinh');
      await openCalendar(page);
      await page.getByRole('tab', { name: 'Theo dõi cấp dưới' }).click();
      await choose(page, 'Báo cáo và kỳ', `${SO_KET} – ${TERM_LABEL}`);
      await page.getByRole('link', { name: `Xem báo cáo của ${LUONG_VAN_TRI}` }).click();
      await page.waitForURL(/\/bao-cao\/\d+$/);
      await page.getByRole('heading', { name: 'Xử lý báo cáo của cấp dưới' }).waitFor();
      expect(await page.getByTestId('narrative-view').textContent()).toContain('Phường đạt kết quả khá.');

      await page.getByRole('button', { name: 'Trả lại', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: `Trả lại báo cáo của ${LUONG_VAN_TRI}` });
      await dialog.getByRole('button', { name: 'Trả lại báo cáo' }).click();
      await dialog.getByText('Hãy ghi rõ lý do trả lại (ít nhất 5 ký tự).').waitFor();
      await dialog.getByRole('textbox', { name: 'Lý do trả lại' }).fill(RETURN_REASON);
      await dialog.getByRole('button', { name: 'Trả lại báo cáo' }).click();
      await page.getByTestId('report-notice').getByText(`Đã trả lại báo cáo của ${LUONG_VAN_TRI}.`).waitFor();
      await page.getByTestId('report-facts').getByText('Bị trả lại').waitFor();
      expect(await page.getByTestId('return-reason').textContent()).toContain(RETURN_REASON);
      await screenshot(page, 'reports-province-returned');

      await page.goto(`/bao-cao/${dongKinhReportId}`);
      await page.getByRole('button', { name: 'Tiếp nhận' }).click();
      await page.getByTestId('report-notice').getByText(`Đã tiếp nhận báo cáo của ${DONG_KINH}.`).waitFor();
      await page.getByTestId('report-facts').getByText('Đã tiếp nhận').waitFor();
      expect(await page.getByRole('button', { name: 'Tiếp nhận' }).count()).toBe(0);
      await page.close();
    });

    it('shows the commune the return reason; it revises and sends version 2', async () => {
      const page = await session(LVT_USERNAME, LVT_PASSWORD);
      await openCalendar(page);
      const row = page.getByTestId('own-reports-table').getByRole('row', { name: new RegExp(SO_KET) });
      expect(await row.textContent()).toContain('Bị trả lại');
      await row.getByRole('button', { name: /^Soạn báo cáo/ }).click();
      await page.waitForURL(/\/bao-cao\/\d+$/);
      const reason = page.getByTestId('return-reason');
      await reason.waitFor();
      expect(await reason.textContent()).toContain(RETURN_REASON);
      expect(await page.getByTestId('report-versions').textContent()).toContain('Phiên bản 2Đang soạn');
      await editor(page, 'Kết quả đạt được').waitFor();
      await screenshot(page, 'reports-commune-returned');

      await write(page, 'Kết quả đạt được', ' Bổ sung: tổ chức 2 cuộc diễn tập phòng thủ.');
      await submit(page);
      await page.getByTestId('report-notice').waitFor();
      const versions = page.getByTestId('report-versions');
      await versions.getByText('Phiên bản 2').waitFor();
      expect(await versions.getByText(/^Phiên bản \d$/).allTextContents()).toEqual([
        'Phiên bản 1',
        'Phiên bản 2',
      ]);
      await page.close();
    });

    it("lets the province officer compose the province report from the communes' text on 25/09/2025 and download it", async () => {
      await moveClock(BEFORE_PROVINCE_DEADLINE);
      const page = await session('canbo.tinh');
      await openCalendar(page);
      const row = page.getByTestId('own-reports-table').getByRole('row', { name: new RegExp(SO_KET) });
      const text = await row.textContent();
      expect(text).toContain('30/09/2025');
      expect(text).toContain('Bộ Tư lệnh Quân khu');
      await row.getByRole('button', { name: /^Soạn báo cáo/ }).click();
      await page.waitForURL(/\/bao-cao\/\d+$/);
      const id = shownReportId(page);

      const panel = page.getByRole('complementary', { name: 'Báo cáo của cấp dưới' });
      await panel.waitFor();
      expect(
        await panel
          .getByTestId('child-narrative')
          .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-unit'))),
      ).toEqual([DONG_KINH, LUONG_VAN_TRI]);
      // The panel follows the section being edited; its text goes in with "Chèn vào báo cáo".
      await editor(page, 'Đặc điểm tình hình').click();
      await panel
        .getByRole('button', { name: `Chèn vào báo cáo: mục Đặc điểm tình hình của ${DONG_KINH}` })
        .click();
      await expect
        .poll(() => editor(page, 'Đặc điểm tình hình').textContent())
        .toContain('tình hình chính trị ổn định');
      await editor(page, 'Kết quả đạt được').click();
      await panel
        .getByRole('button', { name: `Chèn vào báo cáo: mục Kết quả đạt được của ${LUONG_VAN_TRI}` })
        .click();
      await expect.poll(() => editor(page, 'Kết quả đạt được').textContent()).toContain('2 cuộc diễn tập');
      for (const heading of SECTIONS.slice(2))
        await write(page, heading, `${heading}: toàn tỉnh hoàn thành.`);

      // A Vice-Chairman signs for the Chairman: the block on screen is the one the Word file prints.
      const signer = page.getByRole('region', { name: 'Người ký văn bản' });
      await signer.getByRole('radio', { name: 'Phó Chủ tịch ký thay Chủ tịch (KT. Chủ tịch)' }).check();
      await signer.getByRole('textbox', { name: 'Họ và tên người ký' }).fill(SIGNER);
      await signer.getByRole('button', { name: 'Lưu người ký' }).click();
      await signer.getByText('Đã lưu người ký.').waitFor();
      expect(await signer.getByTestId('signature-block').locator('p').allTextContents()).toEqual([
        'TM. ỦY BAN NHÂN DÂN',
        'KT. CHỦ TỊCH',
        'PHÓ CHỦ TỊCH',
        '(chữ ký, đóng dấu)',
        SIGNER,
      ]);
      expect((await apiReport(page.request, id)).signer).toEqual({ deputy: true, name: SIGNER });
      await screenshot(page, 'reports-province-composing');

      // The figures table is read-only and rolled up by the server (a term has none entered yet).
      await page
        .getByTestId('report-figures')
        .getByRole('row', { name: new RegExp(CLASSES) })
        .waitFor();
      await submit(page);
      const sent = await apiReport(page.request, id);
      await page.getByTestId('report-notice').getByText('Đã gửi báo cáo đúng hạn.').waitFor();
      expect(sent.isLate).toBe(false);
      expect(sent.narrative.tinh_hinh).toContain('tình hình chính trị ổn định');

      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Tải Word (.docx)' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^bao-cao-BC_SO_KET_5N-2021-2025-\d+\.docx$/);
      const body = fs.readFileSync((await file.path())!);
      const documentXml = readZipEntry(body, 'word/document.xml').toString('utf8');
      for (const line of ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', SIGNER]) expect(documentXml).toContain(line);
      await screenshot(page, 'reports-province-submitted');
      await page.close();
    });

    it("rolls the communes' entered figures up into the province's annual report", async () => {
      const page = await session('canbo.tinh');
      await page.getByRole('link', { name: 'Báo cáo', exact: true }).click();
      const row = page
        .getByTestId('own-reports-table')
        .getByRole('row', { name: new RegExp(`${ANNUAL}.*Năm ${YEAR}`) });
      await row.getByRole('button', { name: /^Soạn báo cáo/ }).click();
      await page.waitForURL(/\/bao-cao\/\d+$/);
      const report = await apiReport(page.request, shownReportId(page));
      // 70 of 80 students: the rate of the sums, not the mean of 75% and 100%.
      expect(report.figures.find((f) => f.code === 'GDQP_TY_LE')!.value).toBe(87.5);
      const figure = page.getByTestId('report-figures').getByRole('row', { name: new RegExp(STUDENTS_RATE) });
      expect(await figure.textContent()).toContain('87,5%');
      await screenshot(page, 'reports-province-annual-figures');
      await page.close();
    });

    it('logged no console errors', () => {
      expect(pageErrors.filter((message) => !isExpectedRefusal(message))).toEqual([]);
    });
  },
);
