import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planRotation, type RotationCommune, rotationBounds } from './drill-rotation.ts';

const communes = (n: number, fixed: Record<number, number> = {}): RotationCommune[] =>
  Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    name: `Xã ${i + 1}`,
    lastDrillYear: 2015 + (i % 9),
    fixedYear: fixed[i + 1] ?? null,
  }));

function expectValid(n: number, plan: ReturnType<typeof planRotation>) {
  expect(plan.ok).toBe(true);
  if (!plan.ok) return;
  const all = plan.years.flatMap((y) => y.communeIds);
  expect(all.sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
  for (const y of plan.years) {
    expect(y.communeIds.length, String(y.year)).toBeGreaterThanOrEqual(Math.floor(0.2 * n + 1e-9));
    expect(y.communeIds.length, String(y.year)).toBeLessThanOrEqual(Math.floor(0.25 * n + 1e-9));
  }
}

describe('commune drill rotation', () => {
  it('covers the 65 communes of the demo province once over 2026–2030, 20–25 % a year', () => {
    expectValid(65, planRotation(communes(65), 2026, 2030));
  });

  it('covers a 300-commune province once over five years and keeps communes already drilled in place', () => {
    const plan = planRotation(communes(300, { 1: 2026, 2: 2026, 3: 2027 }), 2026, 2030);
    expectValid(300, plan);
    if (plan.ok) {
      expect(plan.years[0]!.communeIds).toEqual(expect.arrayContaining([1, 2]));
      expect(plan.years[1]!.communeIds).toContain(3);
    }
  });

  it('drills the communes that waited longest first', () => {
    const plan = planRotation(communes(10), 2026, 2030);
    expect(plan.ok && plan.years[0]!.communeIds).toEqual([1, 10]);
  });

  it('plans a province whose communes are not a multiple of five, short of 20 % by less than one commune', () => {
    // 66 communes once over five years average 13.2 a year: 13 is the nearest a year can hold.
    const plan = planRotation(communes(66), 2026, 2030);
    expectValid(66, plan);
    if (plan.ok) {
      expect(plan.years.map((y) => y.communeIds.length).sort()).toEqual([13, 13, 13, 13, 14]);
      expect(Math.min(...plan.years.map((y) => y.share))).toBeGreaterThan(0.19);
    }
    expect(rotationBounds(66)).toEqual({ min: 13, max: 16 });
    expect(rotationBounds(65)).toEqual({ min: 13, max: 16 });
    expect(rotationBounds(300)).toEqual({ min: 60, max: 75 });
  });

  it('says why a term cannot meet the rule, and why a commune cannot stay where it drilled', () => {
    // Seven communes: at most one a year (25 % of 7 is 1.75), so five years hold five.
    expect(planRotation(communes(7), 2026, 2030)).toEqual({
      ok: false,
      reason: 'Không thể chia 7 xã vào 5 năm với 20–25% mỗi năm.',
    });
    expect(planRotation(communes(65, { 4: 2024 }), 2026, 2030)).toEqual({
      ok: false,
      reason: 'Xã 4 đã diễn tập năm 2024, ngoài giai đoạn 2026–2030.',
    });
  });

  it('says why a plan cannot meet the rule', () => {
    expect(planRotation(communes(10), 2026, 2027)).toEqual({
      ok: false,
      reason: 'Không thể chia 10 xã vào 2 năm với 20–25% mỗi năm.',
    });
    const crowded = planRotation(
      communes(20, { 1: 2026, 2: 2026, 3: 2026, 4: 2026, 5: 2026, 6: 2026 }),
      2026,
      2030,
    );
    expect(crowded).toEqual({ ok: false, reason: 'Năm 2026 đã có hơn 5 xã diễn tập (quá 25%).' });
  });

  it('for any province size that fits the rule, places every commune exactly once within the bounds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 800 }), (n) => {
        const plan = planRotation(communes(n), 2026, 2030);
        const fits = Math.floor(0.25 * n + 1e-9) * 5 >= n;
        if (!fits) return !plan.ok;
        expectValid(n, plan);
        return true;
      }),
    );
  });
});
