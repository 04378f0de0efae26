import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/server/db/query-rows.ts';
import { type Agent, createTestApp, type TestApp, unitIdByName } from '../helpers/app.ts';
import { testDatabaseKind } from '../helpers/database.ts';

// Concurrent writes to the registers. On PostgreSQL the requests below run at the same time and
// each race is repeated to make an interleaving likely; on PGlite they queue and must still hold.
const ROUNDS = 5;
const PTDS_KINDS = ['ptds_thien_tai', 'ptds_cuu_nan', 'ptds_chay_rung', 'ptds_dich_benh'];

const DRILL = {
  title: 'Diễn tập phòng thủ dân sự',
  plannedFrom: '2030-05-12',
  plannedTo: '2030-05-13',
  organiserText: 'Ban Chỉ đạo diễn tập tỉnh',
  participants: [{ force: 'dan_quan_tu_ve', count: 30 }],
};
const result = (day: string) => ({ actualFrom: day, actualTo: day, grade: 'dat', safe: true });

describe(`register races on ${testDatabaseKind()}`, () => {
  let t: TestApp;
  let officer: Agent;
  let leader: Agent;
  let province: number;
  let dongKinh: number;
  let luongVanTri: number;

  async function figure(code: string, period: string, unitId = province): Promise<number | null> {
    const res = await leader.request({ url: `/api/dashboard?unitId=${unitId}&period=${period}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().indicators.find((i: { code: string }) => i.code === code)?.value ?? null;
  }

  async function plannedDrill(
    unitId: number,
    kind: string,
    plannedFrom = DRILL.plannedFrom,
  ): Promise<number> {
    const res = await officer.request({
      method: 'POST',
      url: '/api/drills',
      payload: { ...DRILL, unitId, kind, plannedFrom, plannedTo: plannedFrom },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id;
  }

  const recordDrill = (id: number, day: string) =>
    officer.request({ method: 'POST', url: `/api/drills/${id}/result`, payload: result(day) });

  async function heldDrills(unitId: number, family: string, year: number): Promise<number> {
    const [row] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from drills
           where unit_id = ${unitId} and status = 'done' and kind like ${`${family}%`}
             and extract(year from actual_from)::int = ${year}`,
    );
    return row!.n;
  }

  beforeAll(async () => {
    // Late in 2030: the years before it (2027-2029) have no number of communes stored yet.
    t = await createTestApp({ now: '2030-12-20T03:00:00Z' });
    officer = await t.signIn('canbo.tinh');
    leader = await t.signIn('lanhdao.tinh');
    province = leader.user.unit.id;
    dongKinh = await unitIdByName(t.database, 'Phường Đông Kinh');
    luongVanTri = await unitIdByName(t.database, 'Phường Lương Văn Tri');
  });
  afterAll(async () => t?.close());

  it('counts every drill of a commune whose results are recorded at the same time', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const ids: number[] = [];
      for (const kind of [...PTDS_KINDS, ...PTDS_KINDS]) ids.push(await plannedDrill(dongKinh, kind));
      const answers = await Promise.all(ids.map((id) => recordDrill(id, '2030-05-12')));
      for (const a of answers) expect(a.statusCode, a.body).toBe(200);
      const held = await heldDrills(dongKinh, 'ptds', 2030);
      expect(held).toBe(2 * PTDS_KINDS.length * (round + 1));
      expect(await figure('DT_PTDS_SO_CUOC', '2030', dongKinh)).toBe(held);
      expect(await figure('DT_PTDS_SO_CUOC', '2030')).toBe(held);
    }
  });

  it('counts the communes once when two communes hold the first drill of a year at once', async () => {
    for (const year of [2027, 2028, 2029]) {
      const day = `${year}-03-10`;
      const ids = [
        await plannedDrill(dongKinh, 'chien_dau_xa', day),
        await plannedDrill(luongVanTri, 'chien_dau_xa', day),
      ];
      const answers = await Promise.all(ids.map((id) => recordDrill(id, day)));
      for (const a of answers) expect(a.statusCode, a.body).toBe(200);
      for (const period of [String(year), `${year}H1`, `${year}H2`])
        expect(await figure('DV_XA_TONG_SO', period), period).toBe(65);
      expect(await figure('DT_XA_DA_DIEN_TAP', String(year))).toBe(2);
      expect(await figure('DT_TY_LE_XA', String(year))).toBe(Math.round((2 / 65) * 10000) / 100);
    }
  });

  it('never leaves a deleted drill counted when its deletion races its result', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const id = await plannedDrill(luongVanTri, 'ptds_chay_rung');
      const [deleted, recorded] = await Promise.all([
        officer.request({ method: 'DELETE', url: `/api/drills/${id}` }),
        recordDrill(id, '2030-05-12'),
      ]);
      const answers = [deleted, recorded];
      // Exactly one wins; the other is refused in Vietnamese (or, after a delete, finds nothing).
      expect(
        answers.filter((a) => a.statusCode < 300),
        `${deleted.body} ${recorded.body}`,
      ).toHaveLength(1);
      for (const loser of answers.filter((a) => a.statusCode >= 300)) {
        expect([403, 404, 409]).toContain(loser.statusCode);
        expect(loser.json().error.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
      }
      const [row] = await queryRows<{ status: string }>(
        t.database.db,
        sql`select status from drills where id = ${id}`,
      );
      expect(row?.status ?? 'gone').toBe(recorded.statusCode === 200 ? 'done' : 'gone');
      const held = await heldDrills(luongVanTri, 'ptds', 2030);
      expect(await figure('DT_PTDS_SO_CUOC', '2030', luongVanTri)).toBe(held === 0 ? null : held);
    }
  });

  it('counts every class of a unit whose results are recorded at the same time', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const ids: number[] = [];
      for (const audience of ['dt4', 'dt3', 'dt4', 'dt3', 'dt4', 'dt3', 'dt4', 'dt3']) {
        const res = await officer.request({
          method: 'POST',
          url: '/api/training-classes',
          payload: {
            unitId: dongKinh,
            title: 'Lớp bồi dưỡng kiến thức QP-AN',
            audience,
            organiserText: 'Ban CHQS phường Đông Kinh',
            startsOn: '2030-04-02',
            endsOn: '2030-04-05',
            plannedParticipants: 100,
          },
        });
        expect(res.statusCode, res.body).toBe(201);
        ids.push(res.json().id);
      }
      const answers = await Promise.all(
        ids.map((id) =>
          officer.request({
            method: 'POST',
            url: `/api/training-classes/${id}/result`,
            payload: { actualParticipants: 10 },
          }),
        ),
      );
      for (const a of answers) expect(a.statusCode, a.body).toBe(200);
      const classes = 8 * (round + 1);
      expect(await figure('QPAN_SO_LOP', '2030', dongKinh)).toBe(classes);
      expect(await figure('QPAN_SO_LOP', '2030')).toBe(classes);
      expect(await figure('QPAN_LUOT_NGUOI', '2030')).toBe(10 * classes);
    }
  });

  it('refuses to move a held class to a start after today', async () => {
    const created = await officer.request({
      method: 'POST',
      url: '/api/training-classes',
      payload: {
        unitId: dongKinh,
        title: 'Lớp bồi dưỡng đối tượng 4',
        audience: 'dt4',
        startsOn: '2030-09-02',
        endsOn: '2030-09-04',
        plannedParticipants: 50,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const done = await officer.request({
      method: 'POST',
      url: `/api/training-classes/${id}/result`,
      payload: { actualParticipants: 40 },
    });
    expect(done.statusCode, done.body).toBe(200);
    const moved = await officer.request({
      method: 'PATCH',
      url: `/api/training-classes/${id}`,
      payload: { startsOn: '2031-01-05', endsOn: '2031-01-06' },
    });
    expect(moved.statusCode, moved.body).toBe(400);
    expect(moved.json().error.message).toBe('Lớp đã tổ chức không thể khai giảng sau hôm nay (20/12/2030).');
    // A class still planned may be moved into the future.
    const planned = await officer.request({
      method: 'POST',
      url: '/api/training-classes',
      payload: {
        unitId: dongKinh,
        title: 'Lớp bồi dưỡng năm sau',
        audience: 'dt4',
        startsOn: '2030-12-22',
        endsOn: '2030-12-23',
        plannedParticipants: 50,
      },
    });
    const later = await officer.request({
      method: 'PATCH',
      url: `/api/training-classes/${planned.json().id}`,
      payload: { startsOn: '2031-01-05', endsOn: '2031-01-06' },
    });
    expect(later.statusCode, later.body).toBe(200);
  });
});
