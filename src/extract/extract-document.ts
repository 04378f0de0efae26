/**
 * The extractor's entry point: normalise, segment, run the field rules, then
 * the refiners, and map every span back to the original input.
 */
import type { ExtractContext, Located, NSpan } from './context.ts';
import { normalizeText, toOriginalSpan } from './normalize.ts';
import {
  refineAssignments,
  refineCitations,
  refineDeadlines,
  refineQuantities,
  refineRecurring,
} from './refiners.ts';
import { findAssignments } from './rules/assignments.ts';
import { findCitations } from './rules/citations.ts';
import { findDeadlines } from './rules/deadlines.ts';
import { readHeader } from './rules/header.ts';
import { findQuantities, type Genre } from './rules/quantities.ts';
import { readRecipients } from './rules/recipients.ts';
import { findRecurring } from './rules/recurring.ts';
import { readSignature } from './rules/signature.ts';
import { findTableAssignments } from './rules/tables.ts';
import { segmentDocument } from './segment.ts';
import { TokenCache } from './text.ts';
import type { Extraction, ExtractOptions, Span } from './types.ts';

function referenceYear(option: ExtractOptions['referenceDate']): number | null {
  if (option === undefined) return null;
  const d = option instanceof Date ? option : new Date(option);
  const year = d.getUTCFullYear();
  return Number.isFinite(year) ? year : null;
}

/** True when `span` overlaps one of the sorted, disjoint `spans` (binary search: big tables stay linear). */
function overlapsAny(spans: readonly NSpan[], span: NSpan): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.end ?? 0) <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const first = spans[lo];
  return first !== undefined && first.start < span.end;
}

/** Extracts the structured fields of one Vietnamese administrative document. Pure: no I/O. */
export function extractDocument(input: string, options: ExtractOptions = {}): Extraction {
  const source = typeof input === 'string' ? input : String(input ?? '');
  const norm = normalizeText(source);
  const layout = segmentDocument(norm.text);
  const header = readHeader(layout);
  const signature = readSignature(layout);
  const recipients = readRecipients(layout);

  const docYear = header.date ? Number(header.date.value.slice(0, 4)) : null;
  const isArticle = !header.number && !header.kind && !header.date && !signature && recipients.length === 0;
  const ctx: ExtractContext = {
    norm,
    text: norm.text,
    layout,
    defaultYear: docYear ?? referenceYear(options.referenceDate),
    documentDate: header.date?.value ?? null,
    isArticle,
    ownNumber: header.number?.value ?? null,
    tokens: new TokenCache(norm.text),
  };

  const span = (s: NSpan): Span => toOriginalSpan(norm, s.start, s.end);
  const spanOf = <T>(l: Located<T> | null): Span | null => (l ? span(l.span) : null);

  // names compared letter for letter keep the tone placement they were printed with ("Tân Hoà")
  const asPrinted = (l: Located<string> | null): string | null => {
    if (!l) return null;
    const o = span(l.span);
    const raw = source.slice(o.start, o.end).normalize('NFC').replace(/\s+/gu, ' ').trim();
    return raw !== l.value && normalizeText(raw).text === l.value ? raw : l.value;
  };

  // issuer: the header, else the body after "TM." in the signature block
  const issuer = header.issuer ?? signature?.onBehalfOf ?? null;

  const citations = refineCitations(findCitations(ctx), ctx.ownNumber);
  const tables = findTableAssignments(ctx);
  // a table's time cell is read once, with its row, even when it also reads as a sentence
  const tableDates = tables.deadlines.map((t) => t.dateSpan).sort((a, b) => a.start - b.start);
  const inTable = (d: { dateSpan: NSpan }) => overlapsAny(tableDates, d.dateSpan);
  const deadlines = refineDeadlines([
    ...findDeadlines(ctx).filter((d) => !inTable(d)),
    ...tables.deadlines,
  ]).sort((a, b) => a.dateSpan.start - b.dateSpan.start);
  const assignmentCandidates = [...findAssignments(ctx), ...tables.assignments];
  const assignments = refineAssignments(assignmentCandidates, isArticle ? [] : deadlines, norm.text);
  // the body that must meet a deadline: the first assignee named in its sentence before the date
  const whoOf = (d: (typeof deadlines)[number]): string | null =>
    (
      assignmentCandidates.find(
        (a) => a.agencySpan.start >= d.sentence.start && a.agencySpan.end <= d.dateSpan.start,
      ) ??
      // a task line under a heading body names it only in the heading
      assignmentCandidates.find(
        (a) => a.taskSpan.start <= d.dateSpan.start && a.taskSpan.end >= d.dateSpan.end,
      ) ??
      // "Chủ trì ...; hoàn thành trước ngày ..." under a heading body: the date's own clause names no one
      assignmentCandidates.find(
        (a) =>
          a.source === 'heading' &&
          a.taskSpan.start >= d.sentence.start &&
          a.taskSpan.start <= d.dateSpan.start,
      )
    )?.agency ?? null;
  const recurring = isArticle ? [] : refineRecurring(findRecurring(ctx));
  const kind = header.kind?.value ?? null;
  const genre: Genre = isArticle ? 'article' : kind === 'BC' || kind === 'BB' ? 'report' : 'directive';
  const quantities = refineQuantities(findQuantities(ctx, genre));

  const textOf = (s: NSpan) => norm.text.slice(s.start, s.end);
  return {
    number: header.number?.value ?? null,
    kind,
    kindName: header.kindName?.value ?? null,
    place: asPrinted(header.place),
    date: header.date?.value ?? null,
    subject: header.subject?.value ?? null,
    issuer: issuer?.value ?? null,
    signer: signature
      ? { name: asPrinted(signature.name ?? null), position: signature.position?.value ?? null }
      : null,
    recipients: recipients.map((r) => r.value),
    citations: citations.map((c) => ({
      kind: c.kind,
      number: c.number,
      date: c.date,
      issuer: c.issuer,
      subject: c.subject,
      basis: c.basis,
      span: span(c.span),
    })),
    assignments: assignments.map((a) => ({
      agency: a.agency,
      role: a.role,
      task: a.task,
      partners: a.partners,
      due: a.due,
      span: span(a.span),
    })),
    deadlines: isArticle
      ? []
      : deadlines.map((d) => ({
          date: d.date,
          text: d.label ?? textOf(d.sentence),
          who: d.who ?? whoOf(d),
          span: span(d.sentence),
        })),
    recurring: recurring.map((r) => ({ every: r.every, text: textOf(r.span), span: span(r.span) })),
    targets: quantities
      .filter((q) => q.type === 'target')
      .map((q) => ({
        text: textOf(q.clause),
        min: q.min,
        max: q.max,
        unit: q.unit,
        measure: q.measure,
        span: span(q.span),
      })),
    results: quantities
      .filter((q) => q.type === 'result')
      .map((q) => ({
        text: textOf(q.clause),
        value: q.value,
        unit: q.unit,
        period: q.period,
        span: span(q.span),
      })),
    spans: {
      number: spanOf(header.number),
      kind: spanOf(header.kind),
      kindName: spanOf(header.kindName),
      place: spanOf(header.place),
      date: spanOf(header.date),
      subject: spanOf(header.subject),
      issuer: spanOf(issuer),
      signerName: spanOf(signature?.name ?? null),
      signerPosition: spanOf(signature?.position ?? null),
      recipients: recipients.map((r) => span(r.span)),
    },
  };
}
