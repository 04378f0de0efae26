import ExcelJS from 'exceljs';
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiSignIn,
  collectPageErrors,
  currentUnitId,
  launchBrowser,
  screenshot,
  shouldSkipBrowserTests,
  signIn,
} from './browser.ts';
import { startServer, type TestServer } from './server.ts';

// The current year is always open for entry (it locks in mid-January of the next one), so the
// test does not depend on the day it runs; in 2026 this is the "2026" of the issue.
const YEAR = String(new Date().getFullYear());
const PREVIOUS_YEAR = String(new Date().getFullYear() - 1);
const COMMUNE = 'Phường Đông Kinh';
// Figures people type (the registers compute the militia, class and conscription figures).
const SUMMONED = 'Học sinh, sinh viên thuộc diện học GDQP-AN';
const ATTENDED = 'Học sinh, sinh viên đã học GDQP-AN';
const NEXT_TYPED = 'Thao trường huấn luyện theo kế hoạch';
const FUNDS = 'Kinh phí thực hiện chính sách hậu phương quân đội';
const TRAINING_RATE = 'Tỷ lệ học sinh, sinh viên được học GDQP-AN';
const CLASSES = 'Số lớp bồi dưỡng kiến thức QP-AN';
const COMMUNES = 'Số xã, phường, đặc khu';
const INDUCTED = 'Công dân đã giao quân (nhập ngũ)';
/** The previous year locks on 14 January (data window end + 31 days); after that it can be reopened. */
const IS_PREVIOUS_YEAR_LOCKED = new Date() >= new Date(`${YEAR}-01-15T00:00:00+07:00`);

/** The browser logs the refused save and upload (400); every other console error counts. */
const isExpectedRefusal = (message: string) =>
  message.includes('status of 400') && /\/api\/figures\/(grid|upload)/.test(message);

interface Catalogue {
  indicators: { id: number; code: string }[];
  sets: { id: number; code: string; periodType: string }[];
}

/** The grid's stored value of an indicator (total column), read through the API. */
async function storedValue(
  request: APIRequestContext,
  query: { unitId: number; setId: number; period: string },
  code: string,
): Promise<number | null> {
  const response = await request.get('/api/figures/grid', { params: query });
  expect(response.status()).toBe(200);
  const grid = (await response.json()) as { rows: { code: string; cells: { value: number | null }[] }[] };
  return grid.rows.find((r) => r.code === code)?.cells[0]?.value ?? null;
}

/** Picks an option of a Mantine Select by its label. */
async function choose(page: Page, label: string | RegExp, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe.skipIf(shouldSkipBrowserTests('figures'))(
  'a commune enters figures and the province sees them',
  () => {
    let server: TestServer;
    let browser: Browser;
    let officer: BrowserContext;
    let leader: BrowserContext;
    let page: Page;
    let officerErrors: string[];
    let leaderErrors: string[] = [];
    let catalogue: Catalogue;
    let communeId: number;
    let gridQuery: { unitId: number; setId: number; period: string };

    beforeAll(async () => {
      browser = await launchBrowser();
      server = await startServer();
      // The province leader sets a target first: ≥ 94% of students taught GDQP-AN in each commune.
      const setup = await browser.newContext({ baseURL: server.baseUrl });
      try {
        const csrf = await apiSignIn(setup.request, 'lanhdao.tinh');
        const me = (await (await setup.request.get('/api/auth/me')).json()) as {
          user: { unit: { id: number } };
        };
        catalogue = (await (await setup.request.get('/api/indicators')).json()) as Catalogue;
        const rate = catalogue.indicators.find((i) => i.code === 'GDQP_TY_LE')!;
        const target = await setup.request.post('/api/targets', {
          headers: { 'x-csrf-token': csrf },
          data: { indicatorId: rate.id, unitId: me.user.unit.id, level: 3, period: YEAR, min: 94 },
        });
        expect(target.status()).toBe(201);
        communeId = await currentUnitId(setup.request, COMMUNE);
      } finally {
        await setup.close();
      }
      const yearly = catalogue.sets.find((s) => s.periodType === 'year')!;
      gridQuery = { unitId: communeId, setId: yearly.id, period: YEAR };
      officer = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 1366, height: 900 } });
      page = await officer.newPage();
      officerErrors = collectPageErrors(page);
    });

    afterAll(async () => {
      await officer?.close();
      await leader?.close();
      await browser?.close();
      await server?.stop();
    });

    it('opens "Chỉ tiêu" → "Nhập số liệu" for the current year as the commune officer', async () => {
      await page.goto('/dang-nhap');
      await signIn(page, 'canbo.dongkinh');
      await page.waitForURL((url) => url.pathname === '/');
      await page.getByRole('link', { name: 'Chỉ tiêu', exact: true }).click();
      await page.waitForURL(/\/chi-tieu/);
      await page.getByRole('tab', { name: 'Nhập số liệu' }).click();
      await page.getByTestId('entry-grid').waitFor();
      expect(await page.getByTestId('figures-unit').textContent()).toBe(COMMUNE);
      const window = await page.getByTestId('entry-window').textContent();
      expect(window).toContain(`Hạn nhập: 15/12/${PREVIOUS_YEAR} – 14/12/${YEAR}; khóa sổ từ`);
      expect(window).toContain('Đang mở');
      await screenshot(page, 'figures-entry-empty');
    });

    it('shows the figures the registers compute read-only, with the register they come from', async () => {
      const grid = page.getByTestId('entry-grid');
      const classes = grid.locator('tr[data-indicator="QPAN_SO_LOP"]');
      expect(await classes.getByRole('textbox').count()).toBe(0);
      const badge = classes.getByRole('link', { name: 'Tính từ sổ lớp bồi dưỡng QP-AN' });
      expect(await badge.getAttribute('href')).toBe('/so-dang-ky/boi-duong');
      expect(await page.getByLabel(`${CLASSES} – Tổng số`).count()).toBe(0);
      // The commune counts itself once, from the list of administrative units.
      const communes = grid.locator('tr[data-indicator="DV_XA_TONG_SO"]');
      expect(await communes.getByRole('textbox').count()).toBe(0);
      expect(await communes.getByRole('link').textContent()).toBe('Tính từ danh mục đơn vị hành chính');
      expect(await communes.textContent()).toMatch(new RegExp(`^${COMMUNES}.*xã1$`));
      expect(
        await grid.locator('tr[data-indicator="DQTV_TRIEU_TAP_HL"]').getByRole('link').textContent(),
      ).toBe('Tính từ số liệu DQTV, DBĐV');
      await screenshot(page, 'figures-entry-computed');
    });

    it('types figures in Vietnamese notation, moves with Enter, and saves them in one go', async () => {
      await page.getByLabel(`${SUMMONED} – Tổng số`).fill('100');
      await page.keyboard.press('Enter');
      // Enter moved to the next row's cell: typing goes there.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
        .toBe(`${ATTENDED} – Tổng số`);
      await page.keyboard.type('80');
      // Enter again skips the computed rows (conscription) to the next figure people type.
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
        .toBe(`${NEXT_TYPED} – Tổng số`);
      const ratios = page.getByTestId('entry-ratios');
      expect(await ratios.getByText(TRAINING_RATE).locator('..').textContent()).toContain('80%');
      expect(await page.getByRole('status').filter({ hasText: 'ô đã sửa' }).textContent()).toContain('2 ô');
      await screenshot(page, 'figures-entry-typed');

      await page.getByRole('button', { name: 'Lưu số liệu' }).click();
      await page.getByText('Đã lưu 2 ô số liệu.').waitFor();
      expect(await storedValue(officer.request, gridQuery, 'GDQP_HS_PHAI_HOC')).toBe(100);
      expect(await storedValue(officer.request, gridQuery, 'GDQP_HS_DA_HOC')).toBe(80);

      // Who entered the figure and when shows on hover.
      await page.getByLabel(`${SUMMONED} – Tổng số`).hover();
      const tooltip = page.getByRole('tooltip');
      await tooltip.waitFor();
      expect(await tooltip.textContent()).toMatch(
        /^Nhập bởi .*Đông Kinh.*, lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/,
      );
      await screenshot(page, 'figures-entry-saved');
    });

    it('refuses a part larger than its whole: the cell turns red with the reason and nothing is saved', async () => {
      await page.getByLabel(`${FUNDS} – Tổng số`).fill('1.500');
      await page.getByLabel(`${ATTENDED} – Tổng số`).fill('120');
      await page.getByRole('button', { name: 'Lưu số liệu' }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'Chưa lưu số liệu nào' });
      await alert.waitFor();
      expect(await alert.textContent()).toContain('chưa lưu số liệu nào');
      const cellError = page.getByTestId('entry-cell-error');
      expect(await cellError.count()).toBe(1);
      expect(await cellError.textContent()).toContain(
        `"${ATTENDED}" (120) không được lớn hơn "${SUMMONED}" (100)`,
      );
      const wrongCell = page.getByLabel(`${ATTENDED} – Tổng số`);
      expect(await wrongCell.getAttribute('aria-invalid')).toBe('true');
      await screenshot(page, 'figures-entry-refused');

      // Neither the wrong cell nor the good one sent with it was saved.
      expect(await storedValue(officer.request, gridQuery, 'GDQP_HS_DA_HOC')).toBe(80);
      expect(await storedValue(officer.request, gridQuery, 'CS_KINH_PHI')).toBeNull();

      // A text that is not a number is caught before anything is sent.
      await page.getByLabel(`${FUNDS} – Tổng số`).fill('mười');
      await page.getByLabel(`${SUMMONED} – Tổng số`).focus();
      await page.getByText('Không đọc được số “mười”').waitFor();
      await page.getByRole('button', { name: 'Bỏ thay đổi' }).click();
      expect(await page.getByLabel(`${ATTENDED} – Tổng số`).inputValue()).toBe('80');
    });

    it('lists the wrong cells of a refused Excel file by their address', async () => {
      const template = await officer.request.get('/api/figures/template.xlsx', { params: gridQuery });
      expect(template.status()).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await template.body()) as unknown as ExcelJS.Buffer);
      const sheet = workbook.worksheets[0]!;
      sheet.eachRow((row) => {
        if (row.getCell(1).value === 'GDQP_HS_DA_HOC') row.getCell(4).value = 150;
        // A locked cell the class register computes, typed anyway.
        if (row.getCell(1).value === 'QPAN_SO_LOP') row.getCell(4).value = 5;
      });
      const filled = Buffer.from(await workbook.xlsx.writeBuffer());

      await page.locator('section[aria-labelledby="entry-excel-title"] input[type=file]').setInputFiles({
        name: 'so-lieu-dong-kinh.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: filled,
      });
      await page.getByRole('button', { name: 'Nộp tệp Excel' }).click();
      await page.getByText('Tệp chưa được nhập').waitFor();
      const errors = page.getByTestId('upload-cell-errors');
      expect(await errors.textContent()).toMatch(/Ô D\d+: "Học sinh, sinh viên đã học GDQP-AN" \(150\)/);
      expect(await errors.textContent()).toMatch(
        /Ô D\d+: «Số lớp bồi dưỡng kiến thức QP-AN» được tính từ sổ lớp bồi dưỡng QP-AN, không nhập tay\./,
      );
      expect(await storedValue(officer.request, gridQuery, 'GDQP_HS_DA_HOC')).toBe(80);
      expect(await storedValue(officer.request, gridQuery, 'QPAN_SO_LOP')).toBeNull();
      await screenshot(page, 'figures-upload-refused');
    });

    it("shows the commune's rate against its target on the overview", async () => {
      await page.getByRole('link', { name: 'Tổng quan', exact: true }).click();
      const row = page
        .getByTestId('overview-key-indicators')
        .getByRole('row', { name: new RegExp(TRAINING_RATE) });
      // The overview kept the figures from sign-in and refreshes them as it opens again.
      await expect.poll(() => row.textContent()).toContain('80%');
      expect(await row.textContent()).toContain('≥ 94%');
      expect(await row.textContent()).toContain('Dưới chỉ tiêu');
      await expect
        .poll(() => page.getByTestId('overview-progress').textContent())
        .toContain('Đã nhập: 1/1 đơn vị');
      await screenshot(page, 'figures-commune-overview');
    });

    it('shows the province leader the new province total and the commune below target', async () => {
      leader = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 1366, height: 900 } });
      page = await leader.newPage();
      leaderErrors = collectPageErrors(page);
      await page.goto('/dang-nhap');
      await signIn(page, 'lanhdao.tinh');
      await page.waitForURL((url) => url.pathname === '/');
      await page.getByRole('link', { name: 'Chỉ tiêu', exact: true }).click();
      const summary = page.getByTestId('summary-table');
      const row = summary.getByRole('row', { name: new RegExp(TRAINING_RATE) });
      await row.waitFor();
      expect(await page.getByTestId('figures-unit').textContent()).toBe('Tỉnh Lạng Sơn');
      expect(await row.textContent()).toContain('80%');
      expect(await row.textContent()).toContain('≥ 94% (từng xã)');
      expect(await row.textContent()).toContain('1 đơn vị dưới chỉ tiêu');
      await screenshot(page, 'figures-province-summary');

      await row.getByRole('button', { name: TRAINING_RATE }).click();
      const detail = page.getByRole('dialog', { name: TRAINING_RATE });
      await detail.waitFor();
      expect(await detail.getByTestId('detail-value').textContent()).toBe('80%');
      expect(await detail.getByTestId('below-target-list').textContent()).toContain(
        `${COMMUNE}: 80% (chỉ tiêu ≥ 94%)`,
      );
      const communeRow = detail.getByTestId('children-table').getByRole('row', { name: new RegExp(COMMUNE) });
      expect(await communeRow.textContent()).toContain('Dưới chỉ tiêu');
      // The commune's bar is drawn in red.
      const bar = detail.locator('[data-testid="unit-bar-chart"] .recharts-bar-rectangle path').first();
      await bar.waitFor();
      expect(await bar.getAttribute('fill')).toContain('red');
      await detail.getByTestId('series-line-chart').waitFor();
      expect(await detail.getByTestId('series-table').textContent()).toContain(`Năm ${YEAR}80%`);
      await screenshot(page, 'figures-province-detail');
      await page.keyboard.press('Escape');
      await detail.waitFor({ state: 'hidden' });

      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Xuất Excel' }).click();
      expect((await download).suggestedFilename()).toMatch(/^tong-hop-\d+-\d{4}\.xlsx$/);
    });

    it('sets a quota and splits it among communes only when the parts add up', async () => {
      await page.getByRole('tab', { name: 'Chỉ tiêu giao' }).click();
      const table = page.getByTestId('targets-table');
      await table.getByText('Từng xã thuộc Tỉnh Lạng Sơn').waitFor();
      await page.getByRole('button', { name: 'Giao chỉ tiêu' }).click();
      const form = page.getByRole('dialog');
      await form.getByRole('combobox', { name: 'Chỉ tiêu' }).fill('giao quân (nhập');
      await page.getByRole('option', { name: INDUCTED }).click();
      await form.getByRole('textbox', { name: 'Mức tối thiểu' }).fill('30');
      await form.getByRole('textbox', { name: 'Mức tối đa' }).fill('30');
      await form.getByRole('button', { name: 'Giao chỉ tiêu' }).click();
      await page.getByText(`Đã giao chỉ tiêu “${INDUCTED}”.`).waitFor();

      await table
        .getByRole('button', { name: `Phân bổ chỉ tiêu ${INDUCTED} cho các đơn vị trực thuộc` })
        .click();
      const editor = page.getByRole('dialog');
      await editor.getByLabel(`Phân bổ cho ${COMMUNE}`).fill('25');
      const balance = editor.getByTestId('split-balance');
      expect(await balance.textContent()).toContain('Còn thiếu 5');
      expect(await editor.getByRole('button', { name: 'Lưu phân bổ' }).isDisabled()).toBe(true);
      await editor.getByLabel('Phân bổ cho Phường Lương Văn Tri').fill('8');
      expect(await balance.textContent()).toContain('Vượt 3');
      await screenshot(page, 'figures-split-over');
      await editor.getByLabel('Phân bổ cho Phường Lương Văn Tri').fill('5');
      expect(await balance.textContent()).toContain('Đã khớp chỉ tiêu');
      await editor.getByRole('button', { name: 'Lưu phân bổ' }).click();
      await page.getByText('Đã phân bổ chỉ tiêu cho 2 đơn vị.').waitFor();
      await editor.waitFor({ state: 'hidden' });
      const allocated = table.getByRole('row', { name: new RegExp(`${COMMUNE}.*Phân bổ.*= 25`) });
      expect(await allocated.count()).toBe(1);
      // A commune has no sub-units: its part cannot be split further.
      expect(await allocated.getByRole('button').count()).toBe(0);
      await screenshot(page, 'figures-targets');
    });

    it('shows which communes have reported, and on time', async () => {
      await page.getByRole('tab', { name: 'Tiến độ nhập liệu' }).click();
      const table = page.getByTestId('progress-table');
      await table.waitFor();
      const communeRow = table.getByRole('row', { name: new RegExp(COMMUNE) });
      expect(await communeRow.textContent()).toContain('Đúng hạn');
      await page.getByText('Chưa nhập', { exact: true }).first().click();
      await expect.poll(() => table.getByRole('row', { name: new RegExp(COMMUNE) }).count()).toBe(0);
      await screenshot(page, 'figures-progress');
    });

    it.skipIf(!IS_PREVIOUS_YEAR_LOCKED)('lets the leader reopen a locked year for the commune', async () => {
      await page.getByRole('tab', { name: 'Nhập số liệu' }).click();
      await choose(page, 'Xem đơn vị trực thuộc', COMMUNE);
      await choose(page, 'Năm', PREVIOUS_YEAR);
      await page.getByTestId('entry-window').getByText('Đã khóa sổ').waitFor();
      const form = page.locator('section[aria-labelledby="exception-title"]');
      await form.getByRole('button', { name: 'Mở lại kỳ' }).click();
      await form.getByText(/Đã mở lại kỳ cho Phường Đông Kinh đến hết ngày/).waitFor();
      await page
        .getByTestId('entry-window')
        .getByText(/Được mở lại đến hết/)
        .waitFor();
      await screenshot(page, 'figures-reopened');
    });

    it('logged no console errors', () => {
      expect([...officerErrors, ...leaderErrors].filter((message) => !isExpectedRefusal(message))).toEqual(
        [],
      );
    });
  },
);
