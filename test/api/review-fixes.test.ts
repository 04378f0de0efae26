import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/server/db/query-rows.ts';
import { type Agent, createTestApp, type TestApp, unitIdByName } from '../helpers/app.ts';
import { testDatabaseKind } from '../helpers/database.ts';

const VIETNAMESE = /[ạảãáàâấầẩẫậăắằẳẵặẹẻẽéèêếềểễệịỉĩíìọỏõóòôốồổỗộơớờởỡợụủũúùưứừửữựỵỷỹýỳđ]/i;

const PROVINCE_PLAN = `ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN
Số: 211/KH-UBND
Lạng Sơn, ngày 12 tháng 10 năm 2026
KẾ HOẠCH
Huấn luyện dân quân tự vệ năm 2027
1. Bộ CHQS tỉnh chủ trì tổ chức huấn luyện dân quân tự vệ, xong trước ngày 30/11/2027.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An`;

/**
 * Checks of the review's findings: dates PostgreSQL cannot store, sources of targets and tasks
 * outside the actor's scope, and (on PostgreSQL, where two transactions really overlap) writes
 * that must see what a concurrent transaction committed while they waited for its lock.
 */
describe(`review fixes on ${testDatabaseKind()}`, () => {
  let t: TestApp;
  let provinceLeader: Agent;
  let communeLeader: Agent;
  let province: number;
  let dongKinh: number;
  let luongVanTri: number;
  let provinceAgencyId: number;
  let communeAgencyId: number;

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-09-20T03:00:00Z' });
    provinceLeader = await t.signIn('lanhdao.tinh');
    communeLeader = await t.signIn('lanhdao.dongkinh');
    province = provinceLeader.user.unit.id;
    dongKinh = communeLeader.user.unit.id;
    luongVanTri = await unitIdByName(t.database, 'Phường Lương Văn Tri');
    const agencyOf = async (unitId: number) =>
      (await provinceLeader.request({ url: `/api/units/${unitId}` }))
        .json()
        .agencies.find((a: { kind: string }) => a.kind === 'military_command').id as number;
    provinceAgencyId = await agencyOf(province);
    communeAgencyId = await agencyOf(dongKinh);
  });
  afterAll(async () => t?.close());

  it('answers 400 in Vietnamese for conference dates PostgreSQL cannot store (year 0000)', async () => {
    const res = await provinceLeader.request({
      method: 'POST',
      url: '/api/conferences',
      payload: {
        unitId: province,
        kind: 'so_ket',
        title: 'Hội nghị sơ kết',
        periodCode: '2026H1',
        dueOn: '0000-06-30',
      },
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.message).toMatch(VIETNAMESE);
    const plan = await provinceLeader.request({
      method: 'POST',
      url: '/api/conferences/plan',
      payload: {
        unitId: province,
        kind: 'so_ket',
        title: 'Hội nghị sơ kết',
        periodCode: '2026H1',
        dueOn: '2026-08-30',
        communeDueOn: '0000-07-31',
      },
    });
    expect(plan.statusCode, plan.body).toBe(400);
  });

  describe('a province conference whose conclusions became a province task and a commune task', () => {
    let conferenceId: number;
    let provinceTaskId: number;
    let communeTaskId: number;

    beforeAll(async () => {
      const created = await provinceLeader.request({
        method: 'POST',
        url: '/api/conferences',
        payload: {
          unitId: province,
          kind: 'so_ket',
          title: 'Hội nghị sơ kết tỉnh 6 tháng',
          periodCode: '2026H1',
        },
      });
      expect(created.statusCode, created.body).toBe(201);
      conferenceId = created.json().id;
      const toTask = async (text: string, leadAgencyId: number) => {
        const conclusion = await provinceLeader.request({
          method: 'POST',
          url: `/api/conferences/${conferenceId}/conclusions`,
          payload: { text },
        });
        expect(conclusion.statusCode, conclusion.body).toBe(201);
        const task = await provinceLeader.request({
          method: 'POST',
          url: `/api/conferences/${conferenceId}/conclusions/${conclusion.json().id}/task`,
          payload: { leadAgencyId, dueOn: '2026-12-31' },
        });
        expect(task.statusCode, task.body).toBe(201);
        return task.json().taskId as number;
      };
      provinceTaskId = await toTask('Kiện toàn Ban chỉ huy quân sự các cơ quan của tỉnh.', provinceAgencyId);
      communeTaskId = await toTask(
        'Phường Đông Kinh hoàn thành diễn tập chiến đấu phòng thủ.',
        communeAgencyId,
      );
    });

    it('names the conference on a commune task only to those who may open the conference', async () => {
      const forCommune = await communeLeader.request({ url: `/api/tasks/${communeTaskId}` });
      expect(forCommune.statusCode, forCommune.body).toBe(200);
      expect(forCommune.json().conference).toBeNull();
      expect((await communeLeader.request({ url: `/api/conferences/${conferenceId}` })).statusCode).toBe(404);
      const listed = (await communeLeader.request({ url: '/api/tasks?view=all' })).json().items;
      expect(listed.find((x: { id: number }) => x.id === communeTaskId).conference).toBeNull();
      const forProvince = await provinceLeader.request({ url: `/api/tasks/${communeTaskId}` });
      expect(forProvince.json().conference).toMatchObject({
        id: conferenceId,
        title: 'Hội nghị sơ kết tỉnh 6 tháng',
      });
    });

    it('refuses a target whose source task or document lies outside the actor’s scope (404), writing nothing', async () => {
      const indicators = (await provinceLeader.request({ url: '/api/indicators' })).json().indicators;
      const indicatorId = indicators.find((i: { code: string }) => i.code === 'QPAN_LUOT_NGUOI').id;
      const doc = await provinceLeader.request({
        method: 'POST',
        url: '/api/documents',
        payload: { text: PROVINCE_PLAN, unitId: province },
      });
      expect(doc.statusCode, doc.body).toBe(201);
      const target = (source: Record<string, number>) =>
        communeLeader.request({
          method: 'POST',
          url: '/api/targets',
          payload: { indicatorId, unitId: dongKinh, period: '2027', min: 5, ...source },
        });
      const count = async () =>
        (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from targets`))[0]!.n;
      const before = await count();

      const foreignTask = await target({ sourceTaskId: provinceTaskId });
      expect(foreignTask.statusCode, foreignTask.body).toBe(404);
      expect(foreignTask.json().error.message).toMatch(VIETNAMESE);
      expect((await target({ sourceTaskId: 987_654 })).statusCode).toBe(404);
      const foreignDoc = await target({ sourceDocumentId: doc.json().id });
      expect(foreignDoc.statusCode, foreignDoc.body).toBe(404);
      expect(foreignDoc.json().error.message).toMatch(VIETNAMESE);
      expect(await count()).toBe(before);
      const onProvinceTask = await provinceLeader.request({ url: `/api/tasks/${provinceTaskId}` });
      expect(onProvinceTask.json().targets).toEqual([]);

      // The commune's own task is a source it may give.
      const own = await target({ sourceTaskId: communeTaskId });
      expect(own.statusCode, own.body).toBe(201);
      const onOwnTask = await communeLeader.request({ url: `/api/tasks/${communeTaskId}` });
      expect(onOwnTask.json().targets).toHaveLength(1);
      // The province, whose subtree holds both, may tie a target to its own document.
      const provinceTarget = await provinceLeader.request({
        method: 'POST',
        url: '/api/targets',
        payload: { indicatorId, unitId: province, period: '2027', min: 40, sourceDocumentId: doc.json().id },
      });
      expect(provinceTarget.statusCode, provinceTarget.body).toBe(201);
    });
  });

  // Two transactions only overlap on PostgreSQL: PGlite has one connection.
  const onPostgres = testDatabaseKind() === 'postgres';
  describe('against a transaction committed while it waited', () => {
    let blocker: pg.Client;
    beforeAll(async () => {
      if (!onPostgres) return;
      const [{ name }] = (await queryRows<{ name: string }>(
        t.database.db,
        sql`select current_database() as name`,
      )) as [{ name: string }];
      const url = new URL(process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? '');
      url.pathname = `/${name}`;
      blocker = new pg.Client({ connectionString: url.toString() });
      await blocker.connect();
    });
    afterAll(async () => blocker?.end());

    /** Waits until some other session of this database waits for a lock, so the race is set. */
    const untilSomeoneWaits = async () => {
      for (let i = 0; i < 200; i++) {
        const { rows } = await blocker.query(
          `select count(*)::int as n from pg_stat_activity
            where datname = current_database() and pid <> pg_backend_pid() and wait_event_type = 'Lock'`,
        );
        if (rows[0].n > 0) return;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error('no request waited for the lock');
    };

    it.skipIf(!onPostgres)('does not let two splits of one quota add up to more than it', async () => {
      const set = await provinceLeader.request({
        method: 'PUT',
        url: '/api/conscription/quotas',
        payload: { year: 2027, unitId: province, quota: 30 },
      });
      expect(set.statusCode, set.body).toBe(200);
      // A first split (Đông Kinh 30) holds the province's row and has added its part, uncommitted.
      await blocker.query('begin');
      await blocker.query('select 1 from conscription_years where unit_id = $1 and year = 2027 for update', [
        province,
      ]);
      await blocker.query(
        'insert into conscription_years (unit_id, year, quota, updated_by) values ($1, 2027, 30, $2)',
        [dongKinh, provinceLeader.user.id],
      );
      const second = provinceLeader.request({
        method: 'PUT',
        url: '/api/conscription/quotas',
        payload: { year: 2027, unitId: province, allocations: [{ unitId: luongVanTri, quota: 30 }] },
      });
      await untilSomeoneWaits();
      await blocker.query('commit');
      const res = await second;
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.message).toContain('(60)');
      const parts = await queryRows<{ total: number }>(
        t.database.db,
        sql`select coalesce(sum(c.quota), 0)::int as total from conscription_years c join units u on u.id = c.unit_id
             where c.year = 2027 and u.parent_id = ${province}`,
      );
      expect(parts[0]!.total).toBe(30);
    });

    it.skipIf(!onPostgres)(
      'does not let the award quota drop below a proposal attached while it waited',
      async () => {
        const created = await provinceLeader.request({
          method: 'POST',
          url: '/api/conferences',
          payload: {
            unitId: province,
            kind: 'tong_ket',
            title: 'Hội nghị tổng kết năm 2026',
            periodCode: '2026',
            awardQuotaIndividual: 3,
          },
        });
        expect(created.statusCode, created.body).toBe(201);
        const conferenceId = created.json().id as number;
        // A proposal being attached holds the conference's row; the change waits for it.
        await blocker.query('begin');
        await blocker.query('select 1 from conferences where id = $1 for update', [conferenceId]);
        await blocker.query(
          `insert into award_proposals (unit_id, conference_id, nominee_kind, nominee_name, award_code, achievements)
         values ($1, $2, 'individual', 'Nguyễn Văn Bình', 'hcbvtq_1', 'Hoàn thành xuất sắc nhiệm vụ')`,
          [province, conferenceId],
        );
        const lowering = provinceLeader.request({
          method: 'PATCH',
          url: `/api/conferences/${conferenceId}`,
          payload: { awardQuotaIndividual: 0 },
        });
        await untilSomeoneWaits();
        await blocker.query('commit');
        const res = await lowering;
        expect(res.statusCode, res.body).toBe(409);
        expect(res.json().error.message).toContain('đã có 1 đề nghị');
      },
    );
  });
});
