import type { TDashboardIndicator } from '../../../shared/schemas/figures.ts';
import type { TTarget } from '../../../shared/schemas/targets.ts';
import { parseVietnameseNumber } from '../../../shared/vietnamese-number.ts';
import type { CompletenessUnit } from '../../api/figures.ts';
import type { FiguresKey, FiguresTranslateFn } from '../../i18n/figures-messages.ts';

/** A target's bounds as the API gives them. */
export interface Bounds {
  min: number | null;
  max: number | null;
}

/** How a figure stands against its target. */
export type FigureStatus = 'met' | 'below' | 'above' | 'noData' | 'noTarget';

/** Badge colour of each status: red is kept for "below target" alone, so it stands out. */
export const STATUS_COLORS: Record<FigureStatus, string> = {
  met: 'green',
  below: 'red',
  above: 'orange',
  noData: 'gray',
  noTarget: 'gray',
};

/** Message key of each status. */
export const STATUS_KEYS: Record<FigureStatus, FiguresKey> = {
  met: 'status.met',
  below: 'status.below',
  above: 'status.above',
  noData: 'status.noData',
  noTarget: 'status.noTarget',
};

/**
 * Where a figure stands. The API counts a missing figure as below target; here it is "no
 * figures yet", so a commune that has not reported is not confused with one that fell short.
 */
export function figureStatus(value: number | null, target: Bounds | null): FigureStatus {
  if (!target || (target.min === null && target.max === null)) return 'noTarget';
  if (value === null) return 'noData';
  if (target.min !== null && value < target.min) return 'below';
  if (target.max !== null && value > target.max) return 'above';
  return 'met';
}

/** What a figure measures: a rate in % or a quantity with its unit. */
export interface FigureKind {
  kind: 'quantity' | 'ratio';
  unitOfMeasure: string;
}

/** A number in the current language, as `useFormat().number` gives it. */
export type NumberFormatter = (value: number) => string;

/** A figure for reading: "80%" for rates, "1.250 người" for quantities, "—" when missing. */
export function formatFigure(
  value: number | null,
  kind: FigureKind,
  number: NumberFormatter,
  t: FiguresTranslateFn,
): string {
  if (value === null) return '—';
  if (kind.kind === 'ratio') return t('value.percent', { value: number(value) });
  return kind.unitOfMeasure
    ? t('value.quantity', { value: number(value), unit: kind.unitOfMeasure })
    : number(value);
}

const LEVEL_KEYS: Record<number, FiguresKey> = {
  1: 'bounds.forLevel.1',
  2: 'bounds.forLevel.2',
  3: 'bounds.forLevel.3',
};

/**
 * A target for reading: "≥ 94%", "≤ 5", "94% – 100%", "= 30" (a quota), with "(từng xã)" when it
 * applies to each unit of a level. "—" when there is none.
 */
export function formatBounds(
  bounds: Bounds | null,
  kind: Pick<FigureKind, 'kind'>,
  number: NumberFormatter,
  t: FiguresTranslateFn,
  level: number | null = null,
): string {
  if (!bounds || (bounds.min === null && bounds.max === null)) return '—';
  const show = (v: number) => (kind.kind === 'ratio' ? t('value.percent', { value: number(v) }) : number(v));
  const { min, max } = bounds;
  const text =
    min !== null && max !== null
      ? min === max
        ? t('bounds.exactly', { value: show(min) })
        : t('bounds.between', { min: show(min), max: show(max) })
      : min !== null
        ? t('bounds.atLeast', { min: show(min) })
        : t('bounds.atMost', { max: show(max!) });
  const levelKey = level === null ? undefined : LEVEL_KEYS[level];
  return levelKey ? t(levelKey, { bounds: text }) : text;
}

/** Reads a typed bound or allocation in Vietnamese notation: blank is "none", anything else unreadable or negative is refused. */
export function readBound(text: string): { value: number | null } | { unreadable: true } {
  if (text.trim() === '') return { value: null };
  const value = parseVietnameseNumber(text);
  return value === null || value < 0 ? { unreadable: true } : { value };
}

/** A target set for each unit of a level under `unitId` (e.g. "each commune"), for an indicator. */
export function levelTargetFor(
  targets: readonly TTarget[] | undefined,
  unitId: number,
  indicatorId: number,
): TTarget | null {
  return (
    targets?.find(
      (t) => t.unitId === unitId && t.indicatorId === indicatorId && t.level !== null && t.category === '',
    ) ?? null
  );
}

const vietnameseCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Items in Vietnamese alphabetical order of their names (Đ after D), which the database does not give. */
export function sortByVietnameseName<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => vietnameseCollator.compare(nameOf(a), nameOf(b)));
}

/** Reads a day written dd/MM/yyyy (or d/M/yyyy) into yyyy-mm-dd; null for anything else or no such day. */
export function parseDayMonthYear(text: string): string | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.toISOString().slice(0, 10);
}

/** Where a unit stands in reporting a set. */
export type ReportingStatus = 'onTime' | 'late' | 'missing';

/** A unit's reporting status: not entered yet, entered after the deadline, or on time. */
export function reportingStatus(unit: Pick<CompletenessUnit, 'firstEnteredAt' | 'onTime'>): ReportingStatus {
  if (unit.firstEnteredAt === null) return 'missing';
  return unit.onTime ? 'onTime' : 'late';
}

/** The current split of a quota: each sub-unit's part, from the targets listed with it. */
export function allocationsOf(target: TTarget, targets: readonly TTarget[]): Map<number, number> {
  return new Map(
    targets.flatMap((t) =>
      t.parentTargetId === target.id && t.min !== null ? [[t.unitId, t.min] as const] : [],
    ),
  );
}

/** The lowest bound shared by every target in the list, for one reference line; null if they differ. */
export function sharedMinimum(targets: readonly (Bounds | null)[]): number | null {
  const minimums = new Set(targets.flatMap((t) => (t?.min == null ? [] : [t.min])));
  return minimums.size === 1 ? [...minimums][0]! : null;
}

/** True when the indicator or one of its sub-units is below its target. */
export function needsAttention(indicator: TDashboardIndicator): boolean {
  return (
    figureStatus(indicator.value, indicator.target) === 'below' ||
    indicator.children.some((c) => figureStatus(c.value, c.target) === 'below')
  );
}

/** A calendar day in the browser's time zone as yyyy-mm-dd, `days` from today. */
export function localIsoDate(days = 0, today: Date = new Date()): string {
  const date = new Date(today.getFullYear(), today.getMonth(), today.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
