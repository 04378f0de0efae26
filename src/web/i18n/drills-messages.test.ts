import { describe, expect, it } from 'vitest';
import {
  DRILL_FORCE_LABELS,
  DRILL_FORCES,
  DRILL_GRADE_LABELS,
  DRILL_GRADES,
  DRILL_KIND_LABELS,
  DRILL_KINDS,
  DRILL_STATUS_LABELS,
  REGISTER_STATUSES,
} from '../../shared/drill-kinds.ts';
import {
  TRAINING_AUDIENCE_HINTS,
  TRAINING_AUDIENCE_LABELS,
  TRAINING_AUDIENCES,
} from '../../shared/training-audiences.ts';
import { drillsEn } from './drills-en.ts';
import { drillsVi } from './drills-vi.ts';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('drill and QP-AN class catalogs', () => {
  it('have exactly the same keys and placeholders in Vietnamese and English', () => {
    expect(Object.keys(drillsEn).sort()).toEqual(Object.keys(drillsVi).sort());
    for (const key of Object.keys(drillsVi) as (keyof typeof drillsVi)[]) {
      expect({ key, names: placeholders(drillsEn[key]) }).toEqual({
        key,
        names: placeholders(drillsVi[key]),
      });
      expect(drillsEn[key].trim(), key).toBe(drillsEn[key]);
      expect(drillsVi[key].length, key).toBeGreaterThan(0);
    }
  });

  it('name kinds, grades, forces, statuses and groups exactly as the server (Excel) does', () => {
    for (const kind of DRILL_KINDS) expect(drillsVi[`kind.${kind}`]).toBe(DRILL_KIND_LABELS[kind]);
    for (const grade of DRILL_GRADES) expect(drillsVi[`grade.${grade}`]).toBe(DRILL_GRADE_LABELS[grade]);
    for (const force of DRILL_FORCES) expect(drillsVi[`force.${force}`]).toBe(DRILL_FORCE_LABELS[force]);
    for (const status of REGISTER_STATUSES)
      expect(drillsVi[`status.${status}`]).toBe(DRILL_STATUS_LABELS[status]);
    for (const audience of TRAINING_AUDIENCES) {
      expect(drillsVi[`audience.${audience}`]).toBe(TRAINING_AUDIENCE_LABELS[audience]);
      expect(drillsVi[`audienceHint.${audience}`]).toBe(TRAINING_AUDIENCE_HINTS[audience]);
    }
  });
});
