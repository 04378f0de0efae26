import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectPageErrors,
  DEMO_PASSWORD,
  launchBrowser,
  screenshot,
  shouldSkipBrowserTests,
  signIn,
} from './browser.ts';
import { startServer, type TestServer } from './server.ts';

const NEIGHBOUR = 'Lương Văn Tri';

/** Finds the neighbouring commune's id through the API, signed in as a province admin. */
async function findNeighbourId(browser: Browser, baseUrl: string): Promise<number> {
  const context = await browser.newContext({ baseURL: baseUrl });
  try {
    const login = await context.request.post('/api/auth/login', {
      data: { username: 'admin.tinh', password: DEMO_PASSWORD },
    });
    expect(login.status()).toBe(200);
    const search = await context.request.get('/api/units', { params: { q: NEIGHBOUR } });
    expect(search.status()).toBe(200);
    const { items } = (await search.json()) as {
      items: { id: number; name: string; validTo: string | null }[];
    };
    const match = items.find((unit) => unit.name.includes(NEIGHBOUR) && unit.validTo === null);
    if (!match) throw new Error(`No current unit named ${NEIGHBOUR} in ${JSON.stringify(items)}`);
    return match.id;
  } finally {
    await context.close();
  }
}

describe.skipIf(shouldSkipBrowserTests('scope'))('a commune officer sees only their commune', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];
  let neighbourId: number;

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startServer();
    neighbourId = await findNeighbourId(browser, server.baseUrl);
    context = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
    pageErrors = collectPageErrors(page);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('returns to the requested page after signing in', async () => {
    await page.goto('/don-vi');
    await page.waitForURL(/\/dang-nhap\?next=%2Fdon-vi/);
    await signIn(page, 'canbo.dongkinh');
    await page.waitForURL((url) => url.pathname === '/don-vi');
  });

  it('roots the unit tree at Phường Đông Kinh', async () => {
    const tree = page.getByTestId('unit-tree');
    const rootLink = tree.getByRole('link').first();
    await rootLink.waitFor();
    expect(await rootLink.textContent()).toContain('Đông Kinh');
    expect(await tree.textContent()).not.toContain('Tỉnh Lạng Sơn');
    await screenshot(page, 'scope-commune-tree');
  });

  it('answers "không tìm thấy" for the neighbouring commune opened by URL', async () => {
    await page.goto(`/don-vi/${neighbourId}`);
    await page
      .getByText(/không tìm thấy/i)
      .first()
      .waitFor();
    expect(await page.getByText(NEIGHBOUR).count()).toBe(0);
    await screenshot(page, 'scope-neighbour-not-found');
  });

  it('signs out, and the session is gone', async () => {
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(/\/dang-nhap$/);
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await page.goto('/don-vi');
    await page.waitForURL(/\/dang-nhap\?next=/);
    await screenshot(page, 'scope-signed-out');
  });

  it('logged no console errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
