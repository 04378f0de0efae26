import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber } from './format.ts';

describe('formatDate', () => {
  it('writes a calendar date as dd/MM/yyyy without moving it across time zones', () => {
    expect(formatDate('2026-01-05')).toBe('05/01/2026');
    expect(formatDate('2025-07-01')).toBe('01/07/2025');
    expect(formatDate('2025-06-30')).toBe('30/06/2025');
  });

  it('formats Date objects and timestamps in local time', () => {
    expect(formatDate(new Date(2026, 0, 5, 23, 59))).toBe('05/01/2026');
    expect(formatDate(new Date(2026, 11, 31).toISOString())).toBe('31/12/2026');
  });

  it('shows nothing for a missing value and the raw text for an unreadable one', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate(undefined)).toBe('');
    expect(formatDate('')).toBe('');
    expect(formatDate('không rõ')).toBe('không rõ');
  });
});

describe('formatDateTime', () => {
  it('adds hours and minutes', () => {
    expect(formatDateTime(new Date(2026, 0, 5, 7, 3))).toBe('05/01/2026 07:03');
  });
});

describe('formatNumber', () => {
  it('groups thousands with a dot in Vietnamese', () => {
    expect(formatNumber(32266)).toBe('32.266');
    expect(formatNumber(32266, 'vi')).toBe('32.266');
    expect(formatNumber(1234567, 'vi')).toBe('1.234.567');
    expect(formatNumber(0, 'vi')).toBe('0');
  });

  it('uses a decimal comma in Vietnamese and US style in English', () => {
    expect(formatNumber(12.5, 'vi')).toBe('12,5');
    expect(formatNumber(32266, 'en')).toBe('32,266');
    expect(formatNumber(12.5, 'en')).toBe('12.5');
  });
});
