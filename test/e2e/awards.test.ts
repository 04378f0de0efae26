import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZipEntry } from '../helpers/zip-entry.ts';
import { collectPageErrors, launchBrowser, screenshot, shouldSkipBrowserTests, signIn } from './browser.ts';
import { startServer, type TestServer } from './server.ts';

// A commune plans its review conference, turns a conclusion into a task, and proposes one of its
// officers for the provincial chair's Bằng khen at that conference; its council reviews it, the
// province approves it, and the province's decision annex lists the officer.
const YEAR = new Date().getFullYear();
const CONFERENCE = `Hội nghị sơ kết công tác quốc phòng năm ${YEAR}`;
const CONCLUSION = 'Kiện toàn Ban Chỉ huy Quân sự phường, nâng cao chất lượng huấn luyện dân quân.';
const NOMINEE = 'Hoàng Văn Thắng';
const AWARD = 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh';

/** Picks an option of a Mantine Select of the open dialog by its label. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('dialog').getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The row of the proposal for `name` in the awards table. */
const row = (page: Page, name: string) => page.locator(`tr[data-proposal="${name}"]`);

describe.skipIf(shouldSkipBrowserTests('awards'))(
  'a conference’s conclusion becomes a task; a proposal goes through review and approval into the annex',
  () => {
    let server: TestServer;
    let browser: Browser;
    const contexts: BrowserContext[] = [];
    const pageErrors: string[] = [];

    async function session(username: string): Promise<Page> {
      const context = await browser.newContext({
        baseURL: server.baseUrl,
        viewport: { width: 1366, height: 900 },
        acceptDownloads: true,
      });
      contexts.push(context);
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      page.on('close', () => pageErrors.push(...errors));
      await page.goto('/dang-nhap');
      await signIn(page, username);
      await page.waitForURL((url) => url.pathname === '/');
      return page;
    }

    beforeAll(async () => {
      browser = await launchBrowser();
      server = await startServer();
    }, 180_000);

    afterAll(async () => {
      for (const context of contexts) await context.close();
      await browser?.close();
      await server?.stop();
    });

    it('plans the conference and turns a conclusion into a task that shows where it came from', async () => {
      const page = await session('canbo.dongkinh');
      await page.getByRole('link', { name: 'Hội nghị sơ kết, tổng kết' }).click();
      await page.waitForURL(/\/hoi-nghi$/);
      await expect.poll(() => page.getByText(`Chưa có hội nghị nào trong năm ${YEAR}`).count()).toBe(1);
      await page.getByRole('button', { name: 'Lập kế hoạch hội nghị' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Tên hội nghị').fill(CONFERENCE);
      await dialog.getByLabel('Kỳ sơ kết, tổng kết').fill(String(YEAR));
      await dialog.getByLabel('Hạn tổ chức xong').fill(`31/12/${YEAR}`);
      await dialog.getByLabel('Chỉ tiêu khen thưởng cá nhân').fill('2');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await page.waitForURL(/\/hoi-nghi\/\d+$/);
      await expect.poll(() => page.getByRole('heading', { name: CONFERENCE }).count()).toBe(1);
      await expect.poll(() => page.getByTestId('conference-quota').textContent()).toContain('cá nhân: 0/2');

      await page.getByLabel('Kết luận mới').fill(CONCLUSION);
      await page.getByRole('button', { name: 'Thêm kết luận' }).click();
      await expect.poll(() => page.getByTestId('conclusions').textContent()).toContain(CONCLUSION);
      await page.getByRole('button', { name: 'Giao thành nhiệm vụ' }).click();
      const taskDialog = page.getByRole('dialog');
      // The lead agency defaults to the commune's military command; the due date to next year's end.
      await expect.poll(() => taskDialog.getByLabel('Hạn hoàn thành').inputValue()).toBe(`31/12/${YEAR + 1}`);
      const created = page.waitForResponse((r) =>
        /\/conclusions\/\d+\/task$/.test(new URL(r.url()).pathname),
      );
      await taskDialog.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
      expect((await created).status()).toBe(201);
      await expect.poll(() => page.getByTestId('conclusions').textContent()).toContain('Nhiệm vụ: Kiện toàn');
      await screenshot(page, 'conferences-conference-page');
      await page.getByRole('link', { name: 'Mở nhiệm vụ' }).click();
      await page.waitForURL(/\/nhiem-vu\/\d+$/);
      await expect.poll(() => page.getByText('Từ kết luận hội nghị').count()).toBe(1);
      await expect.poll(() => page.getByRole('link', { name: CONFERENCE }).count()).toBe(1);
      await expect.poll(() => page.getByText(CONCLUSION).count()).toBeGreaterThan(0);
      await screenshot(page, 'conferences-task-from-conclusion');
      await page.goto('/hoi-nghi?xem=lich');
      await expect.poll(() => page.getByTestId('conference-calendar').textContent()).toContain(CONFERENCE);
      await screenshot(page, 'conferences-calendar');
      await page.close();
    }, 120_000);

    it('proposes, reviews, approves and prints the annex', async () => {
      const officer = await session('canbo.dongkinh');
      await officer.goto('/hoi-nghi');
      await officer.getByRole('link', { name: CONFERENCE }).click();
      await officer.getByRole('link', { name: 'Đề nghị khen thưởng' }).click();
      await officer.waitForURL(/\/khen-thuong\?/);
      const form = officer.getByRole('dialog');
      await form.getByLabel('Họ và tên').fill(NOMINEE);
      await form.getByLabel('Chức vụ').fill('Chỉ huy trưởng Ban CHQS phường');
      await choose(officer, 'Hình thức khen thưởng', AWARD);
      await expect.poll(() => form.getByText('Cấp quyết định: cấp tỉnh').count()).toBe(1);
      await form
        .getByLabel('Thành tích')
        .fill('Chỉ huy lực lượng dân quân hoàn thành xuất sắc nhiệm vụ năm.');
      await form.getByRole('button', { name: 'Gửi đề nghị' }).click();
      await expect.poll(() => officer.getByTestId('awards-notice').textContent()).toContain(NOMINEE);
      await expect.poll(() => row(officer, NOMINEE).textContent()).toContain('Đã đề nghị');
      // An officer neither reviews nor approves.
      expect(
        await row(officer, NOMINEE).getByRole('button', { name: 'Xét (Hội đồng thi đua)' }).count(),
      ).toBe(0);
      await screenshot(officer, 'awards-proposed');
      await officer.close();

      const council = await session('lanhdao.dongkinh');
      await council.goto('/khen-thuong');
      expect(await row(council, NOMINEE).getByRole('button', { name: 'Duyệt khen thưởng' }).count()).toBe(0);
      await row(council, NOMINEE).getByRole('button', { name: 'Xét (Hội đồng thi đua)' }).click();
      await expect.poll(() => row(council, NOMINEE).textContent()).toContain('Đã xét');
      // The commune cannot grant the provincial chair's Bằng khen: no approve button for its leader.
      expect(await row(council, NOMINEE).getByRole('button', { name: 'Duyệt khen thưởng' }).count()).toBe(0);
      await council.close();

      const province = await session('lanhdao.tinh');
      await province.goto('/khen-thuong');
      await row(province, NOMINEE).getByRole('button', { name: 'Duyệt khen thưởng' }).click();
      await province
        .getByRole('dialog')
        .getByLabel('Ghi chú (số quyết định …)')
        .fill('Quyết định số 125/QĐ-UBND');
      await province.getByRole('dialog').getByRole('button', { name: 'Duyệt khen thưởng' }).click();
      await expect.poll(() => row(province, NOMINEE).textContent()).toContain('Được khen thưởng');
      await screenshot(province, 'awards-approved');
      await province.getByRole('button', { name: 'Phụ lục quyết định (.docx)' }).click();
      const annex = province.getByRole('dialog');
      // The provincial chair's Bằng khen is the province's own decision, not a submission upward.
      await annex.getByRole('radio', { name: 'Tờ trình đề nghị cấp trên khen thưởng' }).check();
      await annex
        .getByText(/^Chưa có tập thể, cá nhân nào được .* duyệt đề nghị cấp trên khen thưởng/)
        .waitFor();
      expect(await annex.getByTestId('annex-download').getAttribute('data-disabled')).toBe('true');
      await annex.getByRole('radio', { name: /^Quyết định khen thưởng của / }).check();
      await annex.getByLabel('Số quyết định').fill('125/QĐ-UBND');
      await expect.poll(() => annex.getByText('1 tập thể, cá nhân được duyệt').count()).toBe(1);
      const download = province.waitForEvent('download');
      await annex.getByTestId('annex-download').click();
      const file = await (await download).path();
      const xml = readZipEntry(fs.readFileSync(file), 'word/document.xml').toString('utf8');
      expect(xml).toContain('DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG');
      expect(xml).toContain('125/QĐ-UBND');
      expect(xml).toContain(NOMINEE);
      await screenshot(province, 'awards-annex-dialog');
      await province.close();
      expect(pageErrors).toEqual([]);
    }, 180_000);
  },
);
