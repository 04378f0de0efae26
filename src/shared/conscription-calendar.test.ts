import { describe, expect, it } from 'vitest';
import {
  conscriptionCalendar,
  cycleInProgress,
  figureYearOf,
  isInHandoverWindow,
  stepState,
} from './conscription-calendar.ts';

describe('conscription calendar', () => {
  it('puts the list, registration and examination in the year before the handover', () => {
    expect(conscriptionCalendar(2026)).toEqual([
      { step: 'list', from: '2025-01-01', to: '2025-01-31' },
      { step: 'registration', from: '2025-04-01', to: '2025-04-30' },
      { step: 'examination', from: '2025-11-01', to: '2025-12-31' },
      { step: 'handover', from: '2026-02-01', to: '2026-03-31' },
    ]);
  });

  it('ends the handover window on 31 March whatever the year (no leap-year drift)', () => {
    expect(conscriptionCalendar(2028).at(-1)).toEqual({
      step: 'handover',
      from: '2028-02-01',
      to: '2028-03-31',
    });
    expect(conscriptionCalendar(2000)[0]).toEqual({ step: 'list', from: '1999-01-01', to: '1999-01-31' });
  });

  it('says done once entered, then late, open or upcoming from the day', () => {
    const [list, , exam, handover] = conscriptionCalendar(2026);
    expect(stepState(list!, '2026-03-02', true)).toBe('done');
    expect(stepState(list!, '2026-03-02', false)).toBe('late');
    expect(stepState(exam!, '2025-10-31', false)).toBe('upcoming');
    expect(stepState(exam!, '2025-11-01', false)).toBe('open');
    expect(stepState(exam!, '2025-12-31', false)).toBe('open');
    expect(stepState(exam!, '2026-01-01', false)).toBe('late');
    // Entered ahead of its window (a plan figure) still counts as done.
    expect(stepState(handover!, '2025-12-01', true)).toBe('done');
  });

  it('accepts handover dates in February and March of the handover year only', () => {
    expect(isInHandoverWindow(2026, '2026-02-01')).toBe(true);
    expect(isInHandoverWindow(2026, '2026-03-31')).toBe(true);
    expect(isInHandoverWindow(2026, '2026-01-31')).toBe(false);
    expect(isInHandoverWindow(2026, '2026-04-01')).toBe(false);
    expect(isInHandoverWindow(2026, '2025-02-14')).toBe(false);
  });

  it('files the listing and registration under the year they happen, the handover under its own', () => {
    expect(figureYearOf('list', 2026)).toBe(2025);
    expect(figureYearOf('registration', 2026)).toBe(2025);
    expect(figureYearOf('handover', 2026)).toBe(2026);
  });

  it('opens on the cycle whose next step is ahead: this year until March, next year from April', () => {
    expect(cycleInProgress('2026-01-15')).toBe(2026);
    expect(cycleInProgress('2026-03-31')).toBe(2026);
    expect(cycleInProgress('2026-04-01')).toBe(2027);
    expect(cycleInProgress('2026-12-31')).toBe(2027);
  });
});
