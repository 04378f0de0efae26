import { sql } from 'drizzle-orm';
import type { Extraction } from '../../../extract/index.ts';
import type { TTargetProposal } from '../../../shared/schemas/documents.ts';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import type { DocumentRow } from './document-rows.ts';
import { categoryIn, foldWords, isForEachCommune, matchTargetIndicator } from './match-target-indicator.ts';

/** Level of communes, wards and special zones. */
const COMMUNE_LEVEL = 3;

type ExtractedTarget = Extraction['targets'][number];

/**
 * The words that belong to one target. Several targets may share the extractor's text ("đạt trên
 * 20% (trong đó dân quân đạt 15%)"): each keeps the words between its neighbours' numbers, so the
 * part "trong đó dân quân" is not read as the rate of the whole.
 */
export function wordsOfTarget(body: string, targets: readonly ExtractedTarget[], index: number): string {
  const target = targets[index]!;
  const start = body.lastIndexOf(target.text, target.span.start);
  const end = start + target.text.length;
  if (start < 0 || end < target.span.end) return target.text;
  let from = start;
  let to = end;
  for (const [i, other] of targets.entries()) {
    if (i === index || other.span.start < start || other.span.end > end) continue;
    if (other.span.end <= target.span.start) from = Math.max(from, other.span.end);
    else if (other.span.start >= target.span.end) to = Math.min(to, other.span.start);
  }
  return body.slice(from, to);
}

const TERM = / giai doan (\d{4}) (\d{4}) /g;
const YEAR = / nam (\d{4}) /;
const EVERY_YEAR = [' hang nam ', ' moi nam ', ' tung nam '];

function termsIn(folded: string): string[] {
  return [...folded.matchAll(TERM)]
    .filter((m) => Number(m[2]) > Number(m[1]) && Number(m[2]) - Number(m[1]) <= 10)
    .map((m) => `${m[1]}-${m[2]}`);
}

/**
 * The period a document's targets are for, unless a target names its own: the term or year its
 * subject names ("giai đoạn 2021 - 2025", "năm 2022"), else the term the body speaks of most that
 * includes the issue year (a plan "xây dựng ... giai đoạn 2016 - 2020" issued in 2016), else the
 * issue year.
 */
export function documentPeriod(subject: string | null, body: string, issueYear: number): string {
  const foldedSubject = foldWords(subject ?? '');
  const subjectTerm = termsIn(foldedSubject)[0];
  if (subjectTerm) return subjectTerm;
  const subjectYear = YEAR.exec(foldedSubject)?.[1];
  if (subjectYear) return subjectYear;
  const counts = new Map<string, number>();
  for (const term of termsIn(foldWords(body))) {
    const [from, to] = term.split('-').map(Number) as [number, number];
    if (from <= issueYear && issueYear <= to) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best?.[0] ?? String(issueYear);
}

/** A target's own period: a term or a year in its words; a yearly target ("hằng năm") is the issue year's. */
function periodOfWords(words: string, fallback: string, issueYear: number): string {
  const folded = foldWords(words);
  const term = termsIn(folded)[0];
  if (term) return term;
  const year = YEAR.exec(folded)?.[1];
  if (year) return year;
  if (EVERY_YEAR.some((w) => folded.includes(w))) return String(issueYear);
  return fallback;
}

/**
 * What the review offers for each extracted target: the catalogue indicator its words match (none
 * when nothing matches: the reviewer maps it by hand or leaves it), the document's unit (or each
 * commune under it when the words say so), the period, the bounds, and the assignment it sits in.
 */
export async function proposeTargets(
  db: DbOrTx,
  doc: Pick<DocumentRow, 'unitId' | 'subject' | 'issuedOn' | 'createdAt'>,
  body: string,
  extraction: Pick<Extraction, 'targets' | 'assignments'>,
): Promise<TTargetProposal[]> {
  if (extraction.targets.length === 0) return [];
  const [indicatorRows, [unit]] = await Promise.all([
    queryRows<{ id: string; code: string }>(db, sql`select id, code from indicators`),
    queryRows<{ level: number }>(db, sql`select level from units where id = ${doc.unitId}`),
  ]);
  const idOfCode = new Map(indicatorRows.map((r) => [r.code, Number(r.id)]));
  const issueYear = Number((doc.issuedOn ?? doc.createdAt).slice(0, 4));
  const period = documentPeriod(doc.subject, body, issueYear);
  const canApplyToCommunes = unit !== undefined && unit.level < COMMUNE_LEVEL;
  return extraction.targets.map((target, index) => {
    const words = wordsOfTarget(body, extraction.targets, index);
    const matched = matchTargetIndicator(words, target.unit);
    const indicatorId = matched ? (idOfCode.get(matched.code) ?? null) : null;
    const around = extraction.assignments
      .map((a, i) => ({ i, span: a.span }))
      .filter((a) => a.span.start <= target.span.start && a.span.end >= target.span.end)
      .sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start))[0];
    return {
      index,
      text: target.text,
      span: target.span,
      min: target.min,
      max: target.max,
      unitOfMeasure: target.unit,
      indicatorId,
      category: matched && indicatorId ? categoryIn(words, matched) : '',
      unitId: doc.unitId,
      level:
        matched && indicatorId && canApplyToCommunes && isForEachCommune(words, matched)
          ? COMMUNE_LEVEL
          : null,
      period: periodOfWords(words, period, issueYear),
      assignmentIndex: around?.i ?? null,
    };
  });
}
