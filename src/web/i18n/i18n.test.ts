import { describe, expect, it } from 'vitest';
import { AGENCY_KINDS, ROLES, UNIT_KINDS } from '../../shared/enums.ts';
import { DISAGGREGATIONS, INDICATOR_GROUPS } from '../../shared/indicator-catalogue.ts';
import { en } from './en.ts';
import { figuresEn } from './figures-en.ts';
import { figuresVi } from './figures-vi.ts';
import { reportsEn } from './reports-en.ts';
import { reportsVi } from './reports-vi.ts';
import { splitTemplate } from './trans.tsx';
import { interpolate, isLanguage, isMessageKey } from './translate.ts';
import { vi } from './vi.ts';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// The shell's catalog and each section's own (loaded with the section's pages).
const CATALOG_PAIRS: [string, Record<string, string>, Record<string, string>][] = [
  ['shell', vi, en],
  ['figures', figuresVi, figuresEn],
  ['reports', reportsVi, reportsEn],
];

describe('message catalogs', () => {
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

  it('name indicator groups and categories exactly as the shared catalogue does', () => {
    for (const [code, name] of Object.entries(INDICATOR_GROUPS)) {
      expect(figuresVi[`group.${code}` as keyof typeof figuresVi]).toBe(name);
    }
    for (const category of Object.values(DISAGGREGATIONS).flat()) {
      expect(figuresVi[`category.${category.code || 'total'}` as keyof typeof figuresVi]).toBe(category.name);
    }
  });

  it('label every unit kind, agency kind and role', () => {
    for (const kind of UNIT_KINDS) expect(isMessageKey(`unitKind.${kind}`)).toBe(true);
    for (const kind of AGENCY_KINDS) expect(isMessageKey(`agencyKind.${kind}`)).toBe(true);
    for (const role of ROLES) expect(isMessageKey(`role.${role}`)).toBe(true);
  });

  it('write the navigation in Vietnamese with its diacritics', () => {
    expect(vi['nav.overview']).toBe('Tổng quan');
    expect(vi['nav.registers']).toBe('Sổ theo dõi');
    expect(vi['units.notFound.description'].toLowerCase()).toContain('không tìm thấy');
  });
});

describe('interpolate', () => {
  it('fills named placeholders, repeated ones included', () => {
    expect(interpolate('Xin chào, {name}! {name}', { name: 'Hùng' })).toBe('Xin chào, Hùng! Hùng');
  });

  it('formats numbers as given and leaves unknown placeholders visible', () => {
    expect(interpolate('{count} đơn vị, {missing}', { count: 3 })).toBe('3 đơn vị, {missing}');
  });

  it('returns the template untouched without params', () => {
    expect(interpolate('Đã nhập {count} đơn vị.')).toBe('Đã nhập {count} đơn vị.');
  });
});

describe('splitTemplate', () => {
  it('keeps text and placeholders in order', () => {
    expect(splitTemplate('Sáp nhập vào {name} từ ngày {date}')).toEqual([
      { text: 'Sáp nhập vào ' },
      { name: 'name' },
      { text: ' từ ngày ' },
      { name: 'date' },
    ]);
    expect(splitTemplate('{a}{b}')).toEqual([{ name: 'a' }, { name: 'b' }]);
  });
});

describe('isLanguage', () => {
  it('accepts only the offered languages', () => {
    expect(isLanguage('vi')).toBe(true);
    expect(isLanguage('en')).toBe(true);
    expect(isLanguage('fr')).toBe(false);
    expect(isLanguage(null)).toBe(false);
  });
});
