/** Recurring obligations: "định kỳ hàng năm", "hằng quý", "định kỳ 6 tháng", "định kỳ". */
import { splitClauses, trimSpan } from '../clauses.ts';
import type { ExtractContext, NSpan } from '../context.ts';
import type { RecurrenceEvery } from '../types.ts';

/** A recurring obligation candidate. */
export interface RecurringCandidate {
  every: RecurrenceEvery;
  span: NSpan;
}

const PERIOD =
  /(định kỳ\s*)?(?:(hàng|hằng|mỗi)\s*(năm|quý|tháng|tuần)|(6|sáu)\s*tháng\s*(?:một lần|1 lần|\/\s*lần|đầu năm và cuối năm)|(?:định kỳ\s*)(6|sáu)\s*tháng|(định kỳ))(?![\p{L}\p{N}])/iu;

/** A clause stating an allowance or price per unit. */
const RATE = /^(?:mức|định mức|đơn giá)(?![\p{L}\p{N}])/iu;

const EVERY_BY_WORD: Readonly<Record<string, RecurrenceEvery>> = {
  năm: 'year',
  quý: 'quarter',
  tháng: 'month',
  tuần: 'week',
};

function everyOf(m: RegExpExecArray): RecurrenceEvery {
  const unit = (m[3] ?? '').toLowerCase();
  if (unit) return EVERY_BY_WORD[unit] ?? null;
  if (m[4] || m[5]) return 'half-year';
  return null;
}

/** Finds recurring obligations in the body, one per clause. */
export function findRecurring(ctx: ExtractContext): RecurringCandidate[] {
  const out: RecurringCandidate[] = [];
  for (const item of ctx.layout.items) {
    if (item.isOpening) continue;
    const { line } = item;
    if (!/(hàng|hằng|mỗi|định kỳ|tháng một lần)/iu.test(line.text)) continue;
    for (const clause of splitClauses(ctx.text, item.contentStart, line.end)) {
      const body = ctx.text.slice(clause.start, clause.end);
      const m = PERIOD.exec(body);
      if (!m) continue;
      // "Mức hỗ trợ hằng tháng ... 1.500.000 đồng/người/tháng" sets a rate, not a duty that recurs
      if (RATE.test(body)) continue;
      // "định kỳ" alone before a period word is the same obligation: keep the most precise reading
      out.push({ every: everyOf(m), span: trimSpan(ctx.text, clause) });
    }
  }
  return out;
}
