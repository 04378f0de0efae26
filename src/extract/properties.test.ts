/**
 * Property tests: any input gives a valid Extraction without throwing, with
 * spans inside the input, in time roughly linear in its size.
 */
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDocument } from './extract-document.ts';
import type { Extraction, Span } from './types.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

function checkSpan(span: Span | null, length: number): void {
  if (span === null) return;
  expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true);
  expect(span.start).toBeGreaterThanOrEqual(0);
  expect(span.end).toBeGreaterThanOrEqual(span.start);
  expect(span.end).toBeLessThanOrEqual(length);
}

/** Structural validation of an Extraction against the schema. */
function assertValid(x: Extraction, input: string): void {
  const n = input.length;
  for (const key of ['number', 'kind', 'kindName', 'place', 'date', 'subject', 'issuer'] as const) {
    expect(x[key] === null || typeof x[key] === 'string').toBe(true);
  }
  if (x.date !== null) expect(x.date).toMatch(ISO_DATE);
  if (x.signer !== null) expect(typeof x.signer.name === 'string' || x.signer.name === null).toBe(true);
  expect(x.recipients.every((r) => typeof r === 'string')).toBe(true);
  expect(x.spans.recipients).toHaveLength(x.recipients.length);
  for (const s of Object.values(x.spans)) {
    if (Array.isArray(s)) for (const r of s) checkSpan(r, n);
    else checkSpan(s, n);
  }
  for (const c of x.citations) {
    expect(typeof c.number).toBe('string');
    if (c.date !== null) expect(c.date).toMatch(ISO_DATE);
    checkSpan(c.span, n);
  }
  for (const a of x.assignments) {
    expect(['lead', 'support']).toContain(a.role);
    expect(a.agency.length).toBeGreaterThan(0);
    if (a.due !== null) expect(a.due).toMatch(ISO_DATE);
    checkSpan(a.span, n);
  }
  for (const d of x.deadlines) {
    expect(d.date).toMatch(ISO_DATE);
    checkSpan(d.span, n);
  }
  for (const t of x.targets) {
    expect(t.min === null || Number.isFinite(t.min)).toBe(true);
    expect(t.max === null || Number.isFinite(t.max)).toBe(true);
    checkSpan(t.span, n);
  }
  for (const r of x.results) {
    expect(Number.isFinite(r.value)).toBe(true);
    checkSpan(r.span, n);
  }
  for (const r of x.recurring) checkSpan(r.span, n);
  expect(() => JSON.stringify(x)).not.toThrow();
}

const SAMPLES = [
  'quyet-dinh-ubnd.txt',
  'cong-van-huyen.txt',
  'nghi-quyet-dang-uy.txt',
  'trang-web-ke-hoach.txt',
].map((f) => fs.readFileSync(new URL(`../../test/fixtures/extract/${f}`, import.meta.url), 'utf8'));
const VIETNAMESE =
  'ỦY BAN NHÂN DÂN Số: 12/KH-UBND ngày 05 tháng 3 năm 2024 hoà uỷ 95 - 100% 1,5 tỷ đồng trước ngày 15/9 Nơi nhận:\n- TM. CHỦ TỊCH |**';

describe('any input', () => {
  it('random Unicode strings give a valid extraction', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => assertValid(extractDocument(s), s)),
      { numRuns: 300 },
    );
  });

  it('random bytes decoded as UTF-8 give a valid extraction', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const s = new TextDecoder('utf-8').decode(bytes);
        assertValid(extractDocument(s), s);
      }),
      { numRuns: 200 },
    );
  });

  it('strings built from document vocabulary give a valid extraction', () => {
    const piece = fc.constantFrom(
      ...VIETNAMESE.split(/(?<= )/u),
      '\n',
      '\r\n',
      '\t',
      '\u0301',
      '<b>',
      '&nbsp;',
      './.',
      ';',
      ':',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), (parts) => {
        const s = parts.join('');
        assertValid(extractDocument(s), s);
      }),
      { numRuns: 300 },
    );
  });

  it('truncated and spliced documents give a valid extraction', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SAMPLES), fc.nat(), fc.nat(), (doc, a, b) => {
        const from = a % doc.length;
        const to = from + (b % (doc.length - from + 1));
        for (const s of [doc.slice(0, from), doc.slice(from, to), doc.slice(0, from) + doc.slice(to)])
          assertValid(extractDocument(s), s);
      }),
      { numRuns: 60 },
    );
  });

  it.each([
    ['1 MB of one letter', 'a'.repeat(1_000_000)],
    ['1 MB of one upper-case accented letter', 'Ư'.repeat(1_000_000)],
    ['deeply nested brackets', `${'('.repeat(200_000)}Số: 1/KH${')'.repeat(200_000)}`],
    ['a long line of digits and slashes', '12/2019/NĐ-CP/'.repeat(40_000)],
    ['a long line of dates and percents', '15/9/2019 - 20% trước ngày 1/1/2020; '.repeat(20_000)],
    ['many short lines of capitals', 'ỦY\nBAN\n'.repeat(100_000)],
  ])('%s', (_label, s) => {
    const started = performance.now();
    assertValid(extractDocument(s), s);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

/** One extraction's time, in ms. */
function timeOf(s: string): number {
  const started = performance.now();
  extractDocument(s);
  return performance.now() - started;
}

/**
 * Large-to-small time ratio, each the best of five runs taken in turns, so a burst of load on a
 * shared machine slows both sizes alike instead of only the one measured during it.
 */
function timeRatio(small: string, large: string): number {
  timeOf(small); // warm-up
  let bestSmall = Number.POSITIVE_INFINITY;
  let bestLarge = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i += 1) {
    bestSmall = Math.min(bestSmall, timeOf(small));
    bestLarge = Math.min(bestLarge, timeOf(large));
  }
  return bestLarge / Math.max(1, bestSmall);
}

describe('time grows linearly with size', () => {
  const builders: [string, (n: number) => string][] = [
    [
      'a real document repeated',
      (n) =>
        SAMPLES.join('\n')
          .repeat(Math.ceil(n / SAMPLES.join('\n').length))
          .slice(0, n),
    ],
    [
      'one long line of document text',
      (n) =>
        SAMPLES.join(' ')
          .replace(/\n/gu, ' ')
          .repeat(Math.ceil(n / 20_000))
          .slice(0, n),
    ],
    ['digits and separators', (n) => '1/2-3.4,5 6%'.repeat(Math.ceil(n / 12)).slice(0, n)],
    ['agency lists', (n) => 'các sở, ban, ngành, '.repeat(Math.ceil(n / 20)).slice(0, n)],
    ['nested brackets', (n) => '('.repeat(n / 2) + ')'.repeat(n / 2)],
    [
      'a long appendix table of assignments',
      (n) =>
        `Số: 1/KH-UBND\nKẾ HOẠCH\nPhân công\n| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n${'| 1 | Rà soát 12 xã trước 30/6/2026 | Sở Nội vụ | Công an tỉnh, Sở Y tế | Quý II/2026 |\n'
          .repeat(Math.ceil(n / 90))
          .slice(0, n)}`,
    ],
    ['repeated table headers', (n) => 'Cơ quan chủ trì\nNội dung\n'.repeat(Math.ceil(n / 25)).slice(0, n)],
  ];
  it.each(builders)('%s: 4x the input takes well under 12x the time', (_label, build) => {
    // Sizes where the smaller input takes long enough (~15 ms) for timer and GC noise not to
    // dominate the ratio: a quadratic pass would still take 16x.
    let size = 100_000;
    while (size < 1_600_000 && timeOf(build(size)) < 15) size *= 2;
    expect(timeRatio(build(size), build(size * 4))).toBeLessThan(12);
  });
});
