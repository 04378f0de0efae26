/**
 * Ordered refiners: they merge the candidates the rules produced, drop what
 * another rule explains better, and attach deadlines to assignments.
 */
import type { NSpan } from './context.ts';
import type { AssignmentCandidate } from './rules/assignments.ts';
import type { CitationCandidate } from './rules/citations.ts';
import type { DeadlineCandidate } from './rules/deadlines.ts';
import type { QuantityCandidate } from './rules/quantities.ts';
import type { RecurringCandidate } from './rules/recurring.ts';
import { jaccard, wordSet } from './text.ts';

// ---------------------------------------------------------------- agencies

/** Abbreviations expanded before two body names are compared ("UBND" = "Ủy ban nhân dân"). */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  ubnd: 'ủy ban nhân dân',
  hđnd: 'hội đồng nhân dân',
  mttq: 'mặt trận tổ quốc',
  ubmttq: 'ủy ban mặt trận tổ quốc',
  mttqvn: 'mặt trận tổ quốc việt nam',
  chqs: 'chỉ huy quân sự',
  bchqs: 'ban chỉ huy quân sự',
  đuqs: 'đảng ủy quân sự',
  bđbp: 'bộ đội biên phòng',
  tw: 'trung ương',
  qs: 'quân sự',
  ca: 'công an',
  tp: 'thành phố',
};

const WORDS_CACHE = new Map<string, Set<string>>();

/** Word set of a body's name with abbreviations expanded, for similarity checks (memoised). */
function agencyWords(name: string): Set<string> {
  const cached = WORDS_CACHE.get(name);
  if (cached) return cached;
  if (WORDS_CACHE.size >= 10_000) WORDS_CACHE.clear();
  const words: string[] = [];
  for (const w of wordSet(name)) {
    const expanded = ABBREVIATIONS[w];
    if (expanded) words.push(...expanded.split(' '));
    else words.push(w);
  }
  const set = new Set(words);
  WORDS_CACHE.set(name, set);
  return set;
}

/**
 * The official's title a name opens with ("Chỉ huy trưởng Bộ CHQS tỉnh"), or "":
 * an official and the body they head are two assignees, however alike the words.
 */
const OFFICIAL_TITLE =
  /^(?:phó\s+)?(?:chủ tịch|tổng giám đốc|giám đốc|chỉ huy trưởng|chỉ huy phó|thủ trưởng|chánh văn phòng|chánh thanh tra|hiệu trưởng|bộ trưởng|cục trưởng|trưởng ban|trưởng phòng|trưởng|bí thư|người đứng đầu|chính ủy|chính trị viên|tư lệnh)(?![\p{L}\p{N}])/iu;

function officialTitle(name: string): string {
  return OFFICIAL_TITLE.exec(name)?.[0].toLowerCase() ?? '';
}

/** True when two body names denote the same body. */
export function sameAgency(a: string, b: string): boolean {
  if (officialTitle(a) !== officialTitle(b)) return false;
  return jaccard(agencyWords(a), agencyWords(b)) >= 0.7;
}

// ---------------------------------------------------------------- citations

function normalizedNumber(n: string): string {
  return n.normalize('NFC').replace(/\s+/gu, '').toUpperCase();
}

function compatible<T>(a: T | null, b: T | null, eq: (x: T, y: T) => boolean): boolean {
  return a === null || b === null || eq(a, b);
}

function similarIssuer(a: string, b: string): boolean {
  const wa = agencyWords(a);
  const wb = agencyWords(b);
  let inter = 0;
  for (const w of wa) if (wb.has(w)) inter += 1;
  return inter / Math.min(wa.size, wb.size) >= 0.75 || jaccard(wa, wb) >= 0.6;
}

/**
 * One citation per distinct document: later mentions of the same kind and
 * number merge into the first unless their date or issuer shows another
 * document (two different "28-NQ/TW"); "Chỉ thị số 12" merges into "12-CT/TW".
 */
export function refineCitations(
  candidates: readonly CitationCandidate[],
  ownNumber: string | null,
): CitationCandidate[] {
  const own = ownNumber ? normalizedNumber(ownNumber) : null;
  const kept: CitationCandidate[] = [];
  const mergeInto = (target: CitationCandidate, c: CitationCandidate) => {
    target.date ??= c.date;
    target.issuer ??= c.issuer;
    target.subject ??= c.subject;
    target.basis ||= c.basis;
  };
  const ordered = [...candidates.filter((c) => !c.isBare), ...candidates.filter((c) => c.isBare)];
  for (const c of ordered) {
    const num = normalizedNumber(c.number);
    if (own !== null && num === own) continue;
    const kind = (c.kind ?? '').toUpperCase();
    const match = kept.find((k) => {
      if ((k.kind ?? '').toUpperCase() !== kind) return false;
      const kn = normalizedNumber(k.number);
      const sameNumber = c.isBare
        ? kn === num || kn.startsWith(`${num}-`) || kn.startsWith(`${num}/`)
        : kn === num;
      if (!sameNumber) return false;
      return compatible(k.date, c.date, (x, y) => x === y) && compatible(k.issuer, c.issuer, similarIssuer);
    });
    if (match) mergeInto(match, c);
    else kept.push({ ...c });
  }
  kept.sort((a, b) => a.span.start - b.span.start);
  return kept;
}

// ---------------------------------------------------------------- assignments

function overlaps(a: NSpan, b: NSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The words a candidate itself takes: a heading body's duty is its own line, not the heading above it. */
function ownExtent(c: AssignmentCandidate): NSpan {
  return c.source === 'heading' ? c.taskSpan : c.span;
}

/** Longest run of list markers, punctuation and spaces read as "nothing between" two duties. */
const GLUE_MAX = 120;
const LINE_MARKER = /(^|\n)[ \t]*(?:[a-zđ]|\d{1,3}(?:\.\d{1,3})*|[ivxlc]+)[.)]/giu;
const ONLY_GLUE = /^[\s\p{P}\p{S}]*$/u;

/** True when only list markers, punctuation and spaces stand between two offsets. */
function isGlue(text: string, from: number, to: number): boolean {
  if (to <= from) return true;
  if (to - from > GLUE_MAX) return false;
  return ONLY_GLUE.test(text.slice(from, to).replace(LINE_MARKER, '$1'));
}

/**
 * Decides whether a merged assignment's span may grow over a later duty of the
 * same body: both sit under one heading (or nothing but markers separates them),
 * and no other body's duty lies in between (a duty two bodies share is no obstacle).
 */
class Contiguity {
  private readonly byStart: AssignmentCandidate[];
  private readonly byTask = new Map<number, AssignmentCandidate[]>();

  constructor(
    private readonly text: string,
    candidates: readonly AssignmentCandidate[],
  ) {
    this.byStart = [...candidates].sort((a, b) => ownExtent(a).start - ownExtent(b).start);
    for (const c of candidates) {
      const list = this.byTask.get(c.taskSpan.start);
      if (list) list.push(c);
      else this.byTask.set(c.taskSpan.start, [c]);
    }
  }

  canExtend(kept: AssignmentCandidate, next: AssignmentCandidate): boolean {
    const from = kept.span.end;
    const to = ownExtent(next).start;
    if (to < from) return ownExtent(next).end > kept.span.start;
    const sameBlock =
      kept.source === 'heading' &&
      next.source === 'heading' &&
      kept.agencySpan.start === next.agencySpan.start;
    if (!sameBlock && !isGlue(this.text, from, to)) return false;
    return !this.otherBodyBetween(kept.agency, from, to);
  }

  private otherBodyBetween(agency: string, from: number, to: number): boolean {
    let lo = 0;
    let hi = this.byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ownExtent(this.byStart[mid] as AssignmentCandidate).start < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.byStart.length; i += 1) {
      const c = this.byStart[i] as AssignmentCandidate;
      if (ownExtent(c).start >= to) break;
      if (sameAgency(c.agency, agency)) continue;
      const sharers = this.byTask.get(c.taskSpan.start) ?? [];
      if (!sharers.some((s) => sameAgency(s.agency, agency))) return true;
    }
    return false;
  }
}

/**
 * Attaches the deadline stated in an assignment's clause, then keeps one
 * assignment per (body, role): later ones only add partners and a due date,
 * and widen the span over their duties when these follow on in the same block,
 * so a reviewer can still split the task into all of the body's duties.
 */
export function refineAssignments(
  candidates: readonly AssignmentCandidate[],
  deadlines: readonly DeadlineCandidate[],
  text: string,
): AssignmentCandidate[] {
  const withDue = candidates.map((a) => {
    // a duty under a heading body owns its own line, not the sibling duties between it and the heading
    const own = ownExtent(a);
    const d = deadlines.find(
      (x) => overlaps(x.dateSpan, own) || (overlaps(x.sentence, own) && x.dateSpan.start >= own.start),
    );
    return { ...a, due: a.due ?? d?.date ?? null, partners: [...a.partners], span: { ...a.span } };
  });
  let contiguity: Contiguity | null = null;
  const kept: AssignmentCandidate[] = [];
  for (const a of withDue) {
    const match = kept.find((k) => k.role === a.role && sameAgency(k.agency, a.agency));
    if (!match) {
      kept.push(a);
      continue;
    }
    for (const p of a.partners) if (!match.partners.some((q) => sameAgency(q, p))) match.partners.push(p);
    match.due ??= a.due;
    // a body is written most fully where it is the subject ("Ủy ban nhân dân tỉnh tổ chức ...")
    if (match.source === 'object' && a.source !== 'object') {
      match.agency = a.agency;
      match.agencySpan = a.agencySpan;
      match.source = a.source;
      match.task = a.task;
      match.taskSpan = a.taskSpan;
      match.span = a.span;
      continue;
    }
    contiguity ??= new Contiguity(text, withDue);
    if (contiguity.canExtend(match, a)) {
      match.span = {
        start: Math.min(match.span.start, a.span.start),
        end: Math.max(match.span.end, a.span.end),
      };
    }
  }
  return kept;
}

// ---------------------------------------------------------------- deadlines, recurring, quantities

/** One deadline per (date, sentence). */
export function refineDeadlines(candidates: readonly DeadlineCandidate[]): DeadlineCandidate[] {
  const seen = new Set<string>();
  return candidates.filter((d) => {
    const key = `${d.date}|${d.sentence.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One recurring obligation per clause. */
export function refineRecurring(candidates: readonly RecurringCandidate[]): RecurringCandidate[] {
  const seen = new Set<number>();
  return candidates.filter((r) => {
    if (seen.has(r.span.start)) return false;
    seen.add(r.span.start);
    return true;
  });
}

/** Drops repeated quantities (same kind, numbers, unit and place). */
export function refineQuantities(candidates: readonly QuantityCandidate[]): QuantityCandidate[] {
  const seen = new Set<string>();
  return candidates.filter((q) => {
    const key = `${q.type}|${q.span.start}|${q.unit}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
