/** Readers shared by the fixture tests (documents in test/fixtures/extract); imported by *.test.ts only. */
import fs from 'node:fs';
import { extractDocument } from './extract-document.ts';
import type { Extraction } from './types.ts';

/** A fixture document's text and its extraction. */
export function load(name: string): { text: string; x: Extraction } {
  const text = fs.readFileSync(new URL(`../../test/fixtures/extract/${name}`, import.meta.url), 'utf8');
  return { text, x: extractDocument(text) };
}

/** Assignments as "agency (role)", the way a person reads them off the page. */
export const agencies = (x: Extraction) => x.assignments.map((a) => `${a.agency} (${a.role})`);

/** Citations as [kind, number, date, basis]. */
export const citations = (x: Extraction) => x.citations.map((c) => [c.kind, c.number, c.date, c.basis]);

/** Targets or results as "value unit", or "min..max unit" for a range. */
export const amounts = (list: { min?: number | null; max?: number | null; value?: number; unit: string }[]) =>
  list.map((q) => ('value' in q ? `${q.value} ${q.unit}` : `${q.min}..${q.max} ${q.unit}`));

/** The text under a span, or '' without one. */
export const at = (text: string, span: { start: number; end: number } | undefined) =>
  span ? text.slice(span.start, span.end) : '';
