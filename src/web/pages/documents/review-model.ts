import { DOCUMENT_KINDS } from '../../../extract/kinds.ts';
import type { DocumentClassification } from '../../../shared/document-enums.ts';
import { parsePeriod } from '../../../shared/periods.ts';
import type { TConfirmDocumentRequest, TDocumentDetail } from '../../../shared/schemas/documents.ts';
import type { TExtraction } from '../../../shared/schemas/extraction.ts';
import type { Recurrence } from '../../../shared/task-status.ts';
import type { DocumentsKey } from '../../i18n/documents-messages.ts';
import { readBound } from '../figures/figure-values.ts';
import { isoToDateText, parseDateText, textOrNull } from './form-values.ts';

/** Offsets of a value in the document body, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Kinds of highlight, one colour each. */
export const MARK_TYPES = ['meta', 'citation', 'task', 'deadline', 'target'] as const;
/** A kind of highlight: header values, citations, assignments, deadlines (and recurrences), targets and results. */
export type MarkType = (typeof MARK_TYPES)[number];

/** One highlighted value: `key` names the form field it belongs to. */
export interface TextMark extends Span {
  key: string;
  type: MarkType;
}

/** A run of the body between two mark boundaries, with the marks covering it, innermost first. */
export interface TextSegment extends Span {
  keys: string[];
  type: MarkType | null;
}

/** A citation row of the review form (dates as typed, dd/MM/yyyy). */
export interface CitationRow {
  rowId: string;
  kind: string;
  number: string;
  date: string;
  issuer: string;
  subject: string;
  basis: boolean;
  span: Span | null;
}

/** One line of "Nơi nhận". */
export interface RecipientRow {
  rowId: string;
  value: string;
  span: Span | null;
}

/** How a task row chooses its lead agency, by what the server matched for the written name. */
export type LeadChoice =
  | { type: 'single'; agencyId: string | null }
  | {
      type: 'plural';
      candidateIds: number[];
      checkedIds: number[];
      agencyKind: string;
      replacedDistricts: boolean;
    }
  | { type: 'none'; agencyId: string | null; suggestionIds: number[] };

/** A task row: an extracted assignment (proposalIndex set) or one the reviewer added. */
export interface TaskRow {
  rowId: string;
  proposalIndex: number | null;
  role: 'lead' | 'support';
  /** The body as the document writes it ("Sở Kế hoạch và Đầu tư"); '' for added rows. */
  written: string;
  partnersWritten: string[];
  isSkipped: boolean;
  title: string;
  lead: LeadChoice;
  supportIds: string[];
  due: string;
  recurrence: Recurrence;
  span: Span | null;
  /** The marker of the list item ("b)", "-") the row was split from; null for a row not split. */
  item: string | null;
}

/**
 * A target row: one per extracted target, with the indicator the server suggested (null: not yet
 * mapped). Bounds and period are kept as typed ("32.266", "2021-2025") and read on confirming.
 */
export interface TargetFormRow {
  rowId: string;
  /** Index of the target in the extraction, which names its highlight. */
  index: number;
  text: string;
  span: Span;
  /** '%' or what the document counts ("lớp"), as read from the text. */
  unitOfMeasure: string;
  isIncluded: boolean;
  indicatorId: string | null;
  /** '' for the total, else a đối tượng (dt1…dt4). */
  category: string;
  unitId: string;
  isEachCommune: boolean;
  period: string;
  min: string;
  max: string;
  /** The extracted assignment whose words hold the target, if any. */
  assignmentIndex: number | null;
}

/** Everything the reviewer can correct before confirming. */
export interface ReviewForm {
  number: string;
  kind: string;
  kindName: string;
  issuedOn: string;
  place: string;
  subject: string;
  issuerText: string;
  issuerAgencyId: string | null;
  signerName: string;
  signerPosition: string;
  recipients: RecipientRow[];
  classification: DocumentClassification;
  citations: CitationRow[];
  tasks: TaskRow[];
  targets: TargetFormRow[];
}

/** Per-field problems found before sending, keyed like the form's fields. */
export type ReviewErrors = Record<string, DocumentsKey>;

/** Longest task title the API takes. */
export const TASK_TITLE_MAX = 2000;

/** Kind codes with their usual name; a code that means two kinds (TT) lists both names. */
export const KIND_OPTIONS: readonly { code: string; name: string; label: string }[] = (() => {
  const byCode = new Map<string, string[]>();
  for (const kind of DOCUMENT_KINDS) {
    if (kind.isGeneric || !kind.code) continue;
    byCode.set(kind.code, [...(byCode.get(kind.code) ?? []), kind.name]);
  }
  return [...byCode].map(([code, names]) => ({
    code,
    name: names[0]!,
    label: `${code} – ${names.join(' / ')}`,
  }));
})();

/** The usual name of a kind code ("KH" → "Kế hoạch"), or '' when unknown. */
export function kindNameOf(code: string | null): string {
  return KIND_OPTIONS.find((k) => k.code === code)?.name ?? '';
}

const RECURRENCE_OF_EVERY: Record<string, Recurrence> = {
  year: 'year',
  'half-year': 'half_year',
  quarter: 'quarter',
  month: 'month',
};

/** The recurrence of an assignment: the first recurring phrase inside its span, else "một lần". */
export function recurrenceWithin(span: Span, recurring: TExtraction['recurring']): Recurrence {
  const inside = recurring.find((r) => r.span.start >= span.start && r.span.end <= span.end && r.every);
  return (inside?.every && RECURRENCE_OF_EVERY[inside.every]) || 'once';
}

/** The task as a sentence: the extractor cuts it mid-sentence ("quan tâm chú trọng…"), a list reads better capitalised. */
export function capitalizeFirst(text: string): string {
  const trimmed = text.trim();
  return trimmed.charAt(0).toLocaleUpperCase('vi') + trimmed.slice(1);
}

function leadChoiceOf(match: TDocumentDetail['proposals'][number]['match']): LeadChoice {
  if (match.type === 'single') return { type: 'single', agencyId: String(match.agency.id) };
  if (match.type === 'plural') {
    const ids = match.candidates.map((c) => c.id);
    return {
      type: 'plural',
      candidateIds: ids,
      checkedIds: ids,
      agencyKind: match.agencyKind,
      replacedDistricts: match.replacedDistricts,
    };
  }
  return { type: 'none', agencyId: null, suggestionIds: match.suggestions.map((s) => s.id) };
}

/**
 * The form as first shown: the document's current values, every extracted citation, and one task
 * row per proposal. Lead assignments matched to registered agencies start included; support roles
 * and unmatched bodies start skipped, so confirming at once gives what the extractor is sure of.
 */
export function buildReviewForm(doc: TDocumentDetail): ReviewForm {
  const extraction = doc.extraction;
  const recipientSpans = extraction?.spans.recipients ?? [];
  return {
    number: doc.number ?? '',
    kind: doc.kind ?? '',
    kindName: doc.kindName ?? kindNameOf(doc.kind),
    issuedOn: isoToDateText(doc.issuedOn),
    place: doc.place ?? '',
    subject: doc.subject ?? '',
    issuerText: doc.issuerText ?? '',
    issuerAgencyId: doc.issuerAgencyId === null ? null : String(doc.issuerAgencyId),
    signerName: doc.signerName ?? '',
    signerPosition: doc.signerPosition ?? '',
    recipients: doc.recipients.map((value, index) => ({
      rowId: `r${index}`,
      value,
      span: recipientSpans[index] ?? null,
    })),
    classification: doc.classification,
    citations: (extraction?.citations ?? []).map((c, index) => ({
      rowId: `c${index}`,
      kind: c.kind ?? '',
      number: c.number,
      date: isoToDateText(c.date),
      issuer: c.issuer ?? '',
      subject: c.subject ?? '',
      basis: c.basis,
      span: c.span,
    })),
    tasks: doc.proposals.map((p) => ({
      rowId: `p${p.index}`,
      proposalIndex: p.index,
      role: p.role,
      written: p.agency,
      partnersWritten: p.partners.map((x) => x.written),
      isSkipped: p.role === 'support' || p.match.type === 'none',
      title: capitalizeFirst(p.task),
      lead: leadChoiceOf(p.match),
      supportIds: [...new Set(p.partners.flatMap((x) => (x.match ? [String(x.match.id)] : [])))],
      due: isoToDateText(p.due),
      recurrence: extraction ? recurrenceWithin(p.span, extraction.recurring) : 'once',
      span: p.span,
      item: null,
    })),
    targets: buildTargetRows(doc.targetProposals),
  };
}

/** Level of communes and wards: a target "mỗi xã/phường" applies to each of them. */
export const COMMUNE_LEVEL = 3;

/** A bound as a Vietnamese official writes it (32.266; 1,5), for the form to show and read back. */
export function formatBound(value: number | null): string {
  return value === null ? '' : new Intl.NumberFormat('vi-VN', { useGrouping: true }).format(value);
}

/**
 * The target rows as first shown: matched targets start included, unmatched ones ("Chưa gắn chỉ
 * tiêu") start left out until the reviewer picks an indicator.
 */
export function buildTargetRows(proposals: TDocumentDetail['targetProposals']): TargetFormRow[] {
  return proposals.map((p) => ({
    rowId: `t${p.index}`,
    index: p.index,
    text: p.text,
    span: p.span,
    unitOfMeasure: p.unitOfMeasure,
    isIncluded: p.indicatorId !== null,
    indicatorId: p.indicatorId === null ? null : String(p.indicatorId),
    category: p.category,
    unitId: String(p.unitId),
    isEachCommune: p.level === COMMUNE_LEVEL,
    period: p.period,
    min: formatBound(p.min),
    max: formatBound(p.max),
    assignmentIndex: p.assignmentIndex,
  }));
}

/** How many targets confirming would record. */
export function countTargets(form: Pick<ReviewForm, 'targets'>): number {
  return form.targets.filter((row) => row.isIncluded).length;
}

/** A task row the reviewer adds by hand: no span, an agency to pick. */
export function newTaskRow(rowId: string): TaskRow {
  return {
    rowId,
    proposalIndex: null,
    role: 'lead',
    written: '',
    partnersWritten: [],
    isSkipped: false,
    title: '',
    lead: { type: 'none', agencyId: null, suggestionIds: [] },
    supportIds: [],
    due: '',
    recurrence: 'once',
    span: null,
    item: null,
  };
}

/** The lead agency ids a task row would be created for (empty when none is chosen). */
export function leadIdsOf(lead: LeadChoice): number[] {
  if (lead.type === 'plural') return lead.checkedIds;
  return lead.agencyId ? [Number(lead.agencyId)] : [];
}

/**
 * The row a target belongs to, as an index into `rows`, or -1: the first included row of its
 * assignment, and after a split the part whose words hold the target.
 */
export function taskRowOfTarget(
  rows: readonly TaskRow[],
  target: Pick<TargetFormRow, 'assignmentIndex' | 'span'>,
): number {
  if (target.assignmentIndex === null) return -1;
  const candidates = rows.flatMap((row, index) =>
    !row.isSkipped && row.proposalIndex === target.assignmentIndex ? [{ row, index }] : [],
  );
  const holding = candidates.find(
    ({ row }) => row.span && row.span.start <= target.span.start && row.span.end >= target.span.end,
  );
  return (holding ?? candidates[0])?.index ?? -1;
}

/** How many tasks confirming would create: one per lead agency of each included row. */
export function countTasks(form: Pick<ReviewForm, 'tasks'>): number {
  return form.tasks.reduce((sum, row) => sum + (row.isSkipped ? 0 : new Set(leadIdsOf(row.lead)).size), 0);
}

/** Form keys of the fields, shared by the highlights and the form so the two can never drift apart. */
export const fieldKey = {
  recipient: (rowId: string) => `recipient-${rowId}`,
  citation: (rowId: string) => `citation-${rowId}`,
  task: (rowId: string) => `task-${rowId}`,
  deadline: (index: number) => `deadline-${index}`,
  recurring: (index: number) => `recurring-${index}`,
  target: (index: number) => `target-${index}`,
  result: (index: number) => `result-${index}`,
};

/** Header values of the extraction and the form field each belongs to. */
const META_SPANS: readonly [keyof Omit<TExtraction['spans'], 'recipients'>, string][] = [
  ['number', 'number'],
  ['kind', 'kind'],
  ['kindName', 'kind'],
  ['date', 'date'],
  ['place', 'place'],
  ['issuer', 'issuer'],
  ['subject', 'subject'],
  ['signerName', 'signerName'],
  ['signerPosition', 'signerPosition'],
];

/**
 * Every highlight of the body: header values and the lists the reviewer cannot edit come from the
 * extraction; citations, recipients and tasks from the form, so a removed row loses its highlight.
 */
export function buildMarks(extraction: TExtraction, form: ReviewForm): TextMark[] {
  const marks: TextMark[] = [];
  const add = (key: string, type: MarkType, span: Span | null) => {
    if (span && span.end > span.start) marks.push({ key, type, start: span.start, end: span.end });
  };
  for (const [spanName, key] of META_SPANS) add(key, 'meta', extraction.spans[spanName]);
  for (const row of form.recipients) add(fieldKey.recipient(row.rowId), 'meta', row.span);
  for (const row of form.citations) add(fieldKey.citation(row.rowId), 'citation', row.span);
  for (const row of form.tasks) add(fieldKey.task(row.rowId), 'task', row.span);
  for (const [i, d] of extraction.deadlines.entries()) add(fieldKey.deadline(i), 'deadline', d.span);
  for (const [i, r] of extraction.recurring.entries()) add(fieldKey.recurring(i), 'deadline', r.span);
  for (const [i, x] of extraction.targets.entries()) add(fieldKey.target(i), 'target', x.span);
  for (const [i, x] of extraction.results.entries()) add(fieldKey.result(i), 'target', x.span);
  return marks;
}

// Between two marks of the same length, the more specific value wins the colour and the click.
const TYPE_PRIORITY: Record<MarkType, number> = { meta: 0, deadline: 1, target: 2, citation: 3, task: 4 };

/**
 * Cuts the body at every mark boundary. Marks nest and overlap (a deadline inside an assignment,
 * the number and kind on the same words), so each run lists all marks covering it, innermost first.
 */
export function buildSegments(length: number, marks: readonly TextMark[]): TextSegment[] {
  const clamped = marks
    .map((m) => ({
      ...m,
      start: Math.max(0, Math.min(length, m.start)),
      end: Math.max(0, Math.min(length, m.end)),
    }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.end - a.start - (b.end - b.start) || TYPE_PRIORITY[a.type] - TYPE_PRIORITY[b.type]);
  const cuts = [...new Set([0, length, ...clamped.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const covering = clamped.filter((m) => m.start <= start && m.end >= end);
    segments.push({ start, end, keys: covering.map((m) => m.key), type: covering[0]?.type ?? null });
  }
  return segments;
}

/** The confirm body, or the problems to fix first. */
export type ReviewResult =
  | { request: TConfirmDocumentRequest; errors: null }
  | { request: null; errors: ReviewErrors };

/** Checks the form and turns it into the confirm body the API expects. */
export function toConfirmRequest(form: ReviewForm): ReviewResult {
  const errors: ReviewErrors = {};
  const issuedOn = parseDateText(form.issuedOn);
  if (!issuedOn.isValid) errors.date = 'review.error.date';

  const citations = form.citations.map((row) => {
    const date = parseDateText(row.date);
    if (!date.isValid) errors[`${fieldKey.citation(row.rowId)}-date`] = 'review.error.date';
    if (!row.number.trim()) errors[`${fieldKey.citation(row.rowId)}-number`] = 'review.error.citationNumber';
    return {
      kind: textOrNull(row.kind),
      number: row.number.trim(),
      date: date.iso,
      issuer: textOrNull(row.issuer),
      subject: textOrNull(row.subject),
      basis: row.basis,
      span: row.span,
    };
  });

  const tasks = form.tasks
    .filter((row) => !row.isSkipped)
    .map((row) => {
      const key = fieldKey.task(row.rowId);
      const due = parseDateText(row.due);
      if (!due.isValid) errors[`${key}-due`] = 'review.error.date';
      const title = row.title.trim();
      if (!title) errors[`${key}-title`] = 'review.error.titleRequired';
      else if (title.length > TASK_TITLE_MAX) errors[`${key}-title`] = 'review.error.titleTooLong';
      const leadAgencyIds = [...new Set(leadIdsOf(row.lead))];
      if (leadAgencyIds.length === 0) errors[`${key}-lead`] = 'review.error.leadRequired';
      return {
        title,
        leadAgencyIds,
        // The server leaves out a support agency that is also the lead of one fanned-out task.
        supportAgencyIds: [...new Set(row.supportIds.map(Number))],
        dueOn: due.iso,
        recurrence: row.recurrence,
        span: row.span,
      };
    });

  const includedTasks = form.tasks.filter((row) => !row.isSkipped);
  const targets = form.targets
    .filter((row) => row.isIncluded)
    .map((row) => {
      const key = fieldKey.target(row.index);
      if (!row.indicatorId) errors[`${key}-indicator`] = 'review.error.targetIndicator';
      const period = row.period.trim();
      if (!parsePeriod(period)) errors[`${key}-period`] = 'review.error.targetPeriod';
      const min = readBound(row.min);
      const max = readBound(row.max);
      const minValue = 'value' in min ? min.value : null;
      const maxValue = 'value' in max ? max.value : null;
      if ('unreadable' in min || 'unreadable' in max) errors[`${key}-bounds`] = 'review.error.targetNumber';
      else if (minValue === null && maxValue === null) errors[`${key}-bounds`] = 'review.error.targetBounds';
      else if (minValue !== null && maxValue !== null && minValue > maxValue)
        errors[`${key}-bounds`] = 'review.error.targetOrder';
      // Tied to its assignment when that became exactly one task: a fanned-out one has no single task.
      const taskRow = taskRowOfTarget(includedTasks, row);
      const taskIndex =
        taskRow >= 0 && new Set(leadIdsOf(includedTasks[taskRow]!.lead)).size === 1 ? taskRow : null;
      return {
        indicatorId: Number(row.indicatorId),
        category: row.category,
        unitId: Number(row.unitId),
        level: row.isEachCommune ? COMMUNE_LEVEL : null,
        period,
        min: minValue,
        max: maxValue,
        span: row.span,
        taskIndex,
      };
    });

  if (Object.keys(errors).length > 0) return { request: null, errors };
  return {
    errors: null,
    request: {
      number: textOrNull(form.number),
      kind: textOrNull(form.kind),
      kindName: textOrNull(form.kindName),
      issuedOn: issuedOn.iso,
      place: textOrNull(form.place),
      subject: textOrNull(form.subject),
      issuerText: textOrNull(form.issuerText),
      issuerAgencyId: form.issuerAgencyId ? Number(form.issuerAgencyId) : null,
      signerName: textOrNull(form.signerName),
      signerPosition: textOrNull(form.signerPosition),
      recipients: form.recipients.map((r) => r.value.trim()).filter(Boolean),
      classification: form.classification,
      citations,
      tasks,
      targets,
    },
  };
}
