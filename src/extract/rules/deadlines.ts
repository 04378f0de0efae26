/**
 * Dated obligations: "trước ngày 15/9/2019", "xong trước 30/8/2019",
 * "chậm nhất ngày ...", "từ ... đến ngày D" (its end), "trong tháng 3/2026"
 * and "Quý I/2026" (their last day), "hết năm 2010" (31 December).
 * Effective dates, start dates, anniversaries and planned meetings are not deadlines.
 */
import { splitSentences, trimSpan } from '../clauses.ts';
import type { ExtractContext, NSpan } from '../context.ts';
import { endOfMonth, findDates, toIsoDate } from '../dates.ts';
import { parseRoman } from '../numbers.ts';

/** A deadline candidate (offsets in the normalised text). */
export interface DeadlineCandidate {
  date: string;
  /** Where the date itself is printed. */
  dateSpan: NSpan;
  /** The sentence that states the obligation. */
  sentence: NSpan;
  /** The obligation's text when the sentence is not one run of text (a table row's cells). */
  label?: string;
  /** The body that must meet it, when the rule that found it knows (a table's lead column). */
  who?: string;
}

const BEFORE_DATE =
  /(trước|chậm nhất(?: là| vào)?|muộn nhất(?: là)?|hạn chót(?: là)?|hạn cuối(?: là)?|thời hạn(?: là)?|(?:thời gian|thời hạn) hoàn thành\s*:?|thời hạn\s*:|hoàn thành vào|không muộn hơn|đến hết|hết|xong trước|xong vào|xong trong)\s*(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?\s*,?\s*)?(?:ngày\s*)?$/iu;
const WINDOW_END = /từ\s*(?:ngày\s*)?[\d/.-]{3,10}\s*(?:\d{4})?\s*(?:đến|-)\s*(?:hết\s*)?(?:ngày\s*)?$/iu;
const NOT_DEADLINE =
  /(hiệu lực|kể từ|bắt đầu|kỷ niệm|dự kiến|tính đến|tính từ|ngày thành lập|ngày hội|sinh ngày|khai mạc|diễn ra)/iu;
const PERIOD_BEFORE =
  /(trong|hết|trước|chậm nhất(?: là)?|xong trong|hoàn thành trong|hoàn thành trước|xong trước|hoàn thành|(?:thời gian|thời hạn) hoàn thành\s*:?|thời hạn\s*:)\s*$/iu;

const MONTH_YEAR = /tháng\s*(\d{1,2})\s*(?:\/|năm)\s*(\d{4})/giu;
const QUARTER_YEAR = /quý\s*(I{1,3}|IV|[1-4])\s*(?:\/|năm)\s*(\d{4})/giu;
const YEAR_END = /(?:hết|(?:trước|đến|vào)\s*cuối)\s*năm\s*(\d{4})/giu;
const DAY_MONTH =
  /(?<![\d/.-])(\d{1,2})\s*(?:\/|-|\.|\s*tháng\s*)(\d{1,2})(?![\d/]|[.-]\d|\s*(?:năm|\/)\s*\d)/gu;

function quarterEnd(q: number, year: number): string | null {
  return endOfMonth(year, q * 3);
}

function isBlockedBefore(before: string): boolean {
  return NOT_DEADLINE.test(before.slice(-60));
}

/** Deadlines found in one sentence `text[start, end)`. */
function deadlinesInSentence(ctx: ExtractContext, start: number, end: number): DeadlineCandidate[] {
  const { text } = ctx;
  const slice = text.slice(start, end);
  const out: DeadlineCandidate[] = [];
  const sentence = trimSpan(text, { start, end });
  const push = (iso: string | null, s: number, e: number) => {
    if (iso) out.push({ date: iso, dateSpan: { start: start + s, end: start + e }, sentence });
  };
  const taken: NSpan[] = [];
  for (const d of findDates(slice)) {
    taken.push({ start: d.start, end: d.end });
    const before = slice.slice(Math.max(0, d.start - 40), d.start);
    const beforeNoNgay = before.replace(/ngày\s*$/iu, '');
    if (isBlockedBefore(slice.slice(0, d.start))) continue;
    if (BEFORE_DATE.test(before) || WINDOW_END.test(slice.slice(Math.max(0, d.start - 40), d.start)))
      push(d.iso, d.start, d.end);
    else if (
      /(?<![\p{L}\p{N}])đến\s*$/iu.test(beforeNoNgay) &&
      /(?<![\p{L}\p{N}])từ(?![\p{L}\p{N}])/iu.test(slice.slice(0, d.start))
    )
      push(d.iso, d.start, d.end);
  }
  const overlaps = (s: number, e: number) => taken.some((t) => s < t.end && e > t.start);
  for (const m of slice.matchAll(MONTH_YEAR)) {
    const s = m.index ?? 0;
    if (overlaps(s, s + m[0].length)) continue;
    const before = slice.slice(Math.max(0, s - 30), s);
    if (!PERIOD_BEFORE.test(before) || isBlockedBefore(slice.slice(0, s))) continue;
    push(endOfMonth(Number(m[2]), Number(m[1])), s, s + m[0].length);
  }
  for (const m of slice.matchAll(QUARTER_YEAR)) {
    const s = m.index ?? 0;
    const before = slice.slice(Math.max(0, s - 30), s);
    if (!PERIOD_BEFORE.test(before) || isBlockedBefore(slice.slice(0, s))) continue;
    const qText = m[1] ?? '';
    const q = /^\d$/u.test(qText) ? Number(qText) : (parseRoman(qText) ?? 0);
    push(quarterEnd(q, Number(m[2])), s, s + m[0].length);
  }
  for (const m of slice.matchAll(YEAR_END)) {
    const s = m.index ?? 0;
    if (isBlockedBefore(slice.slice(0, s))) continue;
    push(toIsoDate(Number(m[1]), 12, 31), s, s + m[0].length);
  }
  // "trước ngày 15/9" without a year: the document's year
  if (ctx.defaultYear !== null) {
    for (const m of slice.matchAll(DAY_MONTH)) {
      const s = m.index ?? 0;
      if (overlaps(s, s + m[0].length)) continue;
      const before = slice.slice(Math.max(0, s - 40), s);
      if (!BEFORE_DATE.test(before) || isBlockedBefore(slice.slice(0, s))) continue;
      push(yearlessDeadline(ctx, Number(m[2]), Number(m[1])), s, s + m[0].length);
    }
  }
  return out;
}

/**
 * A document signed late in a year sets "trước ngày 15/01" in the next one:
 * an obligation cannot end long before the document that sets it. A few weeks
 * of slack keep a deadline that a late signature has just overtaken.
 */
const YEARLESS_SLACK_DAYS = 60;

function yearlessDeadline(ctx: ExtractContext, month: number, day: number): string | null {
  return completeYear(ctx, (year) => toIsoDate(year, month, day));
}

/** A date printed without its year ("15/01", "Tháng 3", "Quý I"), in the year the document must mean. */
export function completeYear(ctx: ExtractContext, dateIn: (year: number) => string | null): string | null {
  const year = ctx.defaultYear;
  if (year === null) return null;
  const iso = dateIn(year);
  if (!iso || !ctx.documentDate) return iso;
  const lag = (Date.parse(ctx.documentDate) - Date.parse(iso)) / 86_400_000;
  return lag > YEARLESS_SLACK_DAYS ? dateIn(year + 1) : iso;
}

/** Finds the deadlines stated in the body. */
export function findDeadlines(ctx: ExtractContext): DeadlineCandidate[] {
  const out: DeadlineCandidate[] = [];
  for (const item of ctx.layout.items) {
    if (item.isOpening) continue;
    const { line } = item;
    if (!/\d/u.test(line.text)) continue;
    for (const s of splitSentences(ctx.text, item.contentStart, line.end))
      out.push(...deadlinesInSentence(ctx, s.start, s.end));
  }
  return out;
}
