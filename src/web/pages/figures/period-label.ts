import { type PeriodType, parsePeriod } from '../../../shared/periods.ts';
import type { FiguresKey, FiguresTranslateFn } from '../../i18n/figures-messages.ts';

/** Kinds of period the picker offers (terms come only from targets set in documents). */
export const PICKABLE_PERIOD_TYPES = ['year', 'half_year', 'quarter', 'month'] as const;
/** A kind of period the picker offers. */
export type PickablePeriodType = (typeof PICKABLE_PERIOD_TYPES)[number];

/** A period split into what the picker shows: its type, year and part (half, quarter or month). */
export interface PeriodParts {
  type: PickablePeriodType;
  year: number;
  /** 1–2 for halves, 1–4 for quarters, 1–12 for months; 1 for years. */
  part: number;
}

const HALF_KEYS = ['period.half1', 'period.half2'] as const satisfies FiguresKey[];
const QUARTER_KEYS = ['period.q1', 'period.q2', 'period.q3', 'period.q4'] as const satisfies FiguresKey[];

/** The picker's view of a period code, or null for a term or anything unreadable. */
export function periodParts(code: string): PeriodParts | null {
  const period = parsePeriod(code);
  if (!period || period.type === 'term') return null;
  const year = Number(code.slice(0, 4));
  const month = Number(period.start.slice(5, 7));
  const part =
    period.type === 'half_year'
      ? month <= 6
        ? 1
        : 2
      : period.type === 'quarter'
        ? Math.ceil(month / 3)
        : period.type === 'month'
          ? month
          : 1;
  return { type: period.type, year, part };
}

/** How many parts a year has for a type: 2 halves, 4 quarters, 12 months, 1 year. */
export function partCount(type: PickablePeriodType): number {
  return type === 'half_year' ? 2 : type === 'quarter' ? 4 : type === 'month' ? 12 : 1;
}

/** The period code of picker parts: 2026, 2026H1, 2026Q2, 2026-03. A part out of range is clamped. */
export function periodCode({ type, year, part }: PeriodParts): string {
  const p = Math.min(Math.max(1, Math.trunc(part)), partCount(type));
  if (type === 'half_year') return `${year}H${p}`;
  if (type === 'quarter') return `${year}Q${p}`;
  if (type === 'month') return `${year}-${String(p).padStart(2, '0')}`;
  return String(year);
}

/** The current year's code, the period most pages open on. */
export function currentYearCode(today: Date = new Date()): string {
  return String(today.getFullYear());
}

/** A period code from the URL when it is one the picker can show, else the current year. */
export function periodFromParam(raw: string | null, today: Date = new Date()): string {
  return raw && periodParts(raw) ? raw : currentYearCode(today);
}

/** The kind of a period code (year, half_year…), or null when unreadable. */
export function periodTypeOf(code: string): PeriodType | null {
  return parsePeriod(code)?.type ?? null;
}

/**
 * A period as officials write it: "Năm 2026", "6 tháng đầu năm 2026", "Quý II/2026",
 * "Tháng 03/2026", "Giai đoạn 2026–2030". Unreadable codes are shown as they are.
 */
export function periodLabel(code: string, t: FiguresTranslateFn): string {
  const period = parsePeriod(code);
  if (!period) return code;
  const year = code.slice(0, 4);
  const month = Number(period.start.slice(5, 7));
  switch (period.type) {
    case 'year':
      return t('period.year', { year });
    case 'half_year':
      return t(HALF_KEYS[month <= 6 ? 0 : 1], { year });
    case 'quarter':
      return t(QUARTER_KEYS[Math.ceil(month / 3) - 1]!, { year });
    case 'month':
      return t('period.month', { month: String(month).padStart(2, '0'), year });
    case 'term':
      return t('period.term', { from: year, to: period.end.slice(0, 4) });
  }
}
