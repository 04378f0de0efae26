import { isVietnameseSyllable } from './casing.ts';
import type { Span } from './types.ts';

/**
 * Text after normalisation, with a map back to the original input so every
 * value found in `text` can be highlighted in the text the user gave us.
 */
export interface NormalizedText {
  /** Normalised text: NFC, one tone placement, no markup, "\n" line breaks, single spaces. */
  readonly text: string;
  /** For each UTF-16 unit of `text`, the original offset it starts at. */
  readonly starts: Int32Array;
  /** For each UTF-16 unit of `text`, the original offset just after it. */
  readonly ends: Int32Array;
  readonly originalLength: number;
}

/** Growable parallel arrays: output code unit + its original range. */
class Builder {
  chars: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;

  constructor(capacity: number) {
    const cap = Math.max(16, capacity);
    this.chars = new Uint16Array(cap);
    this.starts = new Int32Array(cap);
    this.ends = new Int32Array(cap);
  }

  push(code: number, start: number, end: number): void {
    if (this.length === this.chars.length) this.grow();
    this.chars[this.length] = code;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length += 1;
  }

  private grow(): void {
    const cap = this.chars.length * 2;
    const c = new Uint16Array(cap);
    const s = new Int32Array(cap);
    const e = new Int32Array(cap);
    c.set(this.chars);
    s.set(this.starts);
    e.set(this.ends);
    this.chars = c;
    this.starts = s;
    this.ends = e;
  }

  toText(): string {
    return UTF16.decode(this.chars.subarray(0, this.length));
  }
}

const UTF16 = new TextDecoder('utf-16le');

const SPACE = 0x20;
const NEWLINE = 0x0a;

function isCombiningMark(c: number): boolean {
  return (c >= 0x0300 && c <= 0x036f) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff);
}

/** Code units that act as a plain space (tabs, no-break and typographic spaces). */
function isSpaceLike(c: number): boolean {
  return (
    c === 0x09 ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Invisible code units that only get in the way of matching. */
function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ndash: '-',
  mdash: '-',
  ldquo: '\u201c',
  rdquo: '\u201d',
  lsquo: '\u2018',
  rsquo: '\u2019',
  hellip: '\u2026',
};

/** Block-level HTML tags whose boundary is a line break in the text. */
const BLOCK_TAGS = new Set([
  'br',
  'p',
  'div',
  'tr',
  'td',
  'th',
  'li',
  'ul',
  'ol',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
]);

/** Length of an HTML tag starting at `i` (bounded scan), or 0 if it is not one. */
function htmlTagLength(input: string, i: number): number {
  const next = input.charCodeAt(i + 1);
  const isLetter = (next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a);
  if (!isLetter && next !== 0x2f && next !== 0x21) return 0;
  const limit = Math.min(input.length, i + 300);
  for (let j = i + 1; j < limit; j += 1) {
    const c = input.charCodeAt(j);
    if (c === 0x3e) return j - i + 1;
    if (c === 0x3c || c === NEWLINE) return 0;
  }
  return 0;
}

function htmlTagName(tag: string): string {
  const m = /^<\/?\s*([a-zA-Z][a-zA-Z0-9]*)/.exec(tag);
  return m?.[1] ? m[1].toLowerCase() : '';
}

/** Decodes an HTML entity at `i`; returns [replacement, length] or null. */
function htmlEntity(input: string, i: number): [string, number] | null {
  const limit = Math.min(input.length, i + 12);
  let j = i + 1;
  while (j < limit && input.charCodeAt(j) !== 0x3b) j += 1;
  if (j >= limit) return null;
  const body = input.slice(i + 1, j);
  let value: string | undefined;
  if (/^#[0-9]{1,7}$/.test(body)) value = safeFromCodePoint(Number.parseInt(body.slice(1), 10));
  else if (/^#[xX][0-9a-fA-F]{1,6}$/.test(body))
    value = safeFromCodePoint(Number.parseInt(body.slice(2), 16));
  else value = NAMED_ENTITIES[body.toLowerCase()];
  return value === undefined ? null : [value, j - i + 1];
}

function safeFromCodePoint(cp: number): string | undefined {
  if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
  return String.fromCodePoint(cp);
}

/** Single code unit replacements applied before anything else. */
function mapChar(c: number): number {
  if (c === 0xd0) return 0x110; // Icelandic Ð used for Vietnamese Đ
  if (c === 0xf0) return 0x111; // ð used for đ
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) return 0x2d; // dashes and minus
  return c;
}

const TONE_MARKS = new Set([0x300, 0x301, 0x303, 0x309, 0x323]);

/**
 * Old tone placement ("hoà", "uỷ") -> new ("hòa", "ủy"): maps the second vowel
 * (toned a/e/y) to [tone mark, bare vowel] so the pair can be rewritten in place.
 */
const OLD_TONE_SECOND = (() => {
  const map = new Map<number, { tone: number; bare: number }>();
  for (const bare of ['a', 'e', 'y', 'A', 'E', 'Y']) {
    for (const tone of TONE_MARKS) {
      const composed = (bare + String.fromCharCode(tone)).normalize('NFC');
      if (composed.length === 1) map.set(composed.charCodeAt(0), { tone, bare: bare.charCodeAt(0) });
    }
  }
  return map;
})();

function isLetterCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return /\p{L}/u.test(String.fromCharCode(c));
}

/** Rewrites word-final "oà/oè/uỳ" pairs to "òa/òe/ùy" in place (same length, so the map is kept). */
function unifyTonePlacement(b: Builder): void {
  const chars = b.chars;
  for (let i = 1; i < b.length; i += 1) {
    const code = chars[i] ?? 0;
    if (code < 0xc0) continue;
    const second = OLD_TONE_SECOND.get(code);
    if (!second) continue;
    const first = chars[i - 1] ?? 0;
    const lowerFirst = first | 0x20;
    const lowerBare = second.bare | 0x20;
    const pairOk =
      (lowerFirst === 0x6f && (lowerBare === 0x61 || lowerBare === 0x65)) ||
      (lowerFirst === 0x75 && lowerBare === 0x79);
    if (!pairOk) continue;
    if (i + 1 < b.length && isLetterCode(chars[i + 1] ?? 0)) continue; // only word-final
    if (lowerFirst === 0x75 && i >= 2 && ((chars[i - 2] ?? 0) | 0x20) === 0x71) continue; // "qu" is a consonant
    const toned = (String.fromCharCode(first) + String.fromCharCode(second.tone)).normalize('NFC');
    if (toned.length !== 1) continue;
    chars[i - 1] = toned.charCodeAt(0);
    chars[i] = second.bare;
    const start = Math.min(b.starts[i - 1] ?? 0, b.starts[i] ?? 0);
    const end = Math.max(b.ends[i - 1] ?? 0, b.ends[i] ?? 0);
    b.starts[i - 1] = start;
    b.starts[i] = start;
    b.ends[i - 1] = end;
    b.ends[i] = end;
  }
}

/** First pass: character-level clean-up (NFC, spaces, markup, entities, table pipes). */
function cleanCharacters(input: string): Builder {
  const out = new Builder(input.length + 16);
  const n = input.length;
  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    if (c === 0x0d) {
      const len = input.charCodeAt(i + 1) === NEWLINE ? 2 : 1;
      out.push(NEWLINE, i, i + len);
      i += len;
      continue;
    }
    if (c === NEWLINE) {
      out.push(NEWLINE, i, i + 1);
      i += 1;
      continue;
    }
    if (isSpaceLike(c) || c < 0x20 || c === 0x7f || c === 0xfffd) {
      out.push(SPACE, i, i + 1);
      i += 1;
      continue;
    }
    if (isInvisible(c)) {
      i += 1;
      continue;
    }
    if (c === 0x2a) {
      // markdown emphasis "**297**" and "*" bullets carry no content
      i += 1;
      continue;
    }
    if (c === 0x7c) {
      // table pipes separate cells: treat them as line breaks
      out.push(NEWLINE, i, i + 1);
      i += 1;
      continue;
    }
    if (c === 0x3c) {
      const len = htmlTagLength(input, i);
      if (len > 0) {
        if (BLOCK_TAGS.has(htmlTagName(input.slice(i, i + len)))) out.push(NEWLINE, i, i + len);
        i += len;
        continue;
      }
    }
    if (c === 0x26) {
      const ent = htmlEntity(input, i);
      if (ent) {
        const [value, len] = ent;
        for (let k = 0; k < value.length; k += 1) {
          const v = value.charCodeAt(k);
          out.push(v === 0xa0 ? SPACE : v, i, i + len);
        }
        i += len;
        continue;
      }
    }
    // a base character followed by combining marks: compose the cluster
    let j = i + 1;
    if (c >= 0xd800 && c <= 0xdbff && j < n) j += 1;
    if (j < n && isCombiningMark(input.charCodeAt(j))) {
      while (j < n && isCombiningMark(input.charCodeAt(j))) j += 1;
      const composed = input.slice(i, j).normalize('NFC');
      for (let k = 0; k < composed.length; k += 1) out.push(mapChar(composed.charCodeAt(k)), i, j);
      i = j;
      continue;
    }
    for (let k = i; k < j; k += 1) out.push(mapChar(input.charCodeAt(k)), k, k + 1);
    i = j;
  }
  return out;
}

/** Second pass: collapse spaces, trim lines, drop empty-line runs beyond one blank line. */
function collapseWhitespace(src: Builder): Builder {
  const out = new Builder(src.length + 1);
  let pendingSpace = -1; // index in src of the first space of a pending run
  let lineHasContent = false;
  let blankRun = 0;
  for (let i = 0; i < src.length; i += 1) {
    const c = src.chars[i] ?? 0;
    if (c === SPACE) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (c === NEWLINE) {
      pendingSpace = -1;
      if (lineHasContent) blankRun = 0;
      else blankRun += 1;
      lineHasContent = false;
      if (blankRun <= 1) out.push(NEWLINE, src.starts[i] ?? 0, src.ends[i] ?? 0);
      continue;
    }
    if (pendingSpace >= 0 && lineHasContent)
      out.push(SPACE, src.starts[pendingSpace] ?? 0, src.ends[pendingSpace] ?? 0);
    pendingSpace = -1;
    lineHasContent = true;
    out.push(c, src.starts[i] ?? 0, src.ends[i] ?? 0);
  }
  return out;
}

const UPPER_SYLLABLE = /^\p{Lu}{2,7}$/u;

/**
 * Third pass: a line holding one upper-case syllable ("ỦY", "CỘNG", "CHỦ") is
 * a word wrapped out of a narrow table cell; join it to the next line.
 */
function joinBrokenCapsLines(b: Builder, input: string): void {
  let lineStart = 0;
  for (let i = 0; i <= b.length; i += 1) {
    if (i < b.length && b.chars[i] !== NEWLINE) continue;
    if (i < b.length && i - lineStart >= 2 && i - lineStart <= 7) {
      const line = String.fromCharCode(...b.chars.subarray(lineStart, i));
      const next = b.chars[i + 1] ?? 0;
      // a table's "TT" column stays a cell of its own
      const isCellBreak = input.charCodeAt(b.starts[i] ?? -1) === PIPE;
      if (!isCellBreak && UPPER_SYLLABLE.test(line) && /\p{Lu}/u.test(String.fromCharCode(next)))
        b.chars[i] = SPACE;
    }
    lineStart = i + 1;
  }
}

const CONSONANT_END = /(?:ch|ng|nh|[cmnpt])$/u;
const CONSONANT_START = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])/u;
const HAS_VIETNAMESE_LETTER = /[\u00c0-\u1ef9]/u;

const SPLIT_CACHE = new Map<string, number>();

/** Where to cut a word made of two syllables glued together ("huyệnhướng"), or -1 (memoised). */
function gluedSplitPoint(word: string): number {
  const cached = SPLIT_CACHE.get(word);
  if (cached !== undefined) return cached;
  const result = findGluedSplit(word);
  if (SPLIT_CACHE.size >= 50_000) SPLIT_CACHE.clear();
  SPLIT_CACHE.set(word, result);
  return result;
}

function findGluedSplit(word: string): number {
  const lower = word.toLowerCase();
  if (isVietnameseSyllable(lower)) return -1;
  let best = -1;
  let bestScore = -1;
  let tie = false;
  for (let k = 2; k <= lower.length - 2; k += 1) {
    const left = lower.slice(0, k);
    const right = lower.slice(k);
    if (!HAS_VIETNAMESE_LETTER.test(left) && !HAS_VIETNAMESE_LETTER.test(right)) continue;
    if (!isVietnameseSyllable(left) || !isVietnameseSyllable(right)) continue;
    // a syllable starting with a vowel is rarer than one ending without a consonant
    const score = (CONSONANT_END.test(left) ? 1 : 0) + (CONSONANT_START.test(right) ? 2 : 0);
    if (score > bestScore) {
      best = k;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) tie = true;
  }
  return tie ? -1 : best;
}

function isLetterChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0xc0 && c <= 0x1ef9 && c !== 0xd7 && c !== 0xf7)
  );
}

/**
 * Fourth pass: web copies often lose the space between two words
 * ("huyệnhướng dẫn", "dẫnnày"); a word that is no Vietnamese syllable but
 * splits into exactly two is cut in two.
 */
function splitGluedWords(src: Builder): Builder {
  const cuts = findGluedCuts(src);
  if (cuts.size === 0) return src;
  const out = new Builder(src.length + cuts.size);
  for (let k = 0; k < src.length; k += 1) {
    if (cuts.has(k)) out.push(SPACE, src.starts[k] ?? 0, src.starts[k] ?? 0);
    out.push(src.chars[k] ?? 0, src.starts[k] ?? 0, src.ends[k] ?? 0);
  }
  return out;
}

/** Offsets (in `src`) where a space must be inserted between glued syllables. */
function findGluedCuts(src: Builder): Set<number> {
  const cuts = new Set<number>();
  let i = 0;
  while (i < src.length) {
    if (!isLetterChar(src.chars[i] ?? 0)) {
      i += 1;
      continue;
    }
    let j = i;
    let nonAscii = 0;
    // one syllable has one run of vowels: only words with two runs can be two glued syllables
    let vowelRuns = 0;
    let inVowels = false;
    while (j < src.length && isLetterChar(src.chars[j] ?? 0)) {
      const c = src.chars[j] ?? 0;
      if (c >= 0xc0) nonAscii += 1;
      const vowel = isVowelCode(c);
      if (vowel && !inVowels) vowelRuns += 1;
      inVowels = vowel;
      j += 1;
    }
    if (vowelRuns === 2 && j - i >= 4 && j - i <= 14 && nonAscii >= 1) {
      const word = String.fromCharCode(...src.chars.subarray(i, j));
      if (word.slice(1) === word.slice(1).toLowerCase()) {
        const cut = gluedSplitPoint(word);
        if (cut > 0) cuts.add(i + cut);
      }
    }
    i = j;
  }
  return cuts;
}

const VOWEL_TABLE = new Uint8Array(0x1f00).fill(2);

/** True for a, ă, â, e, ê, i, o, ô, ơ, u, ư, y with any tone, in either case. */
function isVowelCode(c: number): boolean {
  if (c >= VOWEL_TABLE.length) return false;
  let v = VOWEL_TABLE[c] ?? 2;
  if (v === 2) {
    const base = String.fromCharCode(c).normalize('NFD').charAt(0).toLowerCase();
    v = 'aeiouy'.includes(base) ? 1 : 0;
    VOWEL_TABLE[c] = v;
  }
  return v === 1;
}

const PIPE = 0x7c;

/** Last words that never end a sentence: a line ending with one continues on the next line. */
const OPEN_ENDINGS = new Set([
  'của',
  'và',
  'về',
  'các',
  'cho',
  'với',
  'tại',
  'theo',
  'trong',
  'đến',
  'là',
  'số',
  'ngày',
  'tháng',
  'năm',
  'những',
  'được',
  'đã',
  'để',
  'thuộc',
  'trên',
  'từ',
  'gồm',
  'như',
  'hoặc',
  'bằng',
  'do',
  'vào',
]);

/**
 * Fifth pass: paragraphs wrapped over several lines (PDF text, narrow web
 * columns) are joined back: a line continues when the next one starts in lower
 * case, when it ends with a word that cannot end a sentence ("của", "và"), or
 * when a range is cut before its dash ("2009" / "- 2019").
 */
function joinWrappedLines(b: Builder, input: string): void {
  const text = b.toText();
  const wrapWidth = wrappingWidth(text);
  let lineStart = 0;
  let previousLine = '';
  while (lineStart < text.length) {
    const nl = text.indexOf('\n', lineStart);
    if (nl < 0) break;
    const next = nl + 1;
    const nextEnd = text.indexOf('\n', next);
    const line = text.slice(lineStart, nl);
    const nextLine = text.slice(next, nextEnd < 0 ? text.length : nextEnd);
    // a line under a heading in capitals is a title (a summary): it never runs on into a capitalised line
    const isTitle = /\p{Lu}/u.test(previousLine) && !/\p{Ll}/u.test(previousLine);
    // a table's cells ("| a | b |") sit on lines of their own: they never run on into each other
    const isCellBreak = input.charCodeAt(b.starts[nl] ?? -1) === PIPE;
    if (
      !isCellBreak &&
      line !== '' &&
      nextLine !== '' &&
      (continuesOnNextLine(line, nextLine) || (!isTitle && fillsWrappedLine(line, nextLine, wrapWidth)))
    ) {
      b.chars[nl] = SPACE;
    }
    previousLine = line;
    lineStart = next;
  }
}

/**
 * The width text was wrapped at (PDF pages, fixed-width copies): most long lines
 * then end near one length. 0 when lines are whole paragraphs of any length.
 */
function wrappingWidth(text: string): number {
  const lengths: number[] = [];
  let start = 0;
  for (let nl = text.indexOf('\n'); start <= text.length; nl = text.indexOf('\n', start)) {
    const end = nl < 0 ? text.length : nl;
    if (end - start >= 20) lengths.push(end - start);
    if (nl < 0) break;
    start = nl + 1;
  }
  if (lengths.length < 8) return 0;
  lengths.sort((x, y) => x - y);
  const p90 = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  const near = lengths.filter((n) => n >= p90 * 0.8 && n <= p90 * 1.15).length;
  return near >= lengths.length * 0.4 && p90 <= 200 ? p90 : 0;
}

const LINE_MARKER =
  /^(?:[IVX]{1,5}\s*[.)]|\d{1,2}(?:\.\d{1,2})*\s*[.)]|[a-zđ]\s?\)|[-+•]|điều\s+\d|phần\s|chương\s|mục\s)/iu;

/** In wrapped text, a nearly full line without final punctuation goes on in the next line. */
function fillsWrappedLine(line: string, nextLine: string, wrapWidth: number): boolean {
  if (wrapWidth === 0 || line.length < wrapWidth * 0.75) return false;
  if (/[.:;!?]$/u.test(line) || (/\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line))) return false;
  if (LINE_MARKER.test(nextLine) || (/\p{Lu}/u.test(nextLine) && !/\p{Ll}/u.test(nextLine))) return false;
  return !/^(nơi nhận|kính gửi|căn cứ|tm\.|kt\.|t\/m)/iu.test(nextLine);
}

function continuesOnNextLine(line: string, nextLine: string): boolean {
  if (/\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line)) return false; // headings and header lines stay
  if (/^\p{Ll}/u.test(nextLine)) return !/^[a-zđ]\s?[).]\s/u.test(nextLine); // but not "a) ..." items
  if (/\d$/u.test(line) && /^-\s?\d/u.test(nextLine)) return true;
  if (/\d[/-][\p{L}\d]*[/-]$/u.test(line) && /^\p{Lu}/u.test(nextLine)) return true; // "45/TTr-" / "BCH"

  if (/^[“"(«]/u.test(nextLine) && /[\p{L}\d,]$/u.test(line) && line.length >= 40) return true; // "về việc" / "“Kết luận ..."
  const lastWord = /([\p{L}]+)$/u.exec(line.slice(-24))?.[1]?.toLowerCase() ?? '';
  return OPEN_ENDINGS.has(lastWord) && /^\p{Lu}\p{Ll}/u.test(nextLine) && line.length >= 40;
}

/** Normalises raw document text and keeps a map to the original offsets. */
export function normalizeText(input: string): NormalizedText {
  const cleaned = cleanCharacters(input);
  unifyTonePlacement(cleaned);
  const collapsed = splitGluedWords(collapseWhitespace(cleaned));
  joinBrokenCapsLines(collapsed, input);
  joinWrappedLines(collapsed, input);
  return {
    text: collapsed.toText(),
    starts: collapsed.starts.subarray(0, collapsed.length),
    ends: collapsed.ends.subarray(0, collapsed.length),
    originalLength: input.length,
  };
}

/** Maps a span of the normalised text back to the original input. */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): Span {
  const len = norm.text.length;
  if (len === 0) return { start: 0, end: 0 };
  const s = Math.max(0, Math.min(start, len - 1));
  const e = Math.max(s + 1, Math.min(end, len));
  const origStart = norm.starts[s] ?? 0;
  const origEnd = norm.ends[e - 1] ?? origStart;
  return { start: origStart, end: Math.max(origStart, origEnd) };
}
