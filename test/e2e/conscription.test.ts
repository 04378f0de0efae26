import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cycleInProgress } from '../../src/shared/conscription-calendar.ts';
import { collectPageErrors, launchBrowser, screenshot, shouldSkipBrowserTests, signIn } from './browser.ts';
import { startServer, type TestServer } from './server.ts';

// The server and the browser run on the real clock. The page opens on the cycle in progress
// (this year's handover until March, next year's from April); the test works on the latest cycle
// whose handover window has opened, so that 1 February has come and recruits may be handed over.
const pad = (n: number) => String(n).padStart(2, '0');
const now = new Date();
const TODAY = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
const DEFAULT_YEAR = cycleInProgress(TODAY);
const YEAR = now.getMonth() >= 1 ? now.getFullYear() : now.getFullYear() - 1;
const PROVINCE = 'Tỉnh Lạng Sơn';
const DONG_KINH = 'Phường Đông Kinh';
const LUONG_VAN_TRI = 'Phường Lương Văn Tri';

describe.skipIf(shouldSkipBrowserTests('conscription'))(
  'conscription register: the province splits its quota, a commune enters its handover',
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

    /** Opens the register at its address (the Sổ theo dõi tabs lead there too) and waits for its table. */
    async function openRegister(page: Page, year = YEAR): Promise<void> {
      await page.goto(
        year === DEFAULT_YEAR ? '/so-dang-ky/tuyen-quan' : `/so-dang-ky/tuyen-quan?nam=${year}`,
      );
      await page.getByRole('heading', { name: 'Sổ tuyển quân' }).waitFor();
      expect(
        await page.getByRole('tab', { name: 'Tuyển quân', exact: true }).getAttribute('aria-selected'),
      ).toBe('true');
      await page.getByTestId('conscription-table').waitFor();
    }

    const tableRow = (page: Page, unit: string) =>
      page.getByTestId('conscription-table').locator(`tr[data-unit="${unit}"]`);

    beforeAll(async () => {
      browser = await launchBrowser();
      server = await startServer();
    });

    afterAll(async () => {
      for (const context of contexts) await context.close();
      await browser?.close();
      await server?.stop();
      expect(pageErrors).toEqual([]);
    });

    it('lets the province leader set the quota and split it with a live sum', async () => {
      const page = await session('lanhdao.tinh');
      await openRegister(page, DEFAULT_YEAR);
      expect(await page.getByRole('combobox', { name: 'Năm giao quân' }).inputValue()).toBe(
        String(DEFAULT_YEAR),
      );
      if (YEAR !== DEFAULT_YEAR) {
        await page.getByRole('combobox', { name: 'Năm giao quân' }).click();
        await page.getByRole('option', { name: String(YEAR), exact: true }).click();
        await page.waitForURL(new RegExp(`nam=${YEAR}`));
      }
      await page.getByRole('heading', { name: `Chỉ tiêu năm ${YEAR}` }).waitFor();
      expect(await page.getByTestId('summary-quota').textContent()).toBe('Chưa giao');

      await page.getByLabel(`Chỉ tiêu giao quân của ${PROVINCE}`).fill('45');
      await page.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
      await expect.poll(() => page.getByTestId('summary-quota').textContent()).toBe('45');

      await page.getByRole('button', { name: 'Phân bổ chỉ tiêu cho cấp dưới' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(`Chỉ tiêu của ${DONG_KINH}`).fill('30');
      await dialog.getByLabel(`Chỉ tiêu của ${LUONG_VAN_TRI}`).fill('12');
      const balance = dialog.getByTestId('quota-balance');
      await expect.poll(() => balance.textContent()).toContain('Tổng đã chia 42/45');
      expect(await balance.textContent()).toContain('Còn thiếu 3');
      const submit = dialog.getByRole('button', { name: 'Lưu phân bổ' });
      expect(await submit.isDisabled()).toBe(true);
      await dialog.getByLabel(`Chỉ tiêu của ${LUONG_VAN_TRI}`).fill('15');
      await expect.poll(() => balance.textContent()).toContain('Tổng đã chia 45/45');
      expect(await balance.textContent()).toContain('Đã chia đủ');
      await screenshot(page, 'conscription-quota-split', { fullPage: false });
      const saved = page.waitForResponse((r) => r.url().endsWith('/api/conscription/quotas'));
      await submit.click();
      expect((await saved).status()).toBe(200);
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => tableRow(page, DONG_KINH).locator('td').nth(1).textContent()).toBe('30');
      expect(await tableRow(page, 'total').locator('td').nth(1).textContent()).toBe('45');
    });

    it("lets the commune's officer enter its handover, refusing the fit above the examined", async () => {
      const page = await session('canbo.dongkinh');
      await openRegister(page);
      await page.getByRole('button', { name: `Nhập kết quả tuyển quân của ${DONG_KINH}` }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(/^Đã khám sức khỏe/).fill('40');
      await dialog.getByLabel('Đủ điều kiện nhập ngũ').fill('41');
      await expect.poll(() => dialog.getByText('Không được lớn hơn 40.').count()).toBe(1);
      expect(await dialog.getByRole('button', { name: 'Lưu kết quả' }).isDisabled()).toBe(true);
      await dialog.getByLabel(/^Nam công dân đủ 17 tuổi/).fill('120');
      await dialog.getByLabel(/^Đã đăng ký NVQS lần đầu/).fill('118');
      await dialog.getByLabel('Đủ điều kiện nhập ngũ').fill('36');
      await dialog.getByLabel('Đã giao quân').fill('30');
      await dialog.getByLabel('Ngày giao quân').fill(`01/02/${YEAR}`);
      const saved = page.waitForResponse((r) => r.url().endsWith('/api/conscription/steps'));
      await dialog.getByRole('button', { name: 'Lưu kết quả' }).click();
      expect((await saved).status()).toBe(200);
      await dialog.waitFor({ state: 'detached' });
      const row = tableRow(page, DONG_KINH);
      await expect.poll(() => row.locator('td').nth(6).textContent()).toBe('30');
      expect(await row.locator('td').nth(7).textContent()).toBe(`01/02/${YEAR}`);
      expect(await row.locator('td').nth(8).textContent()).toBe('100%');
    });

    it('shows the province its fulfilment as Σ handed over ÷ Σ quota, and the legal calendar', async () => {
      const page = await session('lanhdao.tinh');
      await openRegister(page);
      await expect.poll(() => page.getByTestId('summary-handed-over').textContent()).toBe('30');
      expect(await page.getByTestId('conscription-summary').textContent()).toContain(
        'Hoàn thành 66,67% chỉ tiêu',
      );
      await screenshot(page, 'conscription-table');

      await page.getByText('Lịch tuyển quân', { exact: true }).click();
      const timeline = page.getByTestId('conscription-timeline');
      await timeline.waitFor();
      for (const step of [
        'Lập danh sách nam công dân đủ 17 tuổi',
        'Khám sức khỏe tuyển chọn',
        'Giao nhận quân',
      ])
        expect(await timeline.textContent()).toContain(step);
      expect(await timeline.textContent()).toContain(`01/02/${YEAR} – 31/03/${YEAR}`);
      expect(await page.getByTestId('conscription-months').locator('> *').count()).toBe(15);
      await screenshot(page, 'conscription-calendar');

      // The figures follow: the province's quota fulfilment on the dashboard, nobody typed it.
      const board = await page.request.get(`/api/dashboard?unitId=${await provinceId(page)}&period=${YEAR}`);
      const rate = (
        (await board.json()) as { indicators: { code: string; value: number | null }[] }
      ).indicators.find((i) => i.code === 'TQ_TY_LE');
      expect(rate?.value).toBe(66.67);
    });

    it("lets the commune's officer record its militia year and see the rates beside it", async () => {
      const page = await session('canbo.dongkinh');
      await page.goto('/so-dang-ky/dqtv');
      await page.getByRole('heading', { name: 'Dân quân tự vệ, dự bị động viên' }).waitFor();
      await page.getByRole('button', { name: `Nhập số liệu DQTV, DBĐV của ${DONG_KINH}` }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Dân quân cơ động').fill('30');
      await dialog.getByLabel('Dân quân tại chỗ').fill('70');
      await expect
        .poll(() => dialog.getByTestId('militia-total').textContent())
        .toBe('Tổng quân số: 100 (dân quân 100, tự vệ 0)');
      await dialog.getByLabel('Đảng viên trong DQTV').fill('25');
      await dialog.getByLabel('Được triệu tập huấn luyện').fill('100');
      await dialog.getByLabel('Tham gia huấn luyện').fill('101');
      await expect.poll(() => dialog.getByText('Không được lớn hơn 100.').count()).toBe(1);
      await dialog.getByLabel('Tham gia huấn luyện').fill('97');
      await dialog.getByText('Có', { exact: true }).click();
      const saved = page.waitForResponse((r) => r.url().endsWith('/api/militia'));
      await dialog.getByRole('button', { name: 'Lưu số liệu' }).click();
      expect((await saved).status()).toBe(200);
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => page.getByTestId('rate-training').textContent()).toContain('97%');
      expect(await page.getByTestId('rate-party').textContent()).toContain('25%');
      await screenshot(page, 'militia-commune');
    });

    async function provinceId(page: Page): Promise<number> {
      const me = (await (await page.request.get('/api/auth/me')).json()) as {
        user: { unit: { id: number } };
      };
      return me.user.unit.id;
    }
  },
);
