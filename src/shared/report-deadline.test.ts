import { describe, expect, it } from 'vitest';
import { parsePeriod } from './periods.ts';
import { reportDueDate } from './report-deadline.ts';

describe('report deadlines', () => {
  it('counts from the period end, the Nghị định 09 cut-off, or a day of the last year', () => {
    expect(reportDueDate({ type: 'days_after_end', days: 10 }, parsePeriod('2026H1')!)).toBe('2026-07-10');
    expect(reportDueDate({ type: 'days_after_cutoff', days: 6 }, parsePeriod('2026')!)).toBe('2026-12-20');
    expect(reportDueDate({ type: 'last_year_day', monthDay: '08-30' }, parsePeriod('2009-2019')!)).toBe(
      '2019-08-30',
    );
  });
});
