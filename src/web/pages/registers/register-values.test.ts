import { describe, expect, it } from 'vitest';
import {
  formatRateTarget,
  meetsTarget,
  readCount,
  registerYearFromParam,
  registerYearOptions,
  unitFromParam,
} from './register-values.ts';

describe('register form values', () => {
  it('reads head counts, with the Vietnamese thousands dot, and refuses anything else', () => {
    expect(readCount('')).toEqual({ value: null });
    expect(readCount(' 42 ')).toEqual({ value: 42 });
    expect(readCount('1.234')).toEqual({ value: 1234 });
    expect(readCount('1 234')).toEqual({ value: 1234 });
    expect(readCount('0')).toEqual({ value: 0 });
    for (const bad of ['-3', '4,5', 'abc', '1..2', '.5', '12.'])
      expect(readCount(bad)).toEqual({ invalid: true });
  });

  it('writes targets as the plans do and judges a rate against them', () => {
    const n = (x: number) => x.toLocaleString('vi-VN');
    expect(formatRateTarget({ min: 94, max: null }, n)).toBe('≥ 94%');
    expect(formatRateTarget({ min: null, max: 5 }, n)).toBe('≤ 5%');
    expect(formatRateTarget({ min: 20, max: 25 }, n)).toBe('20–25%');
    expect(formatRateTarget({ min: 100, max: 100 }, n)).toBe('100%');
    expect(formatRateTarget({ min: 85.5, max: null }, n)).toBe('≥ 85,5%');
    expect(meetsTarget(93.99, { min: 94, max: null })).toBe(false);
    expect(meetsTarget(94, { min: 94, max: null })).toBe(true);
    expect(meetsTarget(26, { min: 20, max: 25 })).toBe(false);
    expect(meetsTarget(null, { min: 94, max: null })).toBeNull();
    expect(meetsTarget(90, null)).toBeNull();
  });

  it('reads the year and unit from the address, falling back on sane values', () => {
    expect(registerYearOptions(2026)).toEqual(['2027', '2026', '2025', '2024', '2023', '2022', '2021']);
    expect(registerYearFromParam('2025', 2026)).toBe(2025);
    expect(registerYearFromParam('1900', 2026)).toBe(2026);
    expect(registerYearFromParam('abc', 2026)).toBe(2026);
    expect(unitFromParam('17', 3)).toBe(17);
    expect(unitFromParam('-1', 3)).toBe(3);
    expect(unitFromParam(null, 3)).toBe(3);
  });
});
