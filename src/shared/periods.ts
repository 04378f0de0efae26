/** Kinds of reporting period. */
export const PERIOD_TYPES = ['month', 'quarter', 'half_year', 'year', 'term'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

/** A period with its calendar bounds (ISO dates, inclusive). */
export interface Period {
  code: string;
  type: PeriodType;
  start: string;
  end: string;
}

const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const YEAR_MIN = 1945;
const YEAR_MAX = 2100;

/**
 * Reads a period code: "2026", "2026H1", "2026Q3", "2026-03", or a multi-year term "2026-2030".
 * Returns null for anything else.
 */
export function parsePeriod(code: string): Period | null {
  let m = /^(\d{4})$/.exec(code);
  const okYear = (y: number) => y >= YEAR_MIN && y <= YEAR_MAX;
  if (m) {
    const y = Number(m[1]);
    return okYear(y) ? { code, type: 'year', start: iso(y, 1, 1), end: iso(y, 12, 31) } : null;
  }
  m = /^(\d{4})H([12])$/.exec(code);
  if (m) {
    const y = Number(m[1]);
    const h = Number(m[2]);
    return okYear(y)
      ? {
          code,
          type: 'half_year',
          start: iso(y, h === 1 ? 1 : 7, 1),
          end: h === 1 ? iso(y, 6, 30) : iso(y, 12, 31),
        }
      : null;
  }
  m = /^(\d{4})Q([1-4])$/.exec(code);
  if (m) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    return okYear(y)
      ? { code, type: 'quarter', start: iso(y, q * 3 - 2, 1), end: iso(y, q * 3, lastDay(y, q * 3)) }
      : null;
  }
  m = /^(\d{4})-(\d{2})$/.exec(code);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (!okYear(y) || mo < 1 || mo > 12) return null;
    return { code, type: 'month', start: iso(y, mo, 1), end: iso(y, mo, lastDay(y, mo)) };
  }
  m = /^(\d{4})-(\d{4})$/.exec(code);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (!okYear(a) || !okYear(b) || b <= a) return null;
    return { code, type: 'term', start: iso(a, 1, 1), end: iso(b, 12, 31) };
  }
  return null;
}

/**
 * The data window of a period under Nghị định 09/2019: from the 15th of the month before the
 * period to the 14th of its last month. Terms keep their calendar bounds.
 */
export function cutoffWindow(period: Period): { start: string; end: string } {
  if (period.type === 'term') return { start: period.start, end: period.end };
  const [sy, sm] = period.start.split('-').map(Number) as [number, number];
  const [ey, em] = period.end.split('-').map(Number) as [number, number];
  const prevMonth = sm === 1 ? [sy - 1, 12] : [sy, sm - 1];
  return { start: iso(prevMonth[0]!, prevMonth[1]!, 15), end: iso(ey, em, 14) };
}

/** The period of `type` that contains `date` (ISO); terms are not derived from a date. */
export function periodContaining(type: Exclude<PeriodType, 'term'>, date: string): Period {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const code =
    type === 'year'
      ? `${y}`
      : type === 'half_year'
        ? `${y}H${m <= 6 ? 1 : 2}`
        : type === 'quarter'
          ? `${y}Q${Math.ceil(m / 3)}`
          : `${y}-${String(m).padStart(2, '0')}`;
  return parsePeriod(code)!;
}

/** The `count` periods of a type ending with `last` (oldest first), for charts over time. */
export function previousPeriods(last: Period, count: number): Period[] {
  const out: Period[] = [last];
  let current = last;
  while (out.length < count && current.type !== 'term') {
    const dayBefore = new Date(`${current.start}T00:00:00Z`);
    dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
    current = periodContaining(current.type, dayBefore.toISOString().slice(0, 10));
    out.unshift(current);
  }
  return out;
}

/** A period as a Vietnamese document names it: "năm 2026", "6 tháng đầu năm 2026", "giai đoạn 2021 - 2025". */
export function periodPhrase(period: Period): string {
  const y = period.start.slice(0, 4);
  if (period.type === 'year') return `năm ${y}`;
  if (period.type === 'half_year') return `6 tháng ${period.code.endsWith('H1') ? 'đầu' : 'cuối'} năm ${y}`;
  if (period.type === 'quarter')
    return `quý ${['I', 'II', 'III', 'IV'][Number(period.code.slice(-1)) - 1]} năm ${y}`;
  if (period.type === 'month') return `tháng ${period.code.slice(5)}/${y}`;
  return `giai đoạn ${y} - ${period.end.slice(0, 4)}`;
}
