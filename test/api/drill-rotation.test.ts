import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProvince } from '../factories/provinces.ts';
import { buildUser } from '../factories/users.ts';
import { type Agent, createTestApp, type TestApp } from '../helpers/app.ts';
import { testDatabaseKind } from '../helpers/database.ts';

interface Rotation {
  plan: { id: number } | null;
  bounds: { min: number; max: number };
  communes: {
    id: number;
    name: string;
    plannedYear: number | null;
    doneYear: number | null;
    scheduledYears: number[];
  }[];
  years: {
    year: number;
    planned: number;
    plannedShare: number;
    done: number;
    isWithinBand: boolean;
    withDrill: number;
  }[];
  current: { year: number; communes: number; drilled: number; share: number };
  actions: { propose: boolean; adjust: boolean };
}

const TERM = { termFrom: 2026, termTo: 2030 };
const YEARS = [2026, 2027, 2028, 2029, 2030];

/** Every commune once, in a year of the term, and each year within ⌊20 %·n⌋…⌊25 %·n⌋. */
function expectCoversOnce(rotation: Rotation, n: number) {
  expect(rotation.communes).toHaveLength(n);
  const min = Math.floor(0.2 * n + 1e-9);
  const max = Math.floor(0.25 * n + 1e-9);
  expect(rotation.bounds).toEqual({ min, max });
  for (const c of rotation.communes) expect(YEARS, c.name).toContain(c.plannedYear);
  expect(rotation.years.map((y) => y.year)).toEqual(YEARS);
  expect(rotation.years.reduce((sum, y) => sum + y.planned, 0)).toBe(n);
  for (const y of rotation.years) {
    expect(y.planned, String(y.year)).toBeGreaterThanOrEqual(min);
    expect(y.planned, String(y.year)).toBeLessThanOrEqual(max);
    expect(y.planned).toBe(rotation.communes.filter((c) => c.plannedYear === y.year).length);
    expect(y.isWithinBand).toBe(true);
  }
}

describe(`commune drill rotation on ${testDatabaseKind()}`, () => {
  let t: TestApp;
  let leader: Agent;
  let province: number;
  let dongKinh: number;

  const get = async (agent: Agent, unitId: number, term = TERM) =>
    agent.request({
      url: `/api/drill-rotation?unitId=${unitId}&termFrom=${term.termFrom}&termTo=${term.termTo}`,
    });
  const propose = async (agent: Agent, unitId: number, term = TERM) =>
    agent.request({ method: 'POST', url: '/api/drill-rotation', payload: { unitId, ...term } });
  const move = async (
    agent: Agent,
    planId: number,
    communeId: number,
    year: number,
    swapWithCommuneId?: number,
  ) =>
    agent.request({
      method: 'PUT',
      url: `/api/drill-rotation/${planId}/communes/${communeId}`,
      payload: { year, swapWithCommuneId },
    });

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-06-20T03:00:00Z' });
    leader = await t.signIn('lanhdao.tinh');
    province = leader.user.unit.id;
    dongKinh = (await t.signIn('canbo.dongkinh')).user.unit.id;
  });
  afterAll(async () => t?.close());

  it('shows the communes and this year’s coverage before any plan exists', async () => {
    const res = await get(leader, province);
    expect(res.statusCode, res.body).toBe(200);
    const rotation = res.json() as Rotation;
    expect(rotation.plan).toBeNull();
    expect(rotation.communes).toHaveLength(65);
    expect(rotation.bounds).toEqual({ min: 13, max: 16 });
    expect(rotation.communes.every((c) => c.plannedYear === null)).toBe(true);
    expect(rotation.current).toEqual({ year: 2026, communes: 65, drilled: 0, share: 0 });
    expect(rotation.actions).toEqual({ propose: true, adjust: false });
  });

  it('refuses what is not a province’s plan, and keeps officers and other units out', async () => {
    const commune = await propose(leader, dongKinh);
    expect(commune.statusCode).toBe(400);
    expect(commune.json().error.message).toBe(
      'Kế hoạch luân phiên diễn tập lập cho cấp tỉnh: hãy chọn một tỉnh, thành phố.',
    );
    const officer = await propose(await t.signIn('canbo.tinh'), province);
    expect(officer.statusCode).toBe(403);
    expect(officer.json().error.message).toMatch(/Chỉ lãnh đạo/);
    expect((await get(await t.signIn('canbo.tinh'), province)).json().actions.propose).toBe(false);
    const communeLeader = await t.signIn('lanhdao.dongkinh');
    expect((await propose(communeLeader, province)).statusCode).toBe(404);
    expect((await get(communeLeader, province)).statusCode).toBe(404);
    for (const [term, message] of [
      [{ termFrom: 2030, termTo: 2026 }, /Năm cuối giai đoạn phải trùng hoặc sau năm đầu/],
      [{ termFrom: 2026, termTo: 2040 }, /Giai đoạn dài tối đa 10 năm/],
      [{ termFrom: 1990, termTo: 1994 }, /Năm phải từ 2000/],
    ] as const) {
      const res = await propose(leader, province, term);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toMatch(message);
    }
    const impossible = await propose(leader, province, { termFrom: 2026, termTo: 2027 });
    expect(impossible.statusCode).toBe(409);
    expect(impossible.json().error.message).toBe('Không thể chia 65 xã vào 2 năm với 20–25% mỗi năm.');
    expect((await get(leader, province, { termFrom: 2026, termTo: 2027 })).json().plan).toBeNull();
  });

  it('plans the 65 communes of the demo province once over 2026–2030, 13–16 a year', async () => {
    const res = await propose(leader, province);
    expect(res.statusCode, res.body).toBe(200);
    const rotation = res.json() as Rotation;
    expect(rotation.plan).not.toBeNull();
    expectCoversOnce(rotation, 65);
    expect(rotation.actions).toEqual({ propose: true, adjust: true });
    expect((await get(leader, province)).json()).toEqual(rotation);
  });

  it('keeps every year within 20–25 % under any sequence of moves and swaps (property over the API)', async () => {
    const start = (await get(leader, province)).json() as Rotation;
    const planId = start.plan!.id;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            commune: fc.nat({ max: 64 }),
            year: fc.constantFrom(...YEARS),
            partner: fc.option(fc.nat({ max: 64 }), { nil: undefined }),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        async (steps) => {
          for (const step of steps) {
            const before = (await get(leader, province)).json() as Rotation;
            const commune = before.communes[step.commune]!;
            const inTarget = before.communes.filter((c) => c.plannedYear === step.year);
            const partner = step.partner === undefined ? undefined : inTarget[step.partner % inTarget.length];
            const res = await move(leader, planId, commune.id, step.year, partner?.id);
            const count = (y: number | null) => before.communes.filter((c) => c.plannedYear === y).length;
            if (commune.plannedYear === step.year) {
              expect(res.statusCode).toBe(400);
              expect(res.json().error.message).toBe(`${commune.name} đã ở năm ${step.year} trong kế hoạch.`);
            } else if (partner) {
              expect(res.statusCode, res.body).toBe(200);
              const after = res.json() as Rotation;
              expect(after.communes.find((c) => c.id === commune.id)!.plannedYear).toBe(step.year);
              expect(after.communes.find((c) => c.id === partner.id)!.plannedYear).toBe(commune.plannedYear);
            } else {
              const fits =
                count(commune.plannedYear) - 1 >= before.bounds.min &&
                count(step.year) + 1 <= before.bounds.max;
              expect(res.statusCode, res.body).toBe(fits ? 200 : 409);
              if (!fits)
                expect(res.json().error.message).toMatch(
                  /^Không chuyển được: năm \d{4} sẽ .*Hãy chọn một xã của năm \d{4} để đổi chỗ\.$/,
                );
            }
            expectCoversOnce((await get(leader, province)).json() as Rotation, 65);
          }
        },
      ),
      { numRuns: 8 },
    );
    // 65 = 5 × 13: every year sits on the minimum, so a plain move can never keep the band.
    const now = (await get(leader, province)).json() as Rotation;
    const c = now.communes.find((x) => x.plannedYear === 2027)!;
    const refused = await move(leader, planId, c.id, 2028);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe(
      'Không chuyển được: năm 2027 sẽ chỉ còn 12/65 xã (18,5%), dưới 20%. Hãy chọn một xã của năm 2028 để đổi chỗ.',
    );
    const outOfTerm = await move(leader, planId, c.id, 2031);
    expect(outOfTerm.statusCode).toBe(400);
    expect(outOfTerm.json().error.message).toBe('Năm phải trong giai đoạn 2026–2030.');
    const badPartner = await move(
      leader,
      planId,
      c.id,
      2028,
      now.communes.find((x) => x.plannedYear === 2029)!.id,
    );
    expect(badPartner.statusCode).toBe(400);
    expect(badPartner.json().error.message).toBe(
      'Xã, phường được chọn để đổi chỗ không thuộc năm 2028 của kế hoạch.',
    );
    expect((await move(await t.signIn('lanhdao.dongkinh'), planId, c.id, 2028)).statusCode).toBe(404);
    expect((await move(await t.signIn('canbo.tinh'), planId, c.id, 2028)).statusCode).toBe(403);
    const audit = (
      await leader.request({
        url: `/api/audit?entityType=drill_rotation_plan&entityId=${planId}&pageSize=200`,
      })
    ).json();
    const actions = new Set(audit.items.map((e: { action: string }) => e.action));
    expect(actions.has('propose')).toBe(true);
    expect(actions.has('swap')).toBe(true);
  });

  it('keeps a commune that drilled in the year it drilled, and refuses to move it', async () => {
    const officer = await t.signIn('canbo.dongkinh');
    const before = (await get(leader, province)).json() as Rotation;
    const planId = before.plan!.id;
    // Put Đông Kinh in a later year first, then record its drill this year.
    const dk = before.communes.find((c) => c.id === dongKinh)!;
    if (dk.plannedYear !== 2029) {
      const partner = before.communes.find((c) => c.plannedYear === 2029)!;
      expect((await move(leader, planId, dongKinh, 2029, partner.id)).statusCode).toBe(200);
    }
    const drill = await officer.request({
      method: 'POST',
      url: '/api/drills',
      payload: {
        unitId: dongKinh,
        kind: 'chien_dau_xa',
        title: 'Diễn tập chiến đấu phường Đông Kinh',
        plannedFrom: '2026-05-12',
        plannedTo: '2026-05-13',
      },
    });
    const done = await officer.request({
      method: 'POST',
      url: `/api/drills/${drill.json().id}/result`,
      payload: { actualFrom: '2026-05-12', actualTo: '2026-05-13', grade: 'kha', safe: true },
    });
    expect(done.statusCode, done.body).toBe(200);
    const seen = (await get(leader, province)).json() as Rotation;
    expect(seen.communes.find((c) => c.id === dongKinh)).toMatchObject({ doneYear: 2026, plannedYear: 2029 });
    expect(seen.years.find((y) => y.year === 2026)!.done).toBe(1);
    expect(seen.current).toMatchObject({ year: 2026, communes: 65, drilled: 1 });

    const reproposed = (await propose(leader, province)).json() as Rotation;
    expectCoversOnce(reproposed, 65);
    expect(reproposed.plan!.id).toBe(planId);
    expect(reproposed.communes.find((c) => c.id === dongKinh)!.plannedYear).toBe(2026);
    const partner = reproposed.communes.find((c) => c.plannedYear === 2027)!;
    const pinned = await move(leader, planId, dongKinh, 2027, partner.id);
    expect(pinned.statusCode).toBe(409);
    expect(pinned.json().error.message).toBe(
      'Phường Đông Kinh đã diễn tập năm 2026: không chuyển sang năm khác được.',
    );
  });

  it('enters the planned drills of a year once, and a commune with a drill entered keeps its year', async () => {
    const rotation = (await get(leader, province)).json() as Rotation;
    const planId = rotation.plan!.id;
    const of2027 = rotation.communes.filter((c) => c.plannedYear === 2027);
    const first = await leader.request({
      method: 'POST',
      url: `/api/drill-rotation/${planId}/years/2027/drills`,
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ created: of2027.length, existing: 0 });
    const again = await leader.request({
      method: 'POST',
      url: `/api/drill-rotation/${planId}/years/2027/drills`,
    });
    expect(again.json()).toEqual({ created: 0, existing: of2027.length });
    const listed = (
      await leader.request({ url: '/api/drills?year=2027&kind=chien_dau_xa&status=planned&pageSize=200' })
    ).json();
    expect(listed.total).toBe(of2027.length);
    expect(listed.items[0]).toMatchObject({ plannedFrom: '2027-01-01', plannedTo: '2027-12-31' });
    const badDates = await leader.request({
      method: 'POST',
      url: `/api/drill-rotation/${planId}/years/2028/drills`,
      payload: { plannedFrom: '2029-03-01', plannedTo: '2029-03-02' },
    });
    expect(badDates.statusCode).toBe(400);
    expect(badDates.json().error.message).toBe('Ngày dự kiến (01/03/2029) phải trong năm 2028.');
    const outOfTerm = await leader.request({
      method: 'POST',
      url: `/api/drill-rotation/${planId}/years/2031/drills`,
    });
    expect(outOfTerm.statusCode).toBe(400);

    const after = (await get(leader, province)).json() as Rotation;
    expect(after.years.find((y) => y.year === 2027)!.withDrill).toBe(of2027.length);
    const scheduled = after.communes.find((c) => c.plannedYear === 2027)!;
    expect(scheduled.scheduledYears).toEqual([2027]);
    const partner = after.communes.find((c) => c.plannedYear === 2028)!;
    const refused = await move(leader, planId, scheduled.id, 2028, partner.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe(
      `${scheduled.name} đã có cuộc diễn tập dự kiến năm 2027 trong sổ diễn tập: hãy đổi ngày hoặc hủy cuộc diễn tập đó trước.`,
    );
    const reproposed = (await propose(leader, province)).json() as Rotation;
    expectCoversOnce(reproposed, 65);
    for (const c of of2027) expect(reproposed.communes.find((x) => x.id === c.id)!.plannedYear).toBe(2027);

    const xlsx = await leader.request({
      url: `/api/drill-rotation.xlsx?unitId=${province}&termFrom=2026&termTo=2030`,
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toMatch(
      /^attachment; filename="luan-phien-dien-tap-2026-2030.xlsx"/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      'STT',
      'Xã, phường',
      '2026',
      '2027',
      '2028',
      '2029',
      '2030',
      'Lần diễn tập trước giai đoạn',
    ]);
    const dkRow = Array.from({ length: 65 }, (_, i) => sheet.getRow(4 + i)).find(
      (r) => r.getCell(2).value === 'Phường Đông Kinh',
    )!;
    expect(dkRow.getCell(3).value).toBe('Đã DT');
    expect(sheet.getRow(4 + 65).getCell(2).value).toBe('Số xã theo kế hoạch');
  });

  it('plans a 300-commune province once over five years, 60–75 a year, and says why a short term cannot', async () => {
    const synthetic = await buildProvince(t.database.db, { communes: 300 });
    await buildUser(t.database.db, {
      agencyId: synthetic.agencyId,
      username: 'lanhdao.thu300',
      role: 'leader',
      password: 'mat-khau-thu-300',
    });
    const other = await t.signIn('lanhdao.thu300', 'mat-khau-thu-300');
    const res = await propose(other, synthetic.id);
    expect(res.statusCode, res.body).toBe(200);
    const rotation = res.json() as Rotation;
    expectCoversOnce(rotation, 300);
    expect(rotation.bounds).toEqual({ min: 60, max: 75 });
    expect(new Set(rotation.communes.map((c) => c.id))).toEqual(new Set(synthetic.communeIds));
    // The two provinces never see each other's plans.
    expect((await get(other, province)).statusCode).toBe(404);
    expect((await move(other, (await get(leader, province)).json().plan.id, dongKinh, 2027)).statusCode).toBe(
      404,
    );
    const short = await propose(other, synthetic.id, { termFrom: 2026, termTo: 2028 });
    expect(short.statusCode).toBe(409);
    expect(short.json().error.message).toBe('Không thể chia 300 xã vào 3 năm với 20–25% mỗi năm.');
  });
});
