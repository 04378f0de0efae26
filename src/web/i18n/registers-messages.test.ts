import { describe, expect, it } from 'vitest';
import { CONSCRIPTION_STEP_LABELS, CONSCRIPTION_STEPS } from '../../shared/conscription-calendar.ts';
import { MILITIA_FORCE_LABELS, MILITIA_FORCE_TYPES } from '../../shared/militia.ts';
import { conscriptionEn } from './conscription-en.ts';
import { conscriptionVi } from './conscription-vi.ts';
import { militiaEn } from './militia-en.ts';
import { militiaVi } from './militia-vi.ts';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// The conscription and militia pages' catalogs, each loaded with its own page.
const CATALOG_PAIRS: [string, Record<string, string>, Record<string, string>][] = [
  ['conscription', conscriptionVi, conscriptionEn],
  ['militia', militiaVi, militiaEn],
];

describe('conscription and militia catalogs', () => {
  it.each(CATALOG_PAIRS)('%s: have exactly the same keys in Vietnamese and English', (_, source, english) => {
    expect(Object.keys(english).sort()).toEqual(Object.keys(source).sort());
  });

  it.each(CATALOG_PAIRS)('%s: use the same placeholders in both languages', (_, source, english) => {
    for (const key of Object.keys(source)) {
      expect({ key, names: placeholders(english[key]!) }).toEqual({ key, names: placeholders(source[key]!) });
    }
  });

  it.each(CATALOG_PAIRS)('%s: have no empty or padded message', (_, source, english) => {
    for (const [key, message] of [...Object.entries(source), ...Object.entries(english)]) {
      expect({ key, message: message.trim() }).toEqual({ key, message });
      expect(message.length, key).toBeGreaterThan(0);
    }
  });

  it('name the steps and forces exactly as the exports do', () => {
    for (const step of CONSCRIPTION_STEPS) {
      expect(conscriptionVi[`calendar.step.${step}` as keyof typeof conscriptionVi]).toBe(
        CONSCRIPTION_STEP_LABELS[step],
      );
    }
    for (const type of MILITIA_FORCE_TYPES) {
      expect(militiaVi[`force.${type}` as keyof typeof militiaVi]).toBe(MILITIA_FORCE_LABELS[type]);
    }
  });
});
