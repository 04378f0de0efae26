import { describe, expect, it } from 'vitest';
import type { TTaskTarget } from '../../../shared/schemas/tasks.ts';
import { targetFill, targetStanding } from './task-target-values.ts';

const target = (change: Partial<TTaskTarget>): TTaskTarget => ({
  id: 1,
  indicator: {
    id: 9,
    code: 'DT_TY_LE_XA',
    name: 'Tỷ lệ xã diễn tập chiến đấu phòng thủ trong năm',
    unitOfMeasure: '%',
    kind: 'ratio',
    determinedBy: 'drills',
  },
  category: '',
  unit: { id: 1, name: 'Tỉnh Lạng Sơn' },
  level: null,
  periodCode: '2026',
  min: 20,
  max: 25,
  actual: null,
  met: null,
  ...change,
});

describe('a task target’s standing and bar', () => {
  it('reads no figure, not yet, met and past the ceiling', () => {
    expect(targetStanding(target({}))).toBe('noData');
    expect(targetStanding(target({ actual: 18.46, met: false }))).toBe('below');
    expect(targetStanding(target({ actual: 20, met: true }))).toBe('met');
    expect(targetStanding(target({ actual: 26.15, met: false }))).toBe('above');
  });

  it('fills the bar towards the minimum, and no further than full', () => {
    expect(targetFill(target({}))).toBeNull();
    expect(targetFill(target({ actual: 10, met: false }))).toBe(50);
    expect(targetFill(target({ actual: 26.15, met: false }))).toBe(100);
    // "At most 5": measured against the maximum.
    expect(targetFill(target({ min: null, max: 5, actual: 2, met: true }))).toBe(40);
  });

  it('counts units that meet a target set for each of them', () => {
    const perCommune = target({
      level: 3,
      min: 1,
      max: null,
      actual: 3,
      met: false,
      perUnit: { total: 65, met: 13 },
    });
    expect(targetFill(perCommune)).toBe(20);
    expect(targetStanding(perCommune)).toBe('below');
    expect(targetStanding({ ...perCommune, met: true, perUnit: { total: 65, met: 65 } })).toBe('met');
    expect(targetFill({ ...perCommune, met: null, perUnit: { total: 0, met: 0 } })).toBeNull();
  });
});
