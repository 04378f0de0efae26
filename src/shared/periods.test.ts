import { describe, expect, it } from 'vitest';
import { cutoffWindow, parsePeriod, periodContaining, previousPeriods } from './periods.ts';

describe('periods', () => {
  it('reads every kind of period code with its calendar bounds', () => {
    expect(parsePeriod('2026')).toEqual({
      code: '2026',
      type: 'year',
      start: '2026-01-01',
      end: '2026-12-31',
    });
    expect(parsePeriod('2026H2')).toMatchObject({ start: '2026-07-01', end: '2026-12-31' });
    expect(parsePeriod('2024Q1')).toMatchObject({ type: 'quarter', start: '2024-01-01', end: '2024-03-31' });
    expect(parsePeriod('2024-02')).toMatchObject({ type: 'month', end: '2024-02-29' });
    expect(parsePeriod('2009-2019')).toMatchObject({ type: 'term', start: '2009-01-01', end: '2019-12-31' });
  });

  it('refuses codes that are not periods', () => {
    for (const bad of [
      '',
      '26',
      '2026Q5',
      '2026-13',
      '2026H3',
      '2030-2026',
      '1800',
      '2026-03-01',
      "2026'; drop",
    ]) {
      expect(parsePeriod(bad), bad).toBeNull();
    }
  });

  it('applies the Nghị định 09/2019 cut-off windows', () => {
    expect(cutoffWindow(parsePeriod('2026-03')!)).toEqual({ start: '2026-02-15', end: '2026-03-14' });
    expect(cutoffWindow(parsePeriod('2026Q1')!)).toEqual({ start: '2025-12-15', end: '2026-03-14' });
    expect(cutoffWindow(parsePeriod('2026H2')!)).toEqual({ start: '2026-06-15', end: '2026-12-14' });
    expect(cutoffWindow(parsePeriod('2026')!)).toEqual({ start: '2025-12-15', end: '2026-12-14' });
  });

  it('walks back over periods for charts', () => {
    expect(periodContaining('quarter', '2026-05-20').code).toBe('2026Q2');
    expect(previousPeriods(parsePeriod('2026Q1')!, 3).map((p) => p.code)).toEqual([
      '2025Q3',
      '2025Q4',
      '2026Q1',
    ]);
    expect(previousPeriods(parsePeriod('2026')!, 2).map((p) => p.code)).toEqual(['2025', '2026']);
  });
});
