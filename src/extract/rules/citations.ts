/**
 * Citations of other documents: a kind name ("Nghị quyết", "Kế hoạch", "Văn
 * bản") or a kind abbreviation (NQ, NĐ ...) followed by a number, with the
 * date, issuer ("của ...") and title ("về “...”") printed after it.
 */
import { matchAgency } from '../agencies.ts';
import type { ExtractContext, NSpan } from '../context.ts';
import { parseDateAt } from '../dates.ts';
import { matchBareSerialAt, matchDocNumberAt } from '../doc-number.ts';
import { DOCUMENT_KINDS, type DocumentKind, kindCodeOfNumber } from '../kinds.ts';
import { matchPhrase, phraseSet } from '../phrases.ts';
import { isCapitalized, type Line, type Token } from '../text.ts';

/** A citation candidate before refinement (offsets in the normalised text). */
export interface CitationCandidate {
  kind: string | null;
  number: string;
  isBare: boolean;
  date: string | null;
  issuer: string | null;
  subject: string | null;
  basis: boolean;
  span: NSpan;
}

const KIND_NAME_SET = phraseSet(DOCUMENT_KINDS.flatMap((k) => k.names));
const KIND_BY_NAME = new Map<string, DocumentKind>(
  DOCUMENT_KINDS.flatMap((k) => k.names.map((n) => [n, k] as const)),
);

/** Kind abbreviations used in running text before a number ("NĐ 21/2019/NĐ-CP", "QĐ số 12"). */
const KIND_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['nq', 'NQ'],
  ['qđ', 'QĐ'],
  ['nđ', 'NĐ'],
  ['tt', 'TT'],
  ['ttlt', 'TTLT'],
  ['ct', 'CT'],
  ['kh', 'KH'],
  ['hd', 'HD'],
  ['cv', 'CV'],
  ['kl', 'KL'],
]);

const BARE_YEAR_MIN = 1900;
const BARE_YEAR_MAX = 2100;

/** Kinds whose citations print a title between the kind name and "số". */
const LAW_CODES: ReadonlySet<string> = new Set(['L', 'PL']);
/** A law title is short; looking further would reach another document's number. */
const LAW_TITLE_MAX_TOKENS = 16;

/**
 * Index of the number after "<title> số" when the title that follows a law's
 * kind name ends in "số" + a legislature number (".../QH14", ".../UBTVQH15");
 * null otherwise, so a law cited without a number stays uncited.
 */
function lawNumberAfterTitle(tokens: readonly Token[], from: number): number | null {
  const limit = Math.min(tokens.length - 1, from + LAW_TITLE_MAX_TOKENS);
  for (let j = from; j < limit; j += 1) {
    const t = tokens[j];
    if (!t || t.text === ';' || t.text === '.' || (t.text === '(' && j === from)) return null;
    if (t.lower !== 'số') continue;
    const at = tokens[j + 1]?.text === ':' ? j + 2 : j + 1;
    return /^\d/u.test(tokens[at]?.text ?? '') ? at : null;
  }
  return null;
}

/** A number issued by the legislature, which carries no kind code ("48/2019/QH14"). */
function isLawNumber(value: string): boolean {
  return /\/\d{4}\/(?:UBTV)?QH\d*$/u.test(value);
}

function kindOfName(tokens: readonly Token[], i: number, n: number): DocumentKind | undefined {
  const name = tokens
    .slice(i, i + n)
    .map((t) => t.lower)
    .join(' ');
  return KIND_BY_NAME.get(name);
}

/** Reads "ngày 25/10/2013" / ", ngày 12 tháng 01 năm 2022" right at `pos`; returns [iso, end]. */
function dateAfter(text: string, pos: number, limit: number): [string, number] | null {
  const slice = text.slice(pos, Math.min(limit, pos + 60));
  const d = parseDateAt(slice.replace(/^[\s,(]*(?:ban hành\s*)?/u, (m) => ' '.repeat(m.length)));
  return d ? [d.iso, pos + d.end] : null;
}

const QUOTE_OPEN = /^[\s,]*(?:về việc|v\/v|về|với nội dung|với tên gọi)?\s*[:,]?\s*["“”]/iu;
const ABOUT = /^[\s,]*(về việc|v\/v|về)\s+/iu;

/** Title after a citation: the quoted text, or a "về ..." phrase up to the clause end. */
function subjectAfter(text: string, pos: number, limit: number): string | null {
  const slice = text.slice(pos, Math.min(limit, pos + 600));
  const quote = QUOTE_OPEN.exec(slice);
  if (quote) {
    const bodyStart = quote[0].length;
    let depth = 1;
    let i = bodyStart;
    for (; i < slice.length; i += 1) {
      const ch = slice.charAt(i);
      if (ch === '“') depth += 1;
      else if (ch === '”' || ch === '"') {
        depth -= 1;
        if (depth === 0) break;
      }
    }
    const value = slice.slice(bodyStart, i).replace(/[“”"]/gu, '').replace(/\s+/gu, ' ').trim();
    return value === '' ? null : value;
  }
  const about = ABOUT.exec(slice);
  if (!about) return null;
  const rest = slice.slice(about[0].length - about[0].replace(/^[\s,]*/u, '').length);
  const end = rest.search(/[;.](?:\s|$)|\s\(|$/u);
  const value = rest
    .slice(0, end < 0 ? rest.length : end)
    .replace(/^(về việc|v\/v)\s*/iu, '')
    .trim();
  return value === '' ? null : value;
}

function issuerAfter(
  text: string,
  tokens: readonly Token[],
  tokIndex: number,
): { issuer: string; end: number } | null {
  const t = tokens[tokIndex];
  if (t?.lower !== 'của') return null;
  const agency = matchAgency(tokens, tokIndex + 1);
  if (agency) {
    // one issuer, or joint issuers linked by "và" ("Bộ Quốc phòng và Bộ Công an")
    let last = agency.groups[0];
    for (const g of agency.groups.slice(1)) {
      if (!last || tokens[g.startTok - 1]?.lower !== 'và') break;
      last = g;
    }
    const first = tokens[agency.startTok];
    const lastTok = last ? tokens[last.endTok - 1] : undefined;
    if (first && lastTok) return { issuer: text.slice(first.start, lastTok.end), end: lastTok.end };
  }
  // unknown body: a run of capitalised words ("của Ban Chỉ đạo 515")
  let j = tokIndex + 1;
  while (
    j < tokens.length &&
    tokens[j]?.isWord &&
    (isCapitalized(tokens[j]?.text ?? '') || /^\p{Ll}/u.test(tokens[j]?.text ?? ''))
  ) {
    if (
      !isCapitalized(tokens[j]?.text ?? '') &&
      j > tokIndex + 1 &&
      !isCapitalized(tokens[j - 1]?.text ?? '')
    )
      break;
    j += 1;
  }
  const first = tokens[tokIndex + 1];
  const last = tokens[j - 1];
  if (j > tokIndex + 1 && first && last && isCapitalized(first.text))
    return { issuer: text.slice(first.start, last.end), end: last.end };
  return null;
}

function firstTokenAtOrAfter(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Reads date, issuer and subject printed after a citation's number. */
function readTail(
  text: string,
  tokens: readonly Token[],
  numberEnd: number,
  limit: number,
): { date: string | null; issuer: string | null; subject: string | null; end: number } {
  let pos = numberEnd;
  let date: string | null = null;
  let issuer: string | null = null;
  const d1 = dateAfter(text, pos, limit);
  if (d1) [date, pos] = d1;
  let k = firstTokenAtOrAfter(tokens, pos);
  if (tokens[k]?.text === ',') k += 1;
  const iss = issuerAfter(text, tokens, k);
  if (iss) {
    issuer = iss.issuer;
    pos = iss.end;
    if (!date) {
      const d2 = dateAfter(text, pos, limit);
      if (d2) [date, pos] = d2;
    }
  }
  // "(khóa XI)" after the issuer belongs to it
  const khoa = /^\s*\(kh[oó]a [^)]{1,12}\)/iu.exec(text.slice(pos, pos + 20));
  if (khoa) pos += khoa[0].length;
  const subject = subjectAfter(text, pos, limit);
  return { date, issuer, subject, end: pos };
}

/** Finds the citations of one line. */
function citationsInLine(ctx: ExtractContext, line: Line, basis: boolean): CitationCandidate[] {
  const { text } = ctx;
  if (!/\d/u.test(line.text)) return [];
  const tokens = ctx.tokens.range(line.start, line.end);
  const out: CitationCandidate[] = [];
  const usedNumberStarts = new Set<number>();
  for (let i = 0; i < tokens.length; i += 1) {
    const tok = tokens[i];
    if (!tok?.isWord) continue;
    let kind: DocumentKind | undefined;
    let kindCode: string | null = null;
    let nameLen = matchPhrase(KIND_NAME_SET, tokens, i);
    if (nameLen > 0) {
      kind = kindOfName(tokens, i, nameLen);
      kindCode = kind && !kind.isGeneric ? kind.code : null;
    } else {
      const abbr = KIND_ABBREVIATIONS.get(tok.lower);
      if (!abbr || !/^\p{Lu}/u.test(tok.text)) continue;
      kindCode = abbr;
      nameLen = 1;
    }
    let j = i + nameLen;
    let hasSo = false;
    if (tokens[j]?.lower === 'số') {
      hasSo = true;
      j += 1;
      if (tokens[j]?.text === ':') j += 1;
    }
    // a law names its title before the number ("Luật Dân quân tự vệ số 48/2019/QH14")
    let isTitled = false;
    if (!hasSo && kind && LAW_CODES.has(kind.code)) {
      const titled = lawNumberAfterTitle(tokens, j);
      if (titled !== null) {
        j = titled;
        hasSo = true;
        isTitled = true;
      }
    }
    const at = tokens[j];
    if (!at) continue;
    const num = matchDocNumberAt(text, at.start);
    let value: string | null = null;
    let numEnd = 0;
    let isBare = false;
    if (num && num.end <= line.end && (!isTitled || isLawNumber(num.value))) {
      value = num.value;
      numEnd = num.end;
    } else if (!isTitled && (hasSo || isCapitalized(tok.text))) {
      const bare = matchBareSerialAt(text, at.start);
      const serial = bare ? Number(bare.value) : 0;
      if (bare && !(serial >= BARE_YEAR_MIN && serial <= BARE_YEAR_MAX) && kindCode) {
        value = bare.value;
        numEnd = bare.end;
        isBare = true;
      }
    }
    if (value === null) continue;
    const code = kindCode ?? kindCodeOfNumber(value) ?? (kind?.isGeneric ? 'CV' : null);
    const tail = readTail(text, tokens, numEnd, line.end);
    usedNumberStarts.add(at.start);
    out.push({
      kind: code,
      number: value,
      isBare,
      date: tail.date,
      issuer: tail.issuer,
      subject: tail.subject,
      basis,
      span: { start: tok.start, end: Math.max(numEnd, tail.end) },
    });
    i = firstTokenAtOrAfter(tokens, numEnd) - 1;
  }
  // numbers printed without a kind name ("theo tinh thần 28-NQ/TW")
  for (let i = 0; i < tokens.length; i += 1) {
    const tok = tokens[i];
    if (!tok || !/^\d/u.test(tok.text) || usedNumberStarts.has(tok.start)) continue;
    const num = matchDocNumberAt(text, tok.start);
    if (!num || num.end > line.end) continue;
    const code = kindCodeOfNumber(num.value);
    if (!code || !/[/-]\d{4}[/-]|[-/]\p{Lu}+\/\p{Lu}|\d[-/]\p{Lu}/u.test(num.value)) continue;
    const tail = readTail(text, tokens, num.end, line.end);
    out.push({
      kind: code,
      number: num.value,
      isBare: false,
      date: tail.date,
      issuer: tail.issuer,
      subject: tail.subject,
      basis,
      span: { start: num.start, end: Math.max(num.end, tail.end) },
    });
    i = firstTokenAtOrAfter(tokens, num.end) - 1;
  }
  return out;
}

/** Collects citation candidates from the body (and the summary) of the document. */
export function findCitations(ctx: ExtractContext): CitationCandidate[] {
  const { layout } = ctx;
  const out: CitationCandidate[] = [];
  for (const line of layout.header?.subjectLines ?? []) out.push(...citationsInLine(ctx, line, false));
  for (const item of layout.items) out.push(...citationsInLine(ctx, item.line, item.isOpening));
  out.sort((a, b) => a.span.start - b.span.start);
  return out;
}
