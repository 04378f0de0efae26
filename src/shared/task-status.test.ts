import { describe, expect, it } from 'vitest';
import { endOfRecurrencePeriod, nextOccurrence, taskStatus } from './task-status.ts';

describe('task status', () => {
  it('follows the Government Office model', () => {
    expect(taskStatus('2026-03-31', null, '2026-03-31')).toBe('in_term');
    expect(taskStatus('2026-03-31', null, '2026-04-01')).toBe('overdue');
    expect(taskStatus('2026-03-31', '2026-03-31', '2026-05-01')).toBe('done_on_time');
    expect(taskStatus('2026-03-31', '2026-04-02', '2026-05-01')).toBe('done_late');
    expect(taskStatus(null, null, '2030-01-01')).toBe('in_term');
  });

  it('computes the periods of recurring duties', () => {
    expect(endOfRecurrencePeriod('year', '2026-05-10')).toBe('2026-12-31');
    expect(endOfRecurrencePeriod('half_year', '2026-05-10')).toBe('2026-06-30');
    expect(endOfRecurrencePeriod('quarter', '2026-05-10')).toBe('2026-06-30');
    expect(endOfRecurrencePeriod('month', '2024-02-10')).toBe('2024-02-29');
    expect(nextOccurrence('quarter', '2026-06-30')).toBe('2026-09-30');
    expect(nextOccurrence('year', '2026-12-31')).toBe('2027-12-31');
  });
});
