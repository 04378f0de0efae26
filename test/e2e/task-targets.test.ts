import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TDocumentDetail } from '../../src/shared/schemas/documents.ts';
import type { TTask } from '../../src/shared/schemas/tasks.ts';
import { acceptProposals } from '../helpers/documents.ts';
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

// The plan is issued in January of the current year, so its "mỗi năm" target is this year's and a
// drill held on 5 January already lies in the past whenever the test runs after that day.
const YEAR = String(new Date().getFullYear());
const PLAN = `ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN
Số: 45/KH-UBND
Lạng Sơn, ngày 02 tháng 01 năm ${YEAR}
KẾ HOẠCH
Diễn tập chiến đấu phòng thủ xã, phường năm ${YEAR}
Thực hiện Nghị định số 21/2019/NĐ-CP ngày 22/02/2019 của Chính phủ, UBND tỉnh xây dựng kế hoạch như sau:
1. Bộ CHQS tỉnh chủ trì tổ chức diễn tập chiến đấu phòng thủ xã, phường đạt 20 - 25% số xã, phường mỗi năm, xong trước ngày 30/12/${YEAR}.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An`;
const RATE = 'Tỷ lệ xã diễn tập chiến đấu phòng thủ trong năm';

describe.skipIf(shouldSkipBrowserTests('task targets'))(
  "a task's page shows its target moved by the drill register",
  () => {
    let server: TestServer;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let pageErrors: string[];
    let taskId: number;

    beforeAll(async () => {
      browser = await launchBrowser();
      server = await startServer();
      // The province confirms the plan and one ward's drill is recorded as held, all through the API.
      const setup = await browser.newContext({ baseURL: server.baseUrl });
      try {
        const csrf = await apiSignIn(setup.request, 'canbo.tinh');
        const headers = { 'x-csrf-token': csrf };
        const created = await setup.request.post('/api/documents', { headers, data: { text: PLAN } });
        expect(created.status()).toBe(201);
        const documentId = ((await created.json()) as { id: number }).id;
        const doc = (await (
          await setup.request.get(`/api/documents/${documentId}`)
        ).json()) as TDocumentDetail;
        const confirmed = await setup.request.put(`/api/documents/${documentId}/confirm`, {
          headers,
          data: acceptProposals(doc),
        });
        expect(confirmed.status(), await confirmed.text()).toBe(200);
        const tasks = (await (await setup.request.get('/api/tasks', { params: { documentId } })).json()) as {
          items: TTask[];
        };
        expect(tasks.items).toHaveLength(1);
        taskId = tasks.items[0]!.id;
        const ward = await currentUnitId(setup.request, 'Phường Đông Kinh');
        const drill = await setup.request.post('/api/drills', {
          headers,
          data: {
            unitId: ward,
            kind: 'chien_dau_xa',
            title: `Diễn tập chiến đấu phòng thủ phường Đông Kinh năm ${YEAR}`,
            plannedFrom: `${YEAR}-01-05`,
            plannedTo: `${YEAR}-01-06`,
          },
        });
        expect(drill.status(), await drill.text()).toBe(201);
      } finally {
        await setup.close();
      }
      context = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 1366, height: 900 } });
      page = await context.newPage();
      pageErrors = collectPageErrors(page);
    });

    afterAll(async () => {
      await context?.close();
      await browser?.close();
      await server?.stop();
    });

    it('shows the bound, then the share drilled once the ward records its drill in the register', async () => {
      await page.goto('/dang-nhap');
      await signIn(page, 'lanhdao.tinh');
      await page.waitForURL((url) => url.pathname === '/');
      await page.goto(`/nhiem-vu/${taskId}`);
      await page.getByRole('heading', { name: 'Chỉ tiêu của nhiệm vụ' }).waitFor();
      const item = page.getByTestId('task-target');
      expect(await item.count()).toBe(1);
      // The ward's drill is only planned: nothing is drilled yet.
      expect(await item.getAttribute('data-standing')).toBe('noData');
      expect(await item.textContent()).toContain('Chưa có số liệu');

      // The result is recorded in the register; going back shows the task moved, without a reload.
      await item.getByRole('link', { name: 'Tính từ sổ diễn tập' }).click();
      await page.waitForURL(/\/so-dang-ky\/dien-tap/);
      await page
        .getByRole('button', { name: /^Xem chi tiết Diễn tập chiến đấu phòng thủ phường Đông Kinh/ })
        .click();
      const detail = page.getByTestId('drill-detail');
      await detail.getByRole('button', { name: 'Ghi kết quả' }).click();
      await detail.getByRole('combobox', { name: 'Xếp loại', exact: true }).click();
      await page.getByRole('option', { name: 'Khá', exact: true }).click();
      await detail.getByRole('radio', { name: 'An toàn tuyệt đối' }).check();
      await detail.getByRole('button', { name: 'Lưu kết quả' }).click();
      await detail.getByTestId('drill-facts').waitFor();
      await page.keyboard.press('Escape');
      // Back through the register's own history entries (the opened drill is in the address).
      const taskPath = `/nhiem-vu/${taskId}`;
      for (let step = 0; step < 4 && new URL(page.url()).pathname !== taskPath; step += 1)
        await page.goBack();
      expect(new URL(page.url()).pathname).toBe(taskPath);

      await expect.poll(() => item.getAttribute('data-standing')).toBe('below');
      const text = (await item.textContent()) ?? '';
      expect(text).toContain(RATE);
      expect(text).toContain(`Tỉnh Lạng Sơn · Năm ${YEAR}`);
      expect(text).toContain('Chỉ tiêu: 20% – 25%');
      // One ward of the province's 65 communes: 1 ÷ 65 = 1,54 %, in Vietnamese notation.
      expect(await item.getByTestId('task-target-actual').textContent()).toBe('Hiện đạt: 1,54%');
      expect(text).toContain('Chưa đạt');
      // The bar runs towards the minimum to reach: 1,54 of 20.
      const fill = Number(await item.getByRole('progressbar').getAttribute('aria-valuenow'));
      expect(fill).toBeCloseTo((1.54 / 20) * 100, 5);
      await screenshot(page, 'task-targets');
      expect(pageErrors).toEqual([]);
    });
  },
);
