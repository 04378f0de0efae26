/** Vietnamese dates: "25/01/2022", "25-01-2022", "25.01.2022", "ngày 25 tháng 01 năm 2022". */

/** A date found in the text; `start`/`end` are offsets in the searched string. */
export interface DateMatch {
  iso: string;
  year: number;
  month: number;
  day: number;
  start: number;
  end: number;
}

/** Days in a month, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO "YYYY-MM-DD" for a valid calendar date, else null. */
export function toIsoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2199) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Last day of a month as ISO. */
export function endOfMonth(year: number, month: number): string | null {
  if (month < 1 || month > 12) return null;
  return toIsoDate(year, month, daysInMonth(year, month));
}

// "ngày 25 tháng 01 năm 2022" (the word "ngày" is optional)
const WORDY_DATE = /(?:ngày\s*)?(\d{1,2})\s*tháng\s*(\d{1,2})\s*(?:năm\s*|[/-]\s*)(\d{4})(?!\d)/giu;
// "25/01/2022", "25-01-2022", "25.01.2022" (one optional space around the separator)
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d{4})(?![\d/])/gu;

/** Every full date (with a year) in `text`, in order of appearance. */
export function findDates(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  for (const re of [WORDY_DATE, NUMERIC_DATE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const isWordy = re === WORDY_DATE;
      const day = Number(m[1]);
      const month = Number(isWordy ? m[2] : m[3]);
      const year = Number(isWordy ? m[3] : m[4]);
      const iso = toIsoDate(year, month, day);
      if (iso) found.push({ iso, year, month, day, start: m.index, end: m.index + m[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start);
  // the two patterns never overlap in practice, but keep the first of any overlap
  const result: DateMatch[] = [];
  for (const d of found) {
    const last = result[result.length - 1];
    if (last && d.start < last.end) continue;
    result.push(d);
  }
  return result;
}

/** Parses a date at the very start of `text` (after optional "ngày"), or null. */
export function parseDateAt(text: string): DateMatch | null {
  const first = findDates(text.slice(0, 60))[0];
  if (!first) return null;
  const before = text.slice(0, first.start);
  return /^[\s,(]*(?:ngày\s*)?$/iu.test(before) ? first : null;
}
