import type { TConferenceSummary } from '../../../shared/schemas/conferences.ts';

/** Kinds, statuses and roles as the pages list them (the shared schemas carry zod, kept out of the bundle). */
export const CONFERENCE_KIND_VALUES = ['so_ket', 'tong_ket'] as const;
export const CONFERENCE_STATUS_COLORS: Record<TConferenceSummary['status'], string> = {
  planned: 'blue',
  held: 'teal',
  cancelled: 'gray',
};
export const PARTICIPANT_ROLE_VALUES = ['chu_tri', 'bao_cao', 'tham_luan', 'du'] as const;

/** The day a conference sits on the calendar: when it was held, else its deadline. */
export function conferenceDay(c: Pick<TConferenceSummary, 'heldOn' | 'dueOn'>): string | null {
  return c.heldOn ?? c.dueOn;
}

/**
 * The year's conferences month by month (1–12) for the calendar view, plus those without a day;
 * each month in date order.
 */
export function conferencesByMonth<T extends Pick<TConferenceSummary, 'heldOn' | 'dueOn'>>(
  items: readonly T[],
  year: number,
): { months: { month: number; items: T[] }[]; undated: T[] } {
  const months = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, items: [] as T[] }));
  const undated: T[] = [];
  for (const item of items) {
    const day = conferenceDay(item);
    if (!day) undated.push(item);
    else if (Number(day.slice(0, 4)) === year) months[Number(day.slice(5, 7)) - 1]!.items.push(item);
  }
  for (const m of months) m.items.sort((a, b) => conferenceDay(a)!.localeCompare(conferenceDay(b)!));
  return { months, undated };
}

/** A period code typed in the form, tidied: "2026 h1" → "2026H1"; null when it reads as no period. */
export function readPeriodCode(text: string): string | null {
  const code = text.trim().toUpperCase().replace(/\s+/g, '').replace(/–|—/g, '-');
  if (/^\d{4}$/.test(code) || /^\d{4}H[12]$/.test(code) || /^\d{4}Q[1-4]$/.test(code)) return code;
  const term = /^(\d{4})-(\d{4})$/.exec(code);
  return term && Number(term[2]) > Number(term[1]) ? code : null;
}

/** A quota typed in the form: null when empty, `invalid` for anything but a whole number ≥ 0. */
export function readQuota(text: string): { value: number | null } | { invalid: true } {
  const trimmed = text.trim();
  if (!trimmed) return { value: null };
  return /^\d{1,5}$/.test(trimmed) ? { value: Number(trimmed) } : { invalid: true };
}

/** The last day of the year after a period's end: a sensible first deadline for a conclusion's task. */
export function suggestedTaskDue(nextPeriodStart: string): string {
  return `${nextPeriodStart.slice(0, 4)}-12-31`;
}
