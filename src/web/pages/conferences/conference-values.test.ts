import { describe, expect, it } from 'vitest';
import { conferencesByMonth, readPeriodCode, readQuota, suggestedTaskDue } from './conference-values.ts';

describe('conference page helpers', () => {
  it('places conferences in the month they were held, else were due, and keeps undated ones apart', () => {
    const items = [
      { id: 1, heldOn: '2026-08-25', dueOn: '2026-08-30' },
      { id: 2, heldOn: null, dueOn: '2026-08-10' },
      { id: 3, heldOn: null, dueOn: '2026-09-30' },
      { id: 4, heldOn: null, dueOn: null },
      { id: 5, heldOn: null, dueOn: '2027-01-15' },
    ];
    const { months, undated } = conferencesByMonth(items, 2026);
    expect(months[7]!.items.map((c) => c.id)).toEqual([2, 1]);
    expect(months[8]!.items.map((c) => c.id)).toEqual([3]);
    expect(months.flatMap((m) => m.items).map((c) => c.id)).not.toContain(5);
    expect(undated.map((c) => c.id)).toEqual([4]);
  });

  it('reads period codes as officials type them', () => {
    expect(readPeriodCode(' 2026 h1 ')).toBe('2026H1');
    expect(readPeriodCode('2021–2025')).toBe('2021-2025');
    expect(readPeriodCode('2026')).toBe('2026');
    expect(readPeriodCode('2025-2021')).toBeNull();
    expect(readPeriodCode('2026H3')).toBeNull();
    expect(readPeriodCode('năm nay')).toBeNull();
  });

  it('reads quotas as whole numbers or nothing', () => {
    expect(readQuota('')).toEqual({ value: null });
    expect(readQuota(' 5 ')).toEqual({ value: 5 });
    expect(readQuota('-1')).toEqual({ invalid: true });
    expect(readQuota('2,5')).toEqual({ invalid: true });
  });

  it('suggests the end of the next period’s year for a conclusion’s task', () => {
    expect(suggestedTaskDue('2026-07-01')).toBe('2026-12-31');
    expect(suggestedTaskDue('2026-01-01')).toBe('2026-12-31');
  });
});
