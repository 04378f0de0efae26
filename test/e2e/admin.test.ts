import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, screenshot, shouldSkipBrowserTests, signIn } from './browser.ts';
import { startServer, type TestServer } from './server.ts';

const NEW_USERNAME = 'canbo.thu';
const NEW_FULL_NAME = 'Nguyễn Thị Thử';
const NEW_PASSWORD = 'mat-khau-moi-2026';

/** The browser answers 400 for the rejected import file; every other console error counts. */
const isExpectedImportRejection = (message: string) =>
  message.includes('status of 400') && message.includes('/api/units/import');

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.waitForURL(/\/dang-nhap$/);
}

describe.skipIf(shouldSkipBrowserTests('admin'))('a commune admin manages users and imports units', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];
  let temporaryPassword = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startServer();
    context = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
    pageErrors = collectPageErrors(page);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('creates an account and shows its temporary password once', async () => {
    await page.goto('/dang-nhap');
    await signIn(page, 'admin.dongkinh');
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto('/don-vi');
    await page.getByTestId('unit-tree').getByRole('link', { name: 'Phường Đông Kinh' }).click();
    await page.getByRole('heading', { name: 'Người dùng của đơn vị' }).waitFor();

    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên đăng nhập').fill(NEW_USERNAME);
    await dialog.getByLabel('Họ và tên').fill(NEW_FULL_NAME);
    await dialog.getByLabel('Chức vụ').fill('Trợ lý tác chiến');
    await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();

    const shown = page.getByTestId('temporary-password');
    await shown.waitFor();
    temporaryPassword = (await shown.textContent())?.trim() ?? '';
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(10);
    await screenshot(page, 'admin-temporary-password');
    await page.getByRole('button', { name: 'Tôi đã ghi lại' }).click();

    const row = page.getByRole('row', { name: new RegExp(NEW_USERNAME.replace('.', '\\.')) });
    await row.getByText('Chưa đổi mật khẩu tạm').waitFor();
  });

  it('lists row errors of a rejected import file', async () => {
    await page.goto('/don-vi');
    const csv = ['code,name,kind,parent_code', ',Thiếu mã,xa,20', '99999,Xã Sai Loại,khong-ro,20'].join('\n');
    await page.locator('input[type=file]').setInputFiles({
      name: 'don-vi-loi.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await page.getByRole('button', { name: 'Tải lên và nhập' }).click();
    await page.getByText('Tệp chưa được nhập').waitFor();
    const panel = page.locator('section[aria-labelledby="unit-import-title"]');
    expect(await panel.getByRole('row').count()).toBeGreaterThanOrEqual(3);
    await screenshot(page, 'admin-import-errors');
    await signOut(page);
  });

  it('makes the new user change the temporary password first', async () => {
    await signIn(page, NEW_USERNAME, temporaryPassword);
    await page.waitForURL(/\/tai-khoan$/);
    await page.getByText('Cần đổi mật khẩu').waitFor();
    // Any other page sends them back here until the password is changed.
    await page.goto('/don-vi');
    await page.waitForURL(/\/tai-khoan$/);

    await page.getByLabel('Mật khẩu hiện tại').fill(temporaryPassword);
    await page.getByLabel(/^Mật khẩu mới/).fill(NEW_PASSWORD);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByText('Đã đổi mật khẩu.').waitFor();

    await page.getByRole('link', { name: 'Tổng quan', exact: true }).click();
    await page.getByRole('heading', { name: `Xin chào, ${NEW_FULL_NAME}` }).waitFor();
    await signOut(page);
  });

  it('shows the changes in the audit log, with a before/after view', async () => {
    await signIn(page, 'admin.dongkinh');
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('link', { name: 'Nhật ký' }).click();
    const table = page.locator('table').first();
    await table.getByText('Đổi mật khẩu').first().waitFor();
    expect(await table.getByText(NEW_FULL_NAME).count()).toBeGreaterThan(0);

    const created = page.getByRole('row', { name: /Người dùng.*Tạo mới/ }).first();
    await created.getByRole('button', { name: 'Xem thay đổi' }).click();
    await page.getByRole('columnheader', { name: 'Sau' }).waitFor();
    await screenshot(page, 'admin-audit-log');
  });

  it('logged no console errors', () => {
    expect(pageErrors.filter((message) => !isExpectedImportRejection(message))).toEqual([]);
  });
});
