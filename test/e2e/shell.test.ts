import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, screenshot, shouldSkipBrowserTests, signIn } from './browser.ts';
import { startServer, type TestServer } from './server.ts';

const VIETNAMESE_NAV = [
  'Tổng quan',
  'Văn bản',
  'Nhiệm vụ',
  'Chỉ tiêu',
  'Báo cáo',
  'Sổ theo dõi',
  'Hội nghị sơ kết, tổng kết',
  'Khen thưởng',
  'Đơn vị & người dùng',
  'Tài khoản',
];
const ENGLISH_NAV = [
  'Overview',
  'Documents',
  'Tasks',
  'Indicators',
  'Reports',
  'Registers',
  'Review conferences',
  'Awards',
  'Units & users',
  'Account',
];

async function navLabels(page: Page): Promise<string[]> {
  const links = page.getByRole('navigation', { name: /Các chức năng|Sections/ }).getByRole('link');
  return (await links.allInnerTexts()).map((text) => text.trim());
}

describe.skipIf(shouldSkipBrowserTests('shell'))('the app shell', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startServer();
    context = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 1366, height: 860 } });
    page = await context.newPage();
    pageErrors = collectPageErrors(page);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('sends a signed-out visitor to the sign-in page, in Vietnamese', async () => {
    await page.goto('/');
    await page.waitForURL(/\/dang-nhap/);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
  });

  it('shows the server message for a wrong password', async () => {
    await signIn(page, 'canbo.tinh', 'sai-mat-khau-123');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect((await alert.textContent())?.length ?? 0).toBeGreaterThan(5);
    expect(page.url()).toContain('/dang-nhap');
  });

  it('signs in a province officer and shows the Vietnamese shell', async () => {
    await signIn(page, 'canbo.tinh');
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
    expect(await navLabels(page)).toEqual(VIETNAMESE_NAV);
    const header = page.getByTestId('signed-in-user');
    expect(await header.isVisible()).toBe(true);
    expect(await header.textContent()).toContain('Lạng Sơn');
    // Officers do not read the audit log.
    expect(await page.getByRole('link', { name: 'Nhật ký' }).count()).toBe(0);
    await screenshot(page, 'shell-vi');
  });

  it('switches to English, remembers it across a reload, and switches back', async () => {
    await page.getByText('English', { exact: true }).click();
    await expect.poll(() => navLabels(page)).toEqual(ENGLISH_NAV);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('heading', { name: /Welcome/ }).waitFor();
    await screenshot(page, 'shell-en');

    await page.reload();
    await expect.poll(() => navLabels(page)).toEqual(ENGLISH_NAV);

    await page.getByText('Tiếng Việt', { exact: true }).click();
    await expect.poll(() => navLabels(page)).toEqual(VIETNAMESE_NAV);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
  });

  it('opens the registers from the navigation, on the drills tab', async () => {
    await page.getByRole('link', { name: 'Sổ theo dõi' }).click();
    await page.waitForURL(/\/so-dang-ky\/dien-tap$/);
    await page
      .getByRole('tablist', { name: 'Sổ theo dõi' })
      .getByRole('tab', { name: 'Diễn tập', selected: true })
      .waitFor();
  });

  it('logged no console errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
