/** Small text helpers shared by the rules: lines, tokens, casing. */

/** One line of the normalised text (without its "\n"). */
export interface Line {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** Splits normalised text into lines with their offsets. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lines.push({ index, start, end, text: text.slice(start, end) });
    index += 1;
    start = end + 1;
  }
  return lines;
}

/** A word or punctuation token with its offsets in the normalised text. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  isWord: boolean;
}

const WORD = 1;
const UPPER = 2;
const LOWER = 4;
const SPACE = 8;
const UNKNOWN = 255;

/** Lazily filled class table for UTF-16 code units, so no regex runs per character. */
const CHAR_FLAGS = new Uint8Array(65536).fill(UNKNOWN);

function flagsOf(code: number): number {
  const cached = CHAR_FLAGS[code] ?? UNKNOWN;
  if (cached !== UNKNOWN) return cached;
  const ch = String.fromCharCode(code);
  let flags = 0;
  if (/[\p{L}\p{M}\p{N}]/u.test(ch) || (code >= 0xd800 && code <= 0xdfff)) flags |= WORD;
  if (/\p{Lu}/u.test(ch)) flags |= UPPER;
  if (/\p{Ll}/u.test(ch)) flags |= LOWER;
  if (/\s/u.test(ch)) flags |= SPACE;
  CHAR_FLAGS[code] = flags;
  return flags;
}

/** Tokenises `text[start, end)` into words (letters/digits) and single punctuation marks. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const f = flagsOf(text.charCodeAt(i));
    if (f & SPACE) {
      i += 1;
      continue;
    }
    if (f & WORD) {
      let j = i + 1;
      for (;;) {
        while (j < end && flagsOf(text.charCodeAt(j)) & WORD) j += 1;
        // an apostrophe inside a name belongs to it ("Cư M'gar", "Ea H'leo")
        const c = text.charCodeAt(j);
        if ((c === 0x27 || c === 0x2019) && j + 1 < end && flagsOf(text.charCodeAt(j + 1)) & WORD) j += 1;
        else break;
      }
      const t = text.slice(i, j);
      tokens.push({ text: t, lower: t.toLowerCase(), start: i, end: j, isWord: true });
      i = j;
      continue;
    }
    const t = text.charAt(i);
    tokens.push({ text: t, lower: t, start: i, end: i + 1, isWord: false });
    i += 1;
  }
  return tokens;
}

/** True when the word starts with an upper-case letter. */
export function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** True when the line's letters are (almost) all upper case: a heading or header line. */
export function isUpperLine(line: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < line.length; i += 1) {
    const f = flagsOf(line.charCodeAt(i));
    if (f & UPPER) upper += 1;
    else if (f & LOWER) lower += 1;
  }
  return upper >= 2 && lower <= Math.max(1, Math.floor(upper * 0.1));
}

/** Lower-case word set (letters and digits), for similarity checks. */
export function wordSet(s: string): Set<string> {
  return new Set(
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w !== ''),
  );
}

/** Jaccard similarity of two word sets. */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  for (const w of a) if (b.has(w)) inter += 1;
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}

/**
 * Tokens of ranges of one text, tokenised once per line: the rules look at the
 * same lines many times (citations, clauses, headings, units).
 */
export class TokenCache {
  private readonly lineStarts: number[] = [0];
  private readonly byLine = new Map<number, Token[]>();

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  /** Whole tokens lying inside `[start, end)` (which must not cross a line break). */
  range(start: number, end: number): Token[] {
    const line = this.lineOf(start);
    let tokens = this.byLine.get(line);
    if (!tokens) {
      const lineStart = this.lineStarts[line] ?? 0;
      const next = this.lineStarts[line + 1];
      tokens = tokenize(this.text, lineStart, next === undefined ? this.text.length : next - 1);
      this.byLine.set(line, tokens);
    }
    const from = lowerBound(tokens, start);
    // tokens are sorted and disjoint: the first one ending after `end` bounds the range
    let lo = from;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tokens[mid]?.end ?? 0) <= end) lo = mid + 1;
      else hi = mid;
    }
    return from === 0 && lo === tokens.length ? tokens : tokens.slice(from, lo);
  }

  private lineOf(pos: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

function lowerBound(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
