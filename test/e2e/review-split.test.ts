import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TTask } from '../../src/shared/schemas/tasks.ts';
import {
  collectPageErrors,
  IS_CI,
  launchBrowser,
  screenshot,
  shouldSkipBrowserTests,
  signIn,
} from './browser.ts';
import { startServer, type TestServer } from './server.ts';

/** The Lạng Sơn plan (100/KH-UBND), shipped beside the repository (not inside it). */
const PLAN_FILE = fileURLToPath(
  new URL('../../../shared/extraction/docs/003_1059ca6f720f76d4.txt', import.meta.url),
);
/** The province's military command as a registered agency. */
const COMMAND = 'Bộ Chỉ huy Quân sự tỉnh Lạng Sơn';
/**
 * Duties b), c) and d) of the command's list a)–i) (f) and g) are not in this copy of the plan), which
 * the extractor folds into one proposal whose words cover the whole list.
 */
const DUTY_B = /^Chủ trì phối hợp với Sở Kế hoạch và Đầu tư, các cơ quan có liên quan giúp UBND tỉnh rà soát/;
const DUTY_C =
  'Chủ trì phối hợp với các sở, ngành liên quan chỉ đạo cấp huyện lập kế hoạch xây dựng thế trận quân sự trong trong khu vực phòng thủ, tổ chức thẩm định, phê duyệt theo quy định';
const DUTY_D =
  /^Phối hợp với Sở Nông nghiệp và Phát triển nông thôn xây dựng quy hoạch phát triển và bảo vệ rừng; thực hiện đề án di dân/;
const ADDED = 'Tổng hợp, báo cáo kết quả xây dựng nền quốc phòng toàn dân 6 tháng đầu năm';
/** The items of the command's list in this copy of the plan. */
const ITEMS = ['a', 'b', 'c', 'd', 'e', 'h', 'i'];

/** True when the plan is missing and the suite should be skipped; fails instead on CI. */
function planMissing(): boolean {
  if (fs.existsSync(PLAN_FILE)) return false;
  if (IS_CI) throw new Error(`Browser tests (review split): the plan is missing at ${PLAN_FILE}.`);
  console.warn(`\n!! SKIPPED browser tests (review split): the plan is missing at ${PLAN_FILE}.\n`);
  return true;
}

describe.skipIf(shouldSkipBrowserTests('review split') || planMissing())(
  'a province officer splits an assignment that lists several duties into one task per duty',
  () => {
    let server: TestServer;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let pageErrors: string[];
    let documentId = 0;

    /** The task cards of the command's lettered duties, once split. */
    const parts = () =>
      page.getByRole('group', { name: /^Nhiệm vụ \d+: Bộ Chỉ huy Quân sự tỉnh, mục [a-i]\)$/ });
    const part = (item: string): Locator =>
      page.getByRole('group', {
        name: new RegExp(`^Nhiệm vụ \\d+: Bộ Chỉ huy Quân sự tỉnh, mục ${item}\\)$`),
      });

    beforeAll(async () => {
      browser = await launchBrowser();
      server = await startServer();
      context = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 1440, height: 900 } });
      page = await context.newPage();
      pageErrors = collectPageErrors(page);
      await page.goto('/dang-nhap');
      await signIn(page, 'canbo.tinh');
      await page.waitForURL((url) => url.pathname === '/');
    });

    afterAll(async () => {
      await context?.close();
      await browser?.close();
      await server?.stop();
    });

    it('offers to split the row that holds the command’s lettered duties, and takes it back', async () => {
      await page.goto('/van-ban/moi');
      await page.getByRole('heading', { name: 'Đăng ký văn bản' }).waitFor();
      await page.getByLabel('Nội dung văn bản').fill(fs.readFileSync(PLAN_FILE, 'utf8'));
      await page.getByRole('button', { name: 'Đăng ký và rà soát' }).click();
      await page.waitForURL(/\/van-ban\/\d+\/ra-soat$/);
      await page.getByTestId('review-text').waitFor();

      const split = page.getByRole('button', { name: 'Tách thành từng nhiệm vụ' });
      const row = page
        .getByRole('group', { name: /^Nhiệm vụ \d+: Bộ Chỉ huy Quân sự tỉnh$/ })
        .filter({ hasText: 'Văn bản liệt kê 7 mục: mỗi mục thành một nhiệm vụ.' });
      expect(await row.count()).toBe(1);
      expect(await row.filter({ has: split }).count()).toBe(1);
      // Rows with a single duty are not offered a split.
      expect(
        await page
          .getByRole('group', { name: /Công an tỉnh$/ })
          .getByRole('button', { name: 'Tách thành từng nhiệm vụ' })
          .count(),
      ).toBe(0);

      await row.getByRole('button', { name: 'Tách thành từng nhiệm vụ' }).click();
      await expect.poll(() => parts().count()).toBe(ITEMS.length);
      const notice = page.getByTestId('review-split-notice');
      expect(await notice.textContent()).toMatch(/Đã tách nhiệm vụ \d+ thành 7 nhiệm vụ\./);

      await notice.getByRole('button', { name: 'Hoàn tác' }).click();
      await expect.poll(() => parts().count()).toBe(0);
      expect(await row.count()).toBe(1);
      expect(await notice.count()).toBe(0);
    });

    it('splits it again: each duty with its own words, highlight and role, each editable and removable', async () => {
      const row = page
        .getByRole('group', { name: /^Nhiệm vụ \d+: Bộ Chỉ huy Quân sự tỉnh$/ })
        .filter({ hasText: 'Văn bản liệt kê 7 mục: mỗi mục thành một nhiệm vụ.' });
      await row.getByRole('button', { name: 'Tách thành từng nhiệm vụ' }).click();
      await expect.poll(() => parts().count()).toBe(ITEMS.length);

      const title = (item: string) => part(item).getByLabel('Nội dung nhiệm vụ').inputValue();
      expect(await title('b')).toMatch(DUTY_B);
      expect(await title('c')).toBe(DUTY_C);
      expect(await title('d')).toMatch(DUTY_D);
      // The support duty stays left out, the duties the command leads are in.
      expect(await part('d').getByRole('checkbox', { name: 'Bỏ qua' }).isChecked()).toBe(true);
      expect(await part('c').getByRole('checkbox', { name: 'Bỏ qua' }).isChecked()).toBe(false);
      expect(
        await part('c')
          .getByLabel(/^Cơ quan chủ trì/)
          .inputValue(),
      ).toBe(COMMAND);

      // Each duty is highlighted on its own words: focusing the card lights them up in the text.
      const text = page.getByTestId('review-text');
      const cKey = await part('c').evaluate((el) =>
        el.closest('[data-review-key]')?.getAttribute('data-review-key'),
      );
      expect(cKey).toMatch(/^task-p\d+s3$/);
      expect((await text.locator(`mark[data-keys~="${cKey}"]`).allTextContents()).join('')).toBe(DUTY_C);

      // The reviewer does not track the yearly budget duty h) as a task of this plan.
      await part('h').getByRole('button', { name: 'Xóa' }).click();
      await expect.poll(() => parts().count()).toBe(ITEMS.length - 1);

      // A duty the text does not list, for the same command, written by hand.
      await part('c').getByRole('button', { name: 'Thêm nhiệm vụ cho cơ quan này' }).click();
      const added = page.getByRole('group', { name: /^Nhiệm vụ \d+: Bộ Chỉ huy Quân sự tỉnh$/ }).filter({
        has: page.getByRole('button', { name: 'Xóa' }),
      });
      await expect.poll(() => added.count()).toBe(1);
      expect(await added.getByLabel(/^Cơ quan chủ trì/).inputValue()).toBe(COMMAND);
      await added.getByLabel('Nội dung nhiệm vụ').fill(ADDED);
      await part('c').scrollIntoViewIfNeeded();
      await screenshot(page, 'review-split', { fullPage: false });
    });

    it('confirms: the command has one task per duty it leads, with the words of each', async () => {
      await page.getByRole('button', { name: 'Xác nhận', exact: true }).click();
      await page.waitForURL(/\/van-ban\/\d+$/);
      await page.getByText('Đã xác nhận văn bản').waitFor();
      documentId = Number(new URL(page.url()).pathname.split('/').pop());

      const response = await page.request.get('/api/tasks', { params: { documentId, pageSize: 200 } });
      expect(response.status()).toBe(200);
      const { items } = (await response.json()) as { items: TTask[] };
      const command = items.filter((t) => t.leadAgency.name === COMMAND);
      const titles = command.map((t) => t.title);
      // Duties a), b), c), e) and i) it leads and the one added by hand; d) (a support duty) left
      // out by default, h) removed by the reviewer.
      expect(titles).toHaveLength(6);
      expect(
        titles.filter((t) => /^Chủ trì phối hợp với các sở, ban, ngành, đoàn thể tham mưu/.test(t)),
      ).toHaveLength(1);
      expect(titles.filter((t) => DUTY_B.test(t))).toHaveLength(1);
      expect(titles).toContain(DUTY_C);
      expect(titles).toContain(ADDED);
      expect(titles.filter((t) => DUTY_D.test(t))).toEqual([]);
      // Each split task quotes its own duty from the document, not the whole list.
      const dutyC = command.find((t) => t.title === DUTY_C)!;
      expect(dutyC.sourceText).toBe(DUTY_C);
      expect(command.find((t) => DUTY_B.test(t.title))!.sourceText).toMatch(/theo quy định của Pháp luật$/);
    });

    it('logged no console errors', () => {
      expect(pageErrors).toEqual([]);
    });
  },
);
