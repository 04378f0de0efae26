import type { Language } from './translate.ts';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad2 = (n: number) => String(n).padStart(2, '0');

function toDate(value: string | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Formats a date as dd/MM/yyyy (05/01/2026), the way Vietnamese documents write it. A bare
 * `yyyy-MM-dd` is reordered as is, so a calendar date never moves a day with the time zone.
 */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') {
    const match = DATE_ONLY.exec(value);
    if (match) return `${match[3]}/${match[2]}/${match[1]}`;
  }
  const date = toDate(value);
  if (!date) return String(value);
  return `${pad2(date.getDate())}/${pad2(date.getMonth() + 1)}/${date.getFullYear()}`;
}

/** Formats an instant as `dd/MM/yyyy HH:mm` in the browser's time zone. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const date = toDate(value);
  if (!date) return String(value);
  return `${formatDate(date)} ${pad2(date.getHours())}:${pad2(date.getMinutes())}`;
}

const NUMBER_LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-US' };
const numberFormats = new Map<Language, Intl.NumberFormat>();

/** Formats a number for the language: 32.266 in Vietnamese, 32,266 in English. */
export function formatNumber(value: number, language: Language = 'vi'): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(NUMBER_LOCALES[language]);
    numberFormats.set(language, format);
  }
  return format.format(value);
}
