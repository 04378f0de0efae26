/** Splitting body text into sentences and clauses with a single linear scan. */
import type { NSpan } from './context.ts';

function isUpperStart(ch: string): boolean {
  return ch !== '' && (/\p{Lu}/u.test(ch) || /[\d"“(]/u.test(ch));
}

/**
 * Sentences of `text[start, end)`: a "." (or "!", "?") followed by a space and a
 * capital ends one, except inside numbers ("32.266") and abbreviations ("TM.").
 */
export function splitSentences(text: string, start: number, end: number): NSpan[] {
  const out: NSpan[] = [];
  let s = start;
  for (let i = start; i < end; i += 1) {
    const ch = text.charAt(i);
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    if (ch === '.' && i + 1 < end && text.charAt(i + 1) !== ' ') continue;
    if (ch === '.' && i + 2 < end && !isUpperStart(text.charAt(i + 2))) continue;
    // "TP. Hà Nội", "TM. UBND", "v.v. Các": a short word before the dot is an abbreviation
    if (ch === '.' && i - s < 6 && i + 1 < end) continue;
    if (
      ch === '.' &&
      /(?:^|[\s(])(?:TP|TX|TT|Tp|ThS|TS|PGS|GS|St|Q|P|v\.v)$/u.test(text.slice(Math.max(s, i - 6), i))
    )
      continue;
    out.push({ start: s, end: i + 1 });
    s = i + 1;
    while (s < end && text.charAt(s) === ' ') s += 1;
  }
  if (s < end) out.push({ start: s, end });
  return out;
}

/** Clauses: sentences further cut at ";" and ":" (the list and label separators). */
export function splitClauses(text: string, start: number, end: number): NSpan[] {
  const out: NSpan[] = [];
  for (const sentence of splitSentences(text, start, end)) {
    let s = sentence.start;
    for (let i = sentence.start; i < sentence.end; i += 1) {
      const ch = text.charAt(i);
      if (ch !== ';' && ch !== ':') continue;
      if (i > s) out.push({ start: s, end: i });
      s = i + 1;
      while (s < sentence.end && text.charAt(s) === ' ') s += 1;
    }
    if (s < sentence.end) out.push({ start: s, end: sentence.end });
  }
  return out;
}

/** Trims spaces and a final "." / "./." from a span of `text`. */
export function trimSpan(text: string, span: NSpan): NSpan {
  let { start, end } = span;
  while (start < end && /[\s,;:-]/u.test(text.charAt(start))) start += 1;
  while (end > start && /[\s,;:./]/u.test(text.charAt(end - 1))) end -= 1;
  return { start, end };
}
