import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/server/db/query-rows.ts';
import { rebuildRollups } from '../../src/server/services/figures/rebuild-rollups.ts';
import { type Agent, createTestApp, type TestApp } from '../helpers/app.ts';
import { testDatabaseKind } from '../helpers/database.ts';

async function snapshot(t: TestApp) {
  return queryRows<{ k: string; total: number; maximum: number | null; contributors: number }>(
    t.database.db,
    sql`select indicator_id || '|' || category || '|' || unit_id || '|' || period_code as k,
               total::float8 as total, maximum::float8 as maximum, contributors
          from data_rollups where contributors > 0 order by 1`,
  );
}

describe(`maintained roll-ups equal a recomputation on ${testDatabaseKind()}`, () => {
  let t: TestApp;
  let officer: Agent;
  let units: number[];
  let indicators: number[];
  let setId: number;
  beforeAll(async () => {
    t = await createTestApp({ now: '2026-06-20T03:00:00Z' });
    officer = await t.signIn('canbo.tinh');
    const list = (
      await officer.request({ url: `/api/units?parentId=${officer.user.unit.id}&limit=200` })
    ).json();
    units = list.items.slice(0, 6).map((u: { id: number }) => u.id);
    const catalogue = (await officer.request({ url: '/api/indicators' })).json();
    setId = catalogue.sets.find((s: { code: string }) => s.code === 'QPQSDP_NAM').id;
    indicators = ['CS_KINH_PHI', 'CT_THAO_TRUONG_KH', 'CS_HO_SO_GIAI_QUYET'].map(
      (code) => catalogue.indicators.find((i: { code: string }) => i.code === code).id,
    );
  });
  afterAll(async () => t?.close());

  it('after any sequence of writes, clears and corrections', async () => {
    const write = fc.record({
      unit: fc.integer({ min: 0, max: 5 }),
      indicator: fc.integer({ min: 0, max: 2 }),
      value: fc.option(fc.integer({ min: 0, max: 1000 }), { freq: 4 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 25 }), async (writes) => {
        for (const w of writes) {
          const res = await officer.request({
            method: 'PUT',
            url: '/api/figures/grid',
            payload: {
              unitId: units[w.unit],
              setId,
              period: '2026',
              cells: [{ indicatorId: indicators[w.indicator], category: '', value: w.value }],
            },
          });
          expect(res.statusCode).toBe(200);
        }
        const maintained = await snapshot(t);
        await rebuildRollups(t.database.db);
        expect(await snapshot(t)).toEqual(maintained);
      }),
      { numRuns: 8 },
    );
  });
});
