import { describe, expect, it } from 'vitest';
import {
  foldVietnamese,
  formatFileSize,
  isoToDateText,
  parseDateText,
  textOrNull,
  todayIso,
} from './form-values.ts';

describe('dates typed as dd/MM/yyyy', () => {
  it('shows an ISO date the Vietnamese way and nothing for none', () => {
    expect(isoToDateText('2016-09-17')).toBe('17/09/2016');
    expect(isoToDateText(null)).toBe('');
    expect(isoToDateText('17/09/2016')).toBe('');
  });

  it('reads the ways officials type a date', () => {
    expect(parseDateText('17/9/2016')).toEqual({ iso: '2016-09-17', isValid: true });
    expect(parseDateText(' 05-01-2022 ')).toEqual({ iso: '2022-01-05', isValid: true });
    expect(parseDateText('5.1.2022')).toEqual({ iso: '2022-01-05', isValid: true });
  });

  it('treats an empty field as no date and rejects impossible ones', () => {
    expect(parseDateText('  ')).toEqual({ iso: null, isValid: true });
    expect(parseDateText('31/02/2020')).toEqual({ iso: null, isValid: false });
    expect(parseDateText('2020-02-03')).toEqual({ iso: null, isValid: false });
    expect(parseDateText('12/13/2020')).toEqual({ iso: null, isValid: false });
    expect(parseDateText('ngày 5')).toEqual({ iso: null, isValid: false });
  });

  it('gives today in the local calendar', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});

describe('foldVietnamese', () => {
  it('compares names without accents, đ as d', () => {
    expect(foldVietnamese('Sở Tài chính')).toBe('so tai chinh');
    expect(foldVietnamese('Phường ĐÔNG KINH')).toBe('phuong dong kinh');
    expect(foldVietnamese('Ủy ban nhân dân xã Quốc Khánh')).toContain('uy ban nhan dan');
  });
});

describe('small value helpers', () => {
  it('answers null for blank text and trims the rest', () => {
    expect(textOrNull('   ')).toBeNull();
    expect(textOrNull(' Lạng Sơn ')).toBe('Lạng Sơn');
  });

  it('writes file sizes with the language’s decimal mark', () => {
    expect(formatFileSize(820)).toBe('820 B');
    expect(formatFileSize(14_540, 'vi')).toBe('14,2 kB');
    expect(formatFileSize(3.25 * 1024 * 1024, 'en')).toBe('3.3 MB');
  });
});
