import type { APIRequestContext, Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

// The server runs on the real clock, so everything happens in the current year: the rotation term
// is the five-year term containing it (2026–2030 in 2026), the drills and the class are held a few
// days ago, and the province's figures are read for this year.
const NOW = new Date();
const YEAR = NOW.getFullYear();
const TERM_FROM = YEAR - ((((YEAR - 2021) % 5) + 5) % 5);
const TERM_YEARS = Array.from({ length: 5 }, (_, i) => TERM_FROM + i);
const DONG_KINH = 'Phường Đông Kinh';
const LUONG_VAN_TRI = 'Phường Lương Văn Tri';
const LVT_USERNAME = 'canbo.luongvantri';
const LVT_PASSWORD = 'mat-khau-lvt-2026';
const COMBAT_KIND = 'Diễn tập chiến đấu xã, phường trong KVPT';
const PROVINCE_COMMUNES = 65;

/** A day of this year a few days back (never before 1 January): the drills were held then. */
function heldOn(): { iso: string; typed: string } {
  const day = new Date(
    Math.max(Date.UTC(YEAR, 0, 1), Date.UTC(YEAR, NOW.getMonth(), NOW.getDate()) - 3 * 86_400_000),
  );
  const iso = day.toISOString().slice(0, 10);
  return { iso, typed: iso.split('-').reverse().join('/') };
}

/** The refused plain move answers 409; every other console error counts. */
const isExpectedRefusal = (message: string) =>
  message.includes('status of 409') && /\/api\/drill-rotation\/\d+\/communes\/\d+/.test(message);

const vnNumber = (value: number) => new Intl.NumberFormat('vi-VN').format(value);

interface DashboardIndicator {
  code: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/** The province's figures of this year, as the dashboard API computes them. */
async function provinceFigures(
  request: APIRequestContext,
  provinceId: number,
): Promise<Map<string, DashboardIndicator>> {
  const response = await request.get('/api/dashboard', {
    params: { unitId: provinceId, period: String(YEAR) },
  });
  expect(response.status()).toBe(200);
  const { indicators } = (await response.json()) as { indicators: DashboardIndicator[] };
  return new Map(indicators.map((i) => [i.code, i]));
}

/** A ratio as the dashboard rounds it: Σ numerators ÷ Σ denominators, in %, two decimals. */
const ratio = (numerator: number, denominator: number) => Math.round((numerator / denominator) * 10000) / 100;

/** Picks an option of a Mantine Select by its label, within a part of the page (a dialog). */
async function choose(page: Page, within: Locator, label: string, option: string): Promise<void> {
  await within.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The text of a row of the Chỉ tiêu summary, by indicator code. */
async function summaryRow(page: Page, code: string): Promise<string> {
  const row = page.getByTestId('summary-table').locator(`tr[data-indicator="${code}"]`);
  await row.waitFor();
  return (await row.textContent()) ?? '';
}

describe.skipIf(shouldSkipBrowserTests('registers'))(
  'the province plans the commune drill rotation; communes record drills and a class; the figures follow',
  () => {
    let server: TestServer;
    let browser: Browser;
    const contexts: BrowserContext[] = [];
    const pageErrors: string[] = [];
    let provinceId = 0;
    let before = new Map<string, DashboardIndicator>();
    const figureOf = (figures: Map<string, DashboardIndicator>, code: string) =>
      figures.get(code)?.value ?? null;

    /** A fresh browser session signed in as `username`, on the overview. */
    async function session(username: string, password = DEMO_PASSWORD): Promise<Page> {
      const context = await browser.newContext({
        baseURL: server.baseUrl,
        viewport: { width: 1366, height: 900 },
        acceptDownloads: true,
      });
      contexts.push(context);
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      page.on('close', () => pageErrors.push(...errors.filter((e) => !isExpectedRefusal(e))));
      await page.goto('/dang-nhap');
      await signIn(page, username, password);
      await page.waitForURL((url) => url.pathname === '/');
      return page;
    }

    /** Opens "Sổ theo dõi" from the navigation, then a register's tab. */
    async function openRegister(page: Page, tab: 'Diễn tập' | 'Bồi dưỡng kiến thức QP-AN'): Promise<void> {
      await page.getByRole('link', { name: 'Sổ theo dõi', exact: true }).click();
      await page.waitForURL(/\/so-dang-ky\/dien-tap/);
      if (tab !== 'Diễn tập') {
        await page.getByRole('tab', { name: tab, exact: true }).click();
        await page.waitForURL(/\/so-dang-ky\/boi-duong/);
      }
    }

    /**
     * As a commune officer: plans a combat drill of the commune, then records it held a few days
     * ago (grade, "an toàn tuyệt đối") with an evidence file.
     */
    async function recordDrill(page: Page, commune: string, grade: 'Giỏi' | 'Khá', shot: string) {
      const day = heldOn();
      await openRegister(page, 'Diễn tập');
      await page.getByRole('button', { name: 'Thêm cuộc diễn tập' }).click();
      const form = page.getByRole('dialog', { name: 'Thêm cuộc diễn tập' });
      await choose(page, form, 'Loại diễn tập', COMBAT_KIND);
      await form.getByLabel('Tên cuộc diễn tập').fill(`Diễn tập chiến đấu ${commune} năm ${YEAR}`);
      await form.getByLabel('Bắt đầu (dự kiến)').fill(day.typed);
      await form.getByLabel('Kết thúc (dự kiến)').fill(day.typed);
      await form.getByLabel('Dân quân tự vệ').fill('45');
      await form.getByLabel('Công an').fill('8');
      await form.getByRole('button', { name: 'Lưu kế hoạch' }).click();
      const detail = page.getByTestId('drill-detail');
      await detail.waitFor();
      expect(await detail.textContent()).toContain('Kế hoạch');
      await detail.getByRole('button', { name: 'Ghi kết quả' }).click();
      expect(await detail.getByLabel('Bắt đầu (thực tế)').inputValue()).toBe(day.typed);
      await choose(page, detail, 'Xếp loại', grade);
      await detail.getByRole('radio', { name: 'An toàn tuyệt đối' }).check();
      const saved = page.waitForResponse((r) =>
        /\/api\/drills\/\d+\/result$/.test(new URL(r.url()).pathname),
      );
      await detail.getByRole('button', { name: 'Lưu kết quả' }).click();
      expect((await saved).status()).toBe(200);
      await detail.getByTestId('drill-facts').waitFor();
      const facts = (await detail.getByTestId('drill-facts').textContent()) ?? '';
      expect(facts).toContain(grade);
      expect(facts).toContain('An toàn tuyệt đối');
      expect(facts).toContain('Tổng: 53 người');
      expect(await detail.textContent()).toContain('Đã tổ chức');
      await detail.locator('input[type=file]').setInputFiles({
        name: 'bien-ban-dien-tap.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.alloc(40_000, 0x25),
      });
      await detail.getByTestId('drill-files').getByRole('link', { name: 'bien-ban-dien-tap.pdf' }).waitFor();
      await screenshot(page, shot);
      await page.keyboard.press('Escape');
      const row = page
        .getByTestId('drill-table')
        .getByRole('row', { name: new RegExp(`Diễn tập chiến đấu ${commune}`) });
      await expect.poll(() => row.textContent()).toContain('Đã tổ chức');
      expect(await row.textContent()).toContain(grade);
    }

    beforeAll(async () => {
      browser = await launchBrowser();
      server = await startServer();
      const setup = await browser.newContext({ baseURL: server.baseUrl });
      try {
        // The province admin gives Phường Lương Văn Tri an officer, who sets a password of their own.
        const adminCsrf = await apiSignIn(setup.request, 'admin.tinh');
        const me = (await (await setup.request.get('/api/auth/me')).json()) as {
          user: { unit: { id: number } };
        };
        provinceId = me.user.unit.id;
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
      } finally {
        await setup.close();
      }
    });

    afterAll(async () => {
      for (const context of contexts) await context.close();
      await browser?.close();
      await server?.stop();
    });

    it(`plans the ${TERM_FROM}–${TERM_FROM + 4} rotation as the province leader: every commune once, each year 20–25 %`, async () => {
      const page = await session('lanhdao.tinh');
      // The figures before anything is recorded, on the page and from the API.
      before = await provinceFigures(page.request, provinceId);
      await page.getByRole('link', { name: 'Chỉ tiêu', exact: true }).click();
      for (const code of ['DT_TY_LE_XA', 'QPAN_TY_LE_BD', 'QPAN_SO_LOP']) {
        const value = figureOf(before, code);
        const text = await summaryRow(page, code);
        expect(text).toContain(value === null ? '—' : vnNumber(value));
      }
      await screenshot(page, 'registers-figures-before');

      await openRegister(page, 'Diễn tập');
      await page.getByRole('tab', { name: 'Kế hoạch luân phiên' }).click();
      await page.getByText('Chưa có kế hoạch luân phiên cho giai đoạn này.').waitFor();
      expect(await page.getByRole('combobox', { name: 'Giai đoạn', exact: true }).inputValue()).toBe(
        `${TERM_FROM}–${TERM_FROM + 4}`,
      );
      await page.getByRole('button', { name: 'Đề xuất kế hoạch' }).click();
      const grid = page.getByTestId('rotation-grid');
      await grid.waitFor();
      const rows = await grid.locator('tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          marks: [...tr.querySelectorAll('td[data-state]')]
            .filter((td) => td.getAttribute('data-state') !== 'none')
            .map((td) => Number(td.getAttribute('data-year'))),
          planned: Number(tr.getAttribute('data-planned-year')),
        })),
      );
      expect(rows).toHaveLength(PROVINCE_COMMUNES);
      for (const row of rows) {
        expect(row.marks).toEqual([row.planned]);
        expect(TERM_YEARS).toContain(row.planned);
      }
      const perYear = new Map<number, number>();
      for (const row of rows) perYear.set(row.planned, (perYear.get(row.planned) ?? 0) + 1);
      for (const year of TERM_YEARS) {
        const cell = page.getByTestId(`rotation-planned-${year}`);
        const count = Number(await cell.getAttribute('data-count'));
        expect(count).toBe(perYear.get(year));
        expect(count / PROVINCE_COMMUNES).toBeGreaterThanOrEqual(0.2);
        expect(count / PROVINCE_COMMUNES).toBeLessThanOrEqual(0.25);
        expect(await cell.getAttribute('data-within-band')).toBe('true');
        expect(await cell.textContent()).toBe(
          `${count}${vnNumber(Math.round((count / PROVINCE_COMMUNES) * 1000) / 10)}%`,
        );
      }
      // What the page shows is the plan the API keeps.
      const api = (await (
        await page.request.get('/api/drill-rotation', {
          params: { unitId: provinceId, termFrom: TERM_FROM, termTo: TERM_FROM + 4 },
        })
      ).json()) as { communes: { plannedYear: number }[] };
      expect(api.communes.map((c) => c.plannedYear).sort()).toEqual(rows.map((r) => r.planned).sort());
      expect(await page.getByTestId('rotation-current').textContent()).toContain(
        `Năm ${YEAR}: 0/${PROVINCE_COMMUNES} xã, phường đã diễn tập (0%)`,
      );
      await screenshot(page, 'registers-rotation-plan');

      // A leader adjusts: 65 communes fill every year at exactly 13 (20 %), so a plain move is
      // refused with the rule's words, and a swap with a commune of the new year is taken.
      const first = grid.locator('tbody tr').first();
      const communeId = await first.getAttribute('data-commune-id');
      const from = Number(await first.getAttribute('data-planned-year'));
      const to = TERM_YEARS.find((y) => y !== from)!;
      await first.getByRole('button', { name: 'Chuyển năm' }).click();
      const move = page.getByRole('dialog');
      await choose(page, move, 'Năm mới', String(to));
      await move.getByRole('button', { name: 'Chuyển', exact: true }).click();
      await expect
        .poll(() => move.textContent())
        .toContain(`Không chuyển được: năm ${from} sẽ chỉ còn 12/${PROVINCE_COMMUNES} xã`);
      await move.getByRole('combobox', { name: 'Đổi chỗ với xã, phường của năm đó', exact: true }).click();
      const partner = (await page.getByRole('option').first().textContent()) ?? '';
      await page.getByRole('option').first().click();
      await move.getByRole('button', { name: 'Chuyển', exact: true }).click();
      await move.waitFor({ state: 'hidden' });
      const moved = grid.locator(`tbody tr[data-commune-id="${communeId}"]`);
      await expect.poll(() => moved.getAttribute('data-planned-year')).toBe(String(to));
      const swapped = grid.locator('tbody tr', { hasText: partner });
      expect(await swapped.first().getAttribute('data-planned-year')).toBe(String(from));
      for (const year of TERM_YEARS)
        expect(await page.getByTestId(`rotation-planned-${year}`).getAttribute('data-within-band')).toBe(
          'true',
        );
      await page.close();
    });

    it('records a held combat drill of Phường Đông Kinh as its officer', async () => {
      const page = await session('canbo.dongkinh');
      await recordDrill(page, DONG_KINH, 'Giỏi', 'registers-drill-dongkinh');
      await page.getByText('Lịch trong năm', { exact: true }).click();
      const month = Number(heldOn().iso.slice(5, 7));
      await expect
        .poll(() => page.getByTestId('drill-calendar').locator(`[data-month="${month}"]`).textContent())
        .toContain(`Diễn tập chiến đấu ${DONG_KINH}`);
      await screenshot(page, 'registers-drill-calendar');
      await page.close();
    });

    it('records a held combat drill of Phường Lương Văn Tri as its officer', async () => {
      const page = await session(LVT_USERNAME, LVT_PASSWORD);
      await recordDrill(page, LUONG_VAN_TRI, 'Khá', 'registers-drill-luongvantri');
      await page.close();
    });

    it('enters Đông Kinh’s population in scope and records a held QP-AN class: the share follows', async () => {
      const page = await session('canbo.dongkinh');
      await openRegister(page, 'Bồi dưỡng kiến thức QP-AN');
      await page.getByRole('button', { name: 'Nhập số người thuộc diện' }).click();
      const popForm = page.getByRole('dialog');
      await popForm.getByLabel('Đối tượng 3', { exact: true }).fill('15');
      await popForm.getByLabel('Đối tượng 4', { exact: true }).fill('120');
      await popForm.getByRole('button', { name: 'Lưu' }).click();
      await popForm.waitFor({ state: 'hidden' });
      const shares = page.getByTestId('training-shares');
      await expect.poll(() => shares.locator('tr[data-audience="dt4"]').textContent()).toContain('120');

      const day = heldOn();
      await page.getByRole('button', { name: 'Thêm lớp bồi dưỡng' }).click();
      const form = page.getByRole('dialog', { name: 'Thêm lớp bồi dưỡng' });
      await form.getByLabel('Tên lớp').fill(`Lớp bồi dưỡng kiến thức QP-AN đối tượng 4 năm ${YEAR}`);
      await choose(page, form, 'Đối tượng', 'Đối tượng 4');
      await form.getByLabel('Khai giảng').fill(day.typed);
      await form.getByLabel('Kết thúc').fill(day.typed);
      await form.getByLabel('Số người dự kiến').fill('100');
      await form.getByRole('button', { name: 'Lưu kế hoạch' }).click();
      const detail = page.getByTestId('class-detail');
      await detail.waitFor();
      await detail.getByRole('button', { name: 'Ghi kết quả' }).click();
      await detail.getByLabel('Số người tham gia').fill('96');
      const saved = page.waitForResponse((r) =>
        /\/api\/training-classes\/\d+\/result$/.test(new URL(r.url()).pathname),
      );
      await detail.getByRole('button', { name: 'Lưu kết quả' }).click();
      expect((await saved).status()).toBe(200);
      await expect.poll(() => detail.getByTestId('class-facts').textContent()).toContain('tham gia 96');
      await page.keyboard.press('Escape');
      // 96 of the 120 persons of đối tượng 4 in scope: 80 %.
      await expect.poll(() => shares.locator('tr[data-audience="dt4"]').textContent()).toContain('80%');
      const dt4 = (await shares.locator('tr[data-audience="dt4"]').textContent()) ?? '';
      expect(dt4).toContain('120');
      expect(dt4).toContain('96');
      expect(await page.getByText('1 lớp đã tổ chức, 96 lượt người tham gia.').count()).toBe(1);
      // Groups 1–4 together: 96 trained of 135 in scope, the ratio the Chỉ tiêu page shows.
      expect(await shares.locator('tr[data-audience="total"]').textContent()).toBe(
        `Cộng đối tượng 1–4${135}${96}${vnNumber(Math.round((96 / 135) * 1000) / 10)}%`,
      );
      await screenshot(page, 'registers-training-commune');
      await page.close();
    });

    it('shows the province leader the new drill coverage and training indicators, computed, never typed', async () => {
      const page = await session('lanhdao.tinh');
      const after = await provinceFigures(page.request, provinceId);
      const drills = before.get('DT_TY_LE_XA')!;
      const shares = before.get('QPAN_TY_LE_BD')!;
      // Two communes drilled (of the 65 the unit tree counts), 96 of 120 + 15 persons in scope trained.
      expect(figureOf(after, 'DT_XA_DA_DIEN_TAP')).toBe((figureOf(before, 'DT_XA_DA_DIEN_TAP') ?? 0) + 2);
      expect(figureOf(after, 'DV_XA_TONG_SO')).toBe(PROVINCE_COMMUNES);
      expect(figureOf(after, 'DT_TY_LE_XA')).toBe(ratio((drills.numerator ?? 0) + 2, PROVINCE_COMMUNES));
      expect(figureOf(after, 'QPAN_SO_LOP')).toBe((figureOf(before, 'QPAN_SO_LOP') ?? 0) + 1);
      expect(figureOf(after, 'QPAN_TY_LE_BD')).toBe(
        ratio((shares.numerator ?? 0) + 96, (shares.denominator ?? 0) + 135),
      );
      for (const code of ['DT_TY_LE_XA', 'QPAN_TY_LE_BD', 'QPAN_SO_LOP'])
        expect(figureOf(after, code), code).not.toBe(figureOf(before, code));

      await page.getByRole('link', { name: 'Chỉ tiêu', exact: true }).click();
      expect(await summaryRow(page, 'DT_TY_LE_XA')).toContain(
        `${vnNumber(figureOf(after, 'DT_TY_LE_XA')!)}%`,
      );
      expect(await summaryRow(page, 'QPAN_TY_LE_BD')).toContain(
        `${vnNumber(figureOf(after, 'QPAN_TY_LE_BD')!)}%`,
      );
      expect(await summaryRow(page, 'QPAN_SO_LOP')).toContain(
        `${vnNumber(figureOf(after, 'QPAN_SO_LOP')!)} lớp`,
      );
      await screenshot(page, 'registers-figures-after');

      // The rotation shows the two communes drilled this year.
      await openRegister(page, 'Diễn tập');
      await page.getByRole('tab', { name: 'Kế hoạch luân phiên' }).click();
      await expect
        .poll(() => page.getByTestId('rotation-current').textContent())
        .toContain(
          `Năm ${YEAR}: 2/${PROVINCE_COMMUNES} xã, phường đã diễn tập (${vnNumber(Math.round((2 / PROVINCE_COMMUNES) * 1000) / 10)}%)`,
        );
      if (TERM_YEARS.includes(YEAR))
        expect(await page.getByTestId(`rotation-done-${YEAR}`).getAttribute('data-count')).toBe('2');
      const drilledRows = page
        .getByTestId('rotation-grid')
        .locator(`td[data-year="${YEAR}"][data-state="done"]`);
      expect(await drilledRows.count()).toBe(2);
      await screenshot(page, 'registers-rotation-after');
      await page.close();
      expect(pageErrors).toEqual([]);
    });
  },
);
