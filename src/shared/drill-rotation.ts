/** A commune to place in the drill rotation. */
export interface RotationCommune {
  id: number;
  name: string;
  /** Year of its last defence-combat drill before the term, if any (longest ago drills first). */
  lastDrillYear: number | null;
  /** Year within the term it has already drilled (or is fixed to): kept where it is. */
  fixedYear: number | null;
}

/** One year of the plan. */
export interface RotationYear {
  year: number;
  communeIds: number[];
  /** Share of all communes drilling that year, 0–1. */
  share: number;
}

/** A proposed plan, or why none fits the rule. */
export type RotationPlan = { ok: true; years: RotationYear[] } | { ok: false; reason: string };

/**
 * How many of `n` communes a year must hold between under the share rule: ⌊min · n⌋ to ⌊max · n⌋
 * (13–16 of 65, 13–16 of 66 for 20–25 %). The planner and every later adjustment check the same
 * bounds. The floor on the minimum is what makes the rule possible at all: n communes drilling once
 * each over a 5-year term average exactly 20 % a year, so unless n is a multiple of 5 some year must
 * fall short of 20 % — by less than one commune, never more. The maximum is never exceeded.
 */
export function rotationBounds(n: number, minShare = 0.2, maxShare = 0.25): { min: number; max: number } {
  return { min: Math.floor(minShare * n + 1e-9), max: Math.floor(maxShare * n + 1e-9) };
}

/**
 * Proposes which communes drill in which year of a term so that each commune drills exactly once
 * and each year covers between `minShare` and `maxShare` of the communes (the 20–25 % a year
 * rule). Communes already fixed to a year stay there; the rest go, longest-undrilled first, to
 * the years with the most room.
 */
export function planRotation(
  communes: RotationCommune[],
  termStart: number,
  termEnd: number,
  minShare = 0.2,
  maxShare = 0.25,
): RotationPlan {
  const years = Array.from({ length: termEnd - termStart + 1 }, (_, i) => termStart + i);
  const n = communes.length;
  if (n === 0) return { ok: true, years: years.map((year) => ({ year, communeIds: [], share: 0 })) };
  const { min, max } = rotationBounds(n, minShare, maxShare);
  if (min * years.length > n || max * years.length < n) {
    return {
      ok: false,
      reason: `Không thể chia ${n} xã vào ${years.length} năm với ${Math.round(minShare * 100)}–${Math.round(maxShare * 100)}% mỗi năm.`,
    };
  }
  const plan = new Map(years.map((y) => [y, [] as number[]]));
  for (const c of communes) {
    if (c.fixedYear === null) continue;
    const slot = plan.get(c.fixedYear);
    if (!slot)
      return {
        ok: false,
        reason: `${c.name} đã diễn tập năm ${c.fixedYear}, ngoài giai đoạn ${termStart}–${termEnd}.`,
      };
    slot.push(c.id);
  }
  const over = years.find((y) => plan.get(y)!.length > max);
  if (over !== undefined)
    return {
      ok: false,
      reason: `Năm ${over} đã có hơn ${max} xã diễn tập (quá ${Math.round(maxShare * 100)}%).`,
    };
  const free = communes
    .filter((c) => c.fixedYear === null)
    .sort((a, b) => (a.lastDrillYear ?? 0) - (b.lastDrillYear ?? 0) || a.name.localeCompare(b.name, 'vi'));
  // Bring every year up to the minimum first, then spread the rest where there is most room.
  for (const year of years) {
    while (plan.get(year)!.length < min && free.length > 0) plan.get(year)!.push(free.shift()!.id);
  }
  while (free.length > 0) {
    const year = years
      .filter((y) => plan.get(y)!.length < max)
      .sort((a, b) => plan.get(a)!.length - plan.get(b)!.length || a - b)[0];
    if (year === undefined) return { ok: false, reason: 'Không đủ chỗ trong các năm để xếp hết các xã.' };
    plan.get(year)!.push(free.shift()!.id);
  }
  const short = years.find((y) => plan.get(y)!.length < min);
  if (short !== undefined)
    return {
      ok: false,
      reason: `Năm ${short} có ít hơn ${min} xã diễn tập (dưới ${Math.round(minShare * 100)}%).`,
    };
  return {
    ok: true,
    years: years.map((year) => ({ year, communeIds: plan.get(year)!, share: plan.get(year)!.length / n })),
  };
}
