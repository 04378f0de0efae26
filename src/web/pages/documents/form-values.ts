const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Officials type 5/9/2016, 05-09-2016 or 05.09.2016: all mean the 5th of September.
const TYPED_DATE = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A calendar date (yyyy-MM-dd) as a form shows it, dd/MM/yyyy; '' for none. */
export function isoToDateText(iso: string | null | undefined): string {
  const match = iso ? ISO_DATE.exec(iso) : null;
  return match ? `${match[3]}/${match[2]}/${match[1]}` : '';
}

/** A typed date read back: `iso` is null for an empty field; `isValid` is false for text that is no real date. */
export interface ParsedDate {
  iso: string | null;
  isValid: boolean;
}

/** Reads a dd/MM/yyyy date typed in a form, rejecting impossible days such as 31/02/2020. */
export function parseDateText(text: string): ParsedDate {
  const trimmed = text.trim();
  if (!trimmed) return { iso: null, isValid: true };
  const match = TYPED_DATE.exec(trimmed);
  if (!match) return { iso: null, isValid: false };
  const day = Number(match[1]);
  const month = Number(match[2]);
  const year = Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  const isReal =
    year >= 1900 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day;
  return isReal
    ? { iso: `${year}-${pad2(month)}-${pad2(day)}`, isValid: true }
    : { iso: null, isValid: false };
}

/** Today in the browser's time zone as yyyy-MM-dd (what "completed today" means to the person typing). */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;
}

/**
 * Lower case without diacritics, đ as d: "Đông Kinh" and "dong kinh" compare equal, the way the
 * server's unaccent search does.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** Trimmed text, or null when nothing is left (the API's "no value"). */
export function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}

/** A file size for people: 820 B, 14,2 kB, 3,1 MB (decimal comma in Vietnamese). */
export function formatFileSize(bytes: number, language: 'vi' | 'en' = 'vi'): string {
  const locale = language === 'vi' ? 'vi-VN' : 'en-US';
  const format = (value: number) => value.toLocaleString(locale, { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} kB`;
  return `${format(bytes / 1024 / 1024)} MB`;
}
