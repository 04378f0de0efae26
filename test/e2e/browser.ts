import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type APIRequestContext, type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

/** Debian's Chromium, or the one CHROME_PATH names. Never downloaded. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** True when the browser binary exists. */
export const HAS_CHROMIUM = fs.existsSync(CHROME_PATH);
/** On CI a missing browser fails the suite instead of skipping it. */
export const IS_CI = process.env.CI === 'true';
/** Password of every demo account. */
export const DEMO_PASSWORD = 'qptd-demo-2026';

const SCREENSHOT_DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** True when the browser suite should be skipped (no Chromium, not on CI); says so loudly. */
export function shouldSkipBrowserTests(suite: string): boolean {
  if (HAS_CHROMIUM || IS_CI) return false;
  const line = '!'.repeat(78);
  console.warn(
    `\n${line}\n!! SKIPPED browser tests (${suite}): no Chromium at ${CHROME_PATH}.\n` +
      `!! Install it with \`apt-get install -y chromium\` or set CHROME_PATH. On CI (CI=true) this fails.\n${line}\n`,
  );
  return true;
}

/** Launches headless Chromium; throws a clear error when it is missing (the CI case). */
export async function launchBrowser(): Promise<Browser> {
  if (!HAS_CHROMIUM) {
    throw new Error(
      `Chromium is required for the browser tests but ${CHROME_PATH} does not exist (CI=true).`,
    );
  }
  return chromium.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}

/**
 * Collects console errors and uncaught exceptions of a page. The browser itself logs every
 * 401/404 API answer as "Failed to load resource"; those are expected (signed-out check, a
 * unit outside the user's scope) and left out.
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    const url = message.location().url ?? '';
    const isExpectedApiStatus =
      text.startsWith('Failed to load resource') && /\/api\//.test(url) && /status of (401|404)\b/.test(text);
    if (!isExpectedApiStatus) errors.push(`${text} (${url})`);
  });
  page.on('pageerror', (error) => errors.push(`Uncaught: ${error.message}`));
  return errors;
}

/** Fills and sends the sign-in form on the current page. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/**
 * Saves a screenshot to test/e2e/screenshots/<name>.png (git-ignored): the full page, or only the
 * viewport for pages with sticky panes, which a full-page capture stretches.
 */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage });
}

/** Signs in through the API (the request context keeps the cookie) and answers the CSRF token writes need. */
export async function apiSignIn(
  request: APIRequestContext,
  username: string,
  password = DEMO_PASSWORD,
): Promise<string> {
  const login = await request.post('/api/auth/login', { data: { username, password } });
  expect(login.status(), await login.text()).toBe(200);
  return ((await login.json()) as { csrfToken: string }).csrfToken;
}

/** The id of the unit in force with exactly this name (the tree also keeps units merged away). */
export async function currentUnitId(request: APIRequestContext, name: string): Promise<number> {
  const search = await request.get('/api/units', { params: { q: name } });
  const { items } = (await search.json()) as {
    items: { id: number; name: string; validTo: string | null }[];
  };
  const unit = items.find((u) => u.name === name && u.validTo === null);
  if (!unit) throw new Error(`No unit in force named ${name} in ${JSON.stringify(items)}`);
  return unit.id;
}
