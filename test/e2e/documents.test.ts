import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectPageErrors,
  IS_CI,
  launchBrowser,
  screenshot,
  shouldSkipBrowserTests,
  signIn,
} from './browser.ts';
import { startServer, type TestServer } from './server.ts';

/** The five sample documents shipped beside the repository (not inside it). */
const SAMPLES_DIR = fileURLToPath(new URL('../../../shared/extraction/docs/', import.meta.url));
const SAMPLES = fs.existsSync(SAMPLES_DIR)
  ? fs
      .readdirSync(SAMPLES_DIR)
      .filter((name) => name.endsWith('.txt'))
      .sort()
  : [];
const PLAN = '003_1059ca6f720f76d4.txt';

/** The Lạng Sơn plan's lead bodies as registered agencies (Sở KH&ĐT was merged into Sở Tài chính). */
const PLAN_LEADS = [
  'Bộ Chỉ huy Quân sự tỉnh Lạng Sơn',
  'Công an tỉnh Lạng Sơn',
  'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn',
  'Sở Tài chính tỉnh Lạng Sơn',
  'Sở Giáo dục và Đào tạo tỉnh Lạng Sơn',
];
/** The catalogue's name of the rate the plan's "95 - 100% … được qua bồi dưỡng" target sets. */
const TRAINING_RATE = 'Tỷ lệ cán bộ, đảng viên được bồi dưỡng kiến thức QP-AN';
/** Communes and wards of the demo province: the plan's district work falls to each of them. */
const COMMUNE_COUNT = 65;

/** True when the samples are missing and the suite should be skipped; fails instead on CI. */
function samplesMissing(): boolean {
  if (SAMPLES.length === 5) return false;
  const message = `the five sample documents are missing from ${SAMPLES_DIR} (found ${SAMPLES.length})`;
  if (IS_CI) throw new Error(`Browser tests (documents): ${message}.`);
  const line = '!'.repeat(78);
  console.warn(`\n${line}\n!! SKIPPED browser tests (documents): ${message}.\n${line}\n`);
  return true;
}

/** Pastes a document on "Đăng ký văn bản" and waits for its review page. */
async function registerByPasting(page: Page, text: string): Promise<void> {
  await page.goto('/van-ban/moi');
  await page.getByRole('heading', { name: 'Đăng ký văn bản' }).waitFor();
  await page.getByLabel('Nội dung văn bản').fill(text);
  await page.getByRole('button', { name: 'Đăng ký và rà soát' }).click();
  await page.waitForURL(/\/van-ban\/\d+\/ra-soat$/);
}

/** Confirms the review as it stands and answers the document id from the page it lands on. */
async function confirmReview(page: Page): Promise<number> {
  await page.getByRole('button', { name: 'Xác nhận', exact: true }).click();
  await page.waitForURL(/\/van-ban\/\d+$/);
  await page.getByText('Đã xác nhận văn bản').waitFor();
  return Number(new URL(page.url()).pathname.split('/').pop());
}

describe.skipIf(shouldSkipBrowserTests('documents') || samplesMissing())(
  'a province officer registers, reviews and confirms the sample documents',
  () => {
    let server: TestServer;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let pageErrors: string[];
    const documentIds = new Map<string, number>();

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

    it('highlights the Lạng Sơn plan and ties each highlight to its field', async () => {
      await registerByPasting(page, fs.readFileSync(`${SAMPLES_DIR}${PLAN}`, 'utf8'));
      const text = page.getByTestId('review-text');
      await text.waitFor();
      for (const type of ['meta', 'citation', 'task', 'target']) {
        expect(await text.locator(`mark[data-type="${type}"]`).count(), type).toBeGreaterThan(0);
      }
      const number = page.getByRole('region', { name: 'Thông tin văn bản' }).getByLabel('Số, ký hiệu');
      await expect.poll(() => number.inputValue()).toBe('100/KH-UBND');

      // Text → form: a click on an assignment focuses its task card.
      const mark = text.locator('mark[data-type="task"]').first();
      const key = (await mark.getAttribute('data-keys'))!.split(' ')[0]!;
      await mark.click();
      await expect
        .poll(() =>
          page.evaluate(() =>
            document.activeElement?.closest('[data-review-key]')?.getAttribute('data-review-key'),
          ),
        )
        .toBe(key);

      // Form → text: focusing the number lights up the number in the text.
      await number.focus();
      await expect
        .poll(() => text.locator('mark[data-keys~="number"]').first().getAttribute('style'))
        .toContain('-3)');
      // Smooth scrolls may still be running: repeat until both panes rest at the top.
      await expect
        .poll(async () => {
          await text.evaluate((element) => element.scrollTo({ top: 0, behavior: 'instant' }));
          return page.evaluate(() => {
            window.scrollTo({ top: 0, behavior: 'instant' });
            return window.scrollY;
          });
        })
        .toBe(0);
      await screenshot(page, 'documents-review-highlights', { fullPage: false });
    });

    it('offers every commune for the districts’ work, the merged department for Sở KH&ĐT, and skips what it cannot match', async () => {
      const districts = page.getByRole('group', { name: /UBND các huyện, thành phố/ }).first();
      await districts.getByText(/không còn cấp huyện/).waitFor();
      await districts.getByText(`Đã chọn ${COMMUNE_COUNT}/${COMMUNE_COUNT}`).waitFor();
      await districts.getByRole('button', { name: 'Bỏ chọn tất cả' }).click();
      await districts.getByText(`Đã chọn 0/${COMMUNE_COUNT}`).waitFor();
      await districts.getByRole('button', { name: 'Chọn tất cả', exact: true }).click();
      await districts.getByText(`Đã chọn ${COMMUNE_COUNT}/${COMMUNE_COUNT}`).waitFor();

      const planning = page.getByRole('group', { name: /Sở Kế hoạch và Đầu tư/ });
      expect(await planning.getByLabel(/^Cơ quan chủ trì/).inputValue()).toBe('Sở Tài chính tỉnh Lạng Sơn');
      const unmatched = page.getByRole('group', { name: /huyện Cao Lộc/ });
      expect(await unmatched.getByRole('checkbox', { name: 'Bỏ qua' }).isChecked()).toBe(true);
      await screenshot(page, 'documents-review-tasks', { fullPage: false });
    });

    it('proposes the plan’s targets from the indicator catalogue, ties each to its words and lets them be corrected', async () => {
      const section = page.getByRole('region', { name: 'Chỉ tiêu trong văn bản' });
      const training = section.getByRole('group', { name: 'Chỉ tiêu 1' });
      const indicator = training.getByRole('combobox', { name: 'Chỉ tiêu theo danh mục' });
      // The catalogue loads beside the document: the names show once it is in.
      await expect.poll(() => indicator.inputValue(), { timeout: 15_000 }).toBe(TRAINING_RATE);
      expect(await training.getByRole('textbox', { name: 'Kỳ' }).inputValue()).toBe('2016-2020');
      expect(await training.getByRole('textbox', { name: 'Mức tối thiểu' }).inputValue()).toBe('95');
      expect(await training.getByRole('textbox', { name: 'Mức tối đa' }).inputValue()).toBe('100');

      // Form → text: the target's words light up in the document.
      await training.getByRole('button', { name: 'Xem chỉ tiêu 1 trong văn bản' }).click();
      const text = page.getByTestId('review-text');
      await expect
        .poll(() => text.locator('mark[data-keys~="target-0"]').first().getAttribute('style'))
        .toContain('orange-3)');
      expect(await text.locator('mark[data-keys~="target-0"]').first().textContent()).toBe('95 - 100%');

      // Mapping by hand: without an indicator the target is unmapped; the picker finds one without accents.
      await training.getByRole('button', { name: 'Bỏ chỉ tiêu đã chọn' }).click();
      await training.getByText('Chưa gắn chỉ tiêu').waitFor();
      await indicator.click();
      await indicator.fill('boi duong kien thuc');
      await page.getByRole('option', { name: TRAINING_RATE }).click();
      expect(await indicator.inputValue()).toBe(TRAINING_RATE);
      expect(await training.getByText('Chưa gắn chỉ tiêu').count()).toBe(0);

      // The flood and rescue drills have no rate in the catalogue: listed, not recorded.
      const drills = section.getByRole('group', { name: 'Chỉ tiêu 3' });
      await drills.getByText('Chưa gắn chỉ tiêu').waitFor();
      expect(await drills.getByRole('checkbox', { name: 'Ghi nhận' }).isChecked()).toBe(false);

      // The yearly commune drills: the reviewer starts them the year after the plan.
      const communeDrills = section.getByRole('group', { name: 'Chỉ tiêu 4' });
      expect(await communeDrills.getByRole('combobox', { name: 'Chỉ tiêu theo danh mục' }).inputValue()).toBe(
        'Tỷ lệ xã diễn tập chiến đấu phòng thủ trong năm',
      );
      await communeDrills.getByRole('textbox', { name: 'Kỳ' }).fill('2017');
      await section.getByText('Xác nhận sẽ ghi nhận 7 chỉ tiêu do văn bản này giao.').waitFor();
      await training.scrollIntoViewIfNeeded();
      await screenshot(page, 'documents-review-targets', { fullPage: false });
    });

    it('confirms the plan into tasks and targets', async () => {
      documentIds.set(PLAN, await confirmReview(page));
      await page.getByTestId('chase-table').waitFor();
      await page.getByText(/và 7 chỉ tiêu\./).waitFor();
      const targets = page.getByTestId('document-targets');
      const row = targets.getByRole('row', {
        name: new RegExp(`${TRAINING_RATE}.*Tỉnh Lạng Sơn.*Giai đoạn 2016–2020.*95% – 100%`),
      });
      expect(await row.count()).toBe(1);
      expect(
        await targets.getByRole('row', { name: /diễn tập chiến đấu phòng thủ.*Năm 2017.*20% – 25%/ }).count(),
      ).toBe(1);
      await targets.scrollIntoViewIfNeeded();
      await screenshot(page, 'documents-targets', { fullPage: false });
    });

    it('shows the plan’s targets, with their document, in Chỉ tiêu → Chỉ tiêu giao', async () => {
      await page
        .getByTestId('document-targets')
        .getByRole('link', { name: `Xem chỉ tiêu ${TRAINING_RATE} trong Chỉ tiêu giao` })
        .click();
      await page.waitForURL(/\/chi-tieu\?.*tab=chi-tieu-giao/);
      const table = page.getByTestId('targets-table');
      await table.waitFor();
      const row = table.getByRole('row', { name: new RegExp(TRAINING_RATE) });
      expect(await row.textContent()).toContain('Giai đoạn 2016–2020');
      await row.getByRole('link', { name: '100/KH-UBND' }).waitFor();
      await screenshot(page, 'documents-targets-in-figures');
      await row.getByRole('link', { name: '100/KH-UBND' }).click();
      await page.waitForURL(new RegExp(`/van-ban/${documentIds.get(PLAN)}$`));
    });

    for (const name of SAMPLES.filter((sample) => sample !== PLAN)) {
      it(`registers, reviews and confirms ${name}`, async () => {
        await registerByPasting(page, fs.readFileSync(`${SAMPLES_DIR}${name}`, 'utf8'));
        await page.getByTestId('review-text').waitFor();
        documentIds.set(name, await confirmReview(page));
      });
    }

    it('lists the five documents, confirmed, and finds the plan without accents', async () => {
      await page.goto('/van-ban');
      const table = page.getByTestId('document-table');
      await table.waitFor();
      expect(await table.locator('tbody tr').count()).toBe(SAMPLES.length);
      expect(await table.getByText('Chưa rà soát').count()).toBe(0);
      await page.getByLabel('Tìm văn bản').fill('phong thu');
      await page.waitForURL(/q=phong/);
      await table.getByRole('link', { name: '100/KH-UBND' }).waitFor();
    });

    it('refuses the plan pasted a second time and links to the one registered', async () => {
      await page.goto('/van-ban/moi');
      await page.getByLabel('Nội dung văn bản').fill(fs.readFileSync(`${SAMPLES_DIR}${PLAN}`, 'utf8'));
      await page.getByRole('button', { name: 'Đăng ký và rà soát' }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'Chưa đăng ký được văn bản' });
      await alert.getByText('đã được đăng ký ở đơn vị').waitFor();
      expect(await alert.textContent()).toContain('số 100/KH-UBND');
      await alert.getByRole('link', { name: 'Mở văn bản đã đăng ký' }).click();
      await page.waitForURL(new RegExp(`/van-ban/${documentIds.get(PLAN)}$`));
    });

    it('has tasks for the plan’s lead agencies and for every commune’s People’s Committee', async () => {
      const planId = documentIds.get(PLAN)!;
      await page.goto(`/nhiem-vu?xem=don-doc&van-ban=${planId}`);
      const chase = page.getByTestId('chase-table');
      await chase.waitFor();
      const agencies = (await chase.locator('tbody tr td:first-child').allInnerTexts()).map((s) => s.trim());
      for (const lead of PLAN_LEADS) expect(agencies).toContain(lead);
      const communeCommittees = agencies.filter((a) => /^Ủy ban nhân dân (xã|phường) /.test(a));
      expect(communeCommittees).toHaveLength(COMMUNE_COUNT);

      await page.getByRole('tab', { name: 'Tất cả' }).click();
      const tasks = page.getByTestId('task-table');
      await tasks.waitFor();
      await page.getByText(/Nhiệm vụ 1–25 trong tổng số \d+/).waitFor();
      expect(await tasks.getByRole('link', { name: '100/KH-UBND' }).count()).toBe(25);
    });

    it('reports progress, then completion, on a task of the officer’s own agency', async () => {
      await page.goto('/nhiem-vu');
      const tasks = page.getByTestId('task-table');
      await tasks.waitFor();
      expect(await tasks.getByText('Bộ Chỉ huy Quân sự tỉnh Lạng Sơn').count()).toBeGreaterThan(0);
      await tasks.locator('tbody tr').first().getByRole('link').first().click();
      await page.waitForURL(/\/nhiem-vu\/\d+$/);
      await page.getByRole('textbox', { name: 'Phần trăm hoàn thành' }).fill('50');
      await page.getByLabel('Ghi chú').first().fill('Đã xây dựng dự thảo văn bản chỉ đạo');
      await page.getByRole('button', { name: 'Cập nhật tiến độ' }).click();
      await page.getByText('Đã cập nhật tiến độ.').waitFor();
      await expect.poll(() => page.getByRole('progressbar', { name: 'Tiến độ 50%' }).count()).toBe(1);

      await page.getByRole('button', { name: 'Báo cáo hoàn thành' }).click();
      await page.getByRole('progressbar', { name: 'Tiến độ 100%' }).waitFor();
      const status = await page.getByTestId('task-status').textContent();
      expect(['Hoàn thành đúng hạn', 'Hoàn thành trễ hạn']).toContain(status);
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      await screenshot(page, 'documents-task-page');
    });

    it('lists every task in scope with its state, overdue ones first', async () => {
      await page.goto('/nhiem-vu?xem=tat-ca');
      const tasks = page.getByTestId('task-table');
      await tasks.waitFor();
      // The Bắc Kạn guideline's 2019 deadlines are long past.
      expect(await tasks.getByText('Quá hạn').count()).toBeGreaterThan(0);
      await screenshot(page, 'documents-task-list');
    });

    it('shows the bell’s unread count and marks a reminder read when opened', async () => {
      // Reminders are written by the daily job, which a test cannot trigger: the list is stubbed.
      const taskPath = new URL(page.url()).pathname;
      let readCalls = 0;
      await page.route('**/api/notifications', (route) =>
        route.fulfill({
          json: {
            unread: readCalls === 0 ? 1 : 0,
            items: [
              {
                id: 7,
                kind: 'due_in_7',
                title: 'Còn 7 ngày đến hạn: Chủ trì tham mưu (hạn 30/11/2026)',
                link: taskPath,
                createdAt: '2026-11-23T01:00:00.000Z',
                readAt: readCalls === 0 ? null : '2026-11-23T02:00:00.000Z',
              },
            ],
          },
        }),
      );
      await page.route('**/api/notifications/7/read', (route) => {
        readCalls += 1;
        return route.fulfill({ status: 204 });
      });
      await page.goto('/nhiem-vu');
      const bell = page.getByRole('button', { name: 'Thông báo: 1 chưa đọc' });
      await bell.click();
      await page.getByRole('menuitem', { name: /Còn 7 ngày đến hạn/ }).click();
      await page.waitForURL((url) => url.pathname === taskPath);
      await expect.poll(() => readCalls).toBe(1);
      await page.getByRole('button', { name: 'Thông báo', exact: true }).waitFor();
      await page.unrouteAll();
    });

    it('uploads a secret document as a file and keeps its content from an officer', async () => {
      await page.goto('/van-ban/moi');
      await page.getByText('Tải tệp lên').click();
      await page.locator('input[type=file]').setInputFiles({
        name: 'phuong-an-phong-thu.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(
          'BỘ CHỈ HUY QUÂN SỰ TỈNH LẠNG SƠN\nSố: 09/KH-BCH\nKẾ HOẠCH\nPhương án phòng thủ khu vực biên giới\nLực lượng dự kiến: Trung đoàn 123 cơ động.',
          'utf8',
        ),
      });
      await page.getByLabel('Văn bản mật').check();
      await page.getByRole('button', { name: 'Đăng ký và rà soát' }).click();
      await page.waitForURL(/\/van-ban\/\d+\/ra-soat$/);
      const notice = page.getByTestId('secret-notice');
      await notice.waitFor();
      expect(await notice.textContent()).toBe('Văn bản mật: bạn không có quyền xem nội dung.');
      expect(await page.getByText('Trung đoàn 123').count()).toBe(0);
      await page.getByText('09/KH-BCH').first().waitFor();
      // The original file is a leader's to download, so the officer is not offered it.
      expect(await page.getByRole('link', { name: /phuong-an-phong-thu/ }).count()).toBe(0);
    });

    it('logged no console errors but the refused second registration', () => {
      const isRefusedDuplicate = (message: string) =>
        message.includes('status of 409') && /\/api\/documents\)$/.test(message);
      expect(pageErrors.filter((message) => !isRefusedDuplicate(message))).toEqual([]);
    });
  },
);
