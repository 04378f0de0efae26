/** Test helpers for the extractor's rule tests (imported by *.test.ts only). */
import { expect } from 'vitest';
import { extractDocument } from './extract-document.ts';
import type { Extraction, ExtractOptions, Span } from './types.ts';

/** The original text a span points at. */
export function textAt(source: string, span: Span | null | undefined): string {
  expect(span, 'span should be present').toBeTruthy();
  const s = span as Span;
  expect(s.start).toBeGreaterThanOrEqual(0);
  expect(s.end).toBeGreaterThanOrEqual(s.start);
  expect(s.end).toBeLessThanOrEqual(source.length);
  return source.slice(s.start, s.end);
}

/**
 * Extracts `text`, expects exactly one item in the picked list and hands it to
 * `check` with the original text under its span.
 */
export function expectOne<T extends { span: Span }>(
  text: string,
  pick: (x: Extraction) => T[],
  check?: (item: T, spanText: string, extraction: Extraction) => void,
  options?: ExtractOptions,
): T {
  const extraction = extractDocument(text, options);
  const items = pick(extraction);
  expect(items, `expected exactly one item, got ${JSON.stringify(items, null, 1)}`).toHaveLength(1);
  const item = items[0] as T;
  check?.(item, textAt(text, item.span), extraction);
  return item;
}

/** Extracts `text` and expects the picked list to be empty. */
export function expectNone<T>(text: string, pick: (x: Extraction) => T[], options?: ExtractOptions): void {
  const items = pick(extractDocument(text, options));
  expect(items, `expected no item, got ${JSON.stringify(items, null, 1)}`).toEqual([]);
}

/** A minimal administrative document around a body, so body rules see a real header. */
export function wrapInDocument(body: string, kindHeading = 'KẾ HOẠCH'): string {
  return [
    'ỦY BAN NHÂN DÂN',
    'TỈNH LẠNG SƠN',
    'Số: 100/KH-UBND',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Lạng Sơn, ngày 17 tháng 9 năm 2016',
    '',
    kindHeading,
    'Triển khai nhiệm vụ quốc phòng năm 2017',
    '',
    body,
    '',
    'Nơi nhận:',
    '- Lưu: VT.',
    'TM. ỦY BAN NHÂN DÂN',
    'CHỦ TỊCH',
    'Nguyễn Văn An',
  ].join('\n');
}
