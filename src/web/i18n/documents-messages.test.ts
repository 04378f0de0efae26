import { describe, expect, it } from 'vitest';
import { TASK_STATUS_LABELS, TASK_STATUSES } from '../../shared/task-status.ts';
import { documentsEn } from './documents-en.ts';
import { documentsVi } from './documents-vi.ts';
import { notificationsEn } from './notifications-en.ts';
import { notificationsVi } from './notifications-vi.ts';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// The document and task pages' catalog and the bell's, each loaded with its own code.
const CATALOG_PAIRS: [string, Record<string, string>, Record<string, string>][] = [
  ['documents', documentsVi, documentsEn],
  ['notifications', notificationsVi, notificationsEn],
];

describe('document, task and notification catalogs', () => {
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

  it('name task states exactly as the server does (the Excel export and the pages must agree)', () => {
    for (const status of TASK_STATUSES)
      expect(documentsVi[`taskStatus.${status}`]).toBe(TASK_STATUS_LABELS[status]);
  });
});
