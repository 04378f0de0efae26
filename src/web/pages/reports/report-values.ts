import { parsePeriod } from '../../../shared/periods.ts';
import type { TCalendarEntry } from '../../../shared/schemas/reports.ts';
import type { CalendarState, ReportFigure } from '../../api/reports.ts';
import type { ReportsKey, ReportsTranslateFn } from '../../i18n/reports-messages.ts';

/** Label keys of the report states, as the reporting regime names them. */
export const STATE_KEYS: Record<CalendarState, ReportsKey> = {
  not_started: 'state.not_started',
  draft: 'state.draft',
  submitted: 'state.submitted',
  returned: 'state.returned',
  accepted: 'state.accepted',
};

/** Badge colours of the states: grey not started, blue writing, green sent, orange returned. */
export const STATE_COLORS: Record<CalendarState, string> = {
  not_started: 'gray',
  draft: 'blue',
  submitted: 'teal',
  returned: 'orange',
  accepted: 'green',
};

/** True once a report has gone up (submitted or accepted): its text and figures are frozen. */
export function isSent(state: CalendarState): boolean {
  return state === 'submitted' || state === 'accepted';
}

/**
 * Terms offered for sơ kết and tổng kết. Five-year terms follow the Party congress cycle
 * (2021–2025, 2026–2030), so they end in a year divisible by 5: the latest one that has ended
 * by `year`, the one before and the one after, plus the ten-year terms around them.
 */
export function termOptions(year: number): string[] {
  const end = latestTermEnd(year);
  return [
    `${end - 4}-${end}`,
    `${end + 1}-${end + 5}`,
    `${end - 9}-${end - 5}`,
    `${end - 9}-${end}`,
    `${end - 4}-${end + 5}`,
  ];
}

function latestTermEnd(year: number): number {
  return year - (((year % 5) + 5) % 5);
}

/** The term a year opens on: the last five-year term that has ended, whose review is the one chased. */
export function defaultTerm(year: number): string {
  const end = latestTermEnd(year);
  return `${end - 4}-${end}`;
}

/** A term code from the URL when it reads as one (2021-2025), else null. */
export function termFromParam(raw: string | null): string | null {
  return raw && parsePeriod(raw)?.type === 'term' ? raw : null;
}

const QUARTER_NAMES = ['I', 'II', 'III', 'IV'];

/**
 * A period as reports write it: "Năm 2026", "6 tháng đầu năm 2026", "Quý II/2026",
 * "Tháng 03/2026", "Giai đoạn 2021–2025". Unreadable codes are shown as they are.
 */
export function periodLabel(code: string, t: ReportsTranslateFn): string {
  const period = parsePeriod(code);
  if (!period) return code;
  const year = code.slice(0, 4);
  const month = Number(period.start.slice(5, 7));
  switch (period.type) {
    case 'year':
      return t('period.year', { year });
    case 'half_year':
      return t(month <= 6 ? 'period.half1' : 'period.half2', { year });
    case 'quarter':
      return t('period.quarter', { quarter: QUARTER_NAMES[Math.ceil(month / 3) - 1]!, year });
    case 'month':
      return t('period.month', { month: String(month).padStart(2, '0'), year });
    case 'term':
      return t('period.term', { from: year, to: period.end.slice(0, 4) });
  }
}

/** One form and period of the chase view, with every unit below that owes it. */
export interface ChaseGroup {
  key: string;
  formId: number;
  formTitle: string;
  period: string;
  /** The earliest deadline among the units (communes report before districts). */
  dueOn: string;
  entries: TCalendarEntry[];
}

/** The key of a chase group in the URL: `formId:period`. */
export function chaseKey(entry: Pick<TCalendarEntry, 'formId' | 'period'>): string {
  return `${entry.formId}:${entry.period}`;
}

/** Groups the units below (every entry not of `ownUnitId`) by form and period, earliest deadline first. */
export function chaseGroups(entries: readonly TCalendarEntry[], ownUnitId: number): ChaseGroup[] {
  const groups = new Map<string, ChaseGroup>();
  for (const entry of entries) {
    if (entry.unitId === ownUnitId) continue;
    const key = chaseKey(entry);
    const group = groups.get(key);
    if (group) {
      group.entries.push(entry);
      if (entry.dueOn < group.dueOn) group.dueOn = entry.dueOn;
    } else {
      groups.set(key, {
        key,
        formId: entry.formId,
        formTitle: entry.formTitle,
        period: entry.period,
        dueOn: entry.dueOn,
        entries: [entry],
      });
    }
  }
  return [...groups.values()].sort(
    (a, b) => a.dueOn.localeCompare(b.dueOn) || a.formTitle.localeCompare(b.formTitle, 'vi'),
  );
}

/** How many units of a chase group stand where. */
export interface ChaseCounts {
  total: number;
  sent: number;
  accepted: number;
  late: number;
  notStarted: number;
  writing: number;
}

/** Counts a chase group: sent (submitted or accepted), late (sent late, or not sent past the deadline)… */
export function chaseCounts(entries: readonly TCalendarEntry[]): ChaseCounts {
  const counts: ChaseCounts = { total: 0, sent: 0, accepted: 0, late: 0, notStarted: 0, writing: 0 };
  for (const entry of entries) {
    counts.total += 1;
    if (isSent(entry.state)) counts.sent += 1;
    if (entry.state === 'accepted') counts.accepted += 1;
    if (entry.isLate) counts.late += 1;
    if (entry.state === 'not_started') counts.notStarted += 1;
    if (entry.state === 'draft' || entry.state === 'returned') counts.writing += 1;
  }
  return counts;
}

/** Filters of the chase table. */
export const CHASE_FILTERS = ['all', 'sent', 'late', 'not_started', 'writing'] as const;
export type ChaseFilter = (typeof CHASE_FILTERS)[number];

/** True when an entry shows under a chase filter. */
export function matchesChaseFilter(entry: TCalendarEntry, filter: ChaseFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'sent':
      return isSent(entry.state);
    case 'late':
      return entry.isLate;
    case 'not_started':
      return entry.state === 'not_started';
    case 'writing':
      return entry.state === 'draft' || entry.state === 'returned';
  }
}

/** A figure's value: "80%" for percentages, "32.266" otherwise; null without a value. */
export function formatFigure(value: number | null, unitOfMeasure: string, number: (n: number) => string) {
  if (value === null) return null;
  return unitOfMeasure === '%' ? `${number(value)}%` : number(value);
}

/** A target as officials read it: "≥ 94%", "≤ 5", "= 30", "20 – 30"; null without one. */
export function formatTarget(
  target: ReportFigure['target'],
  unitOfMeasure: string,
  number: (n: number) => string,
): string | null {
  if (!target || (target.min === null && target.max === null)) return null;
  const show = (n: number) => (unitOfMeasure === '%' ? `${number(n)}%` : number(n));
  if (target.min !== null && target.max !== null) {
    return target.min === target.max ? `= ${show(target.min)}` : `${show(target.min)} – ${show(target.max)}`;
  }
  return target.min !== null ? `≥ ${show(target.min)}` : `≤ ${show(target.max!)}`;
}

/** True when a section's HTML holds no text (the editor's empty paragraph included), as the server judges it. */
export function isBlankHtml(html: string | undefined): boolean {
  return !(html ?? '').replace(/<[^>]+>/g, '').trim();
}

/** File size for people: "850 B", "12 KB", "3,4 MB". */
export function formatFileSize(bytes: number, number: (n: number) => string): string {
  if (bytes < 1024) return `${number(bytes)} B`;
  if (bytes < 1024 * 1024) return `${number(Math.round(bytes / 1024))} KB`;
  return `${number(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
}

const ROMAN = [
  ['X', 10],
  ['IX', 9],
  ['V', 5],
  ['IV', 4],
  ['I', 1],
] as const;

/** A section's number as reports write it: I, II, III… (index 0 is I). */
export function sectionNumber(index: number): string {
  let rest = index + 1;
  let out = '';
  for (const [letters, value] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}
