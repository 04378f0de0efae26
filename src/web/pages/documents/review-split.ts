import type { TExtraction } from '../../../shared/schemas/extraction.ts';
import { isoToDateText } from './form-values.ts';
import {
  capitalizeFirst,
  leadIdsOf,
  newTaskRow,
  recurrenceWithin,
  type Span,
  type TaskRow,
} from './review-model.ts';

/** One item of a list written inside a task ("b) Phối hợp với …"), offsets relative to the text read. */
export interface TaskItem {
  /** The marker as written: "b)", "a.", "-", "+", "1.2.". */
  marker: string;
  /** The item's words on one line, without its marker and the separator that ends it. */
  text: string;
  /** Where the item's words start and end (marker and closing ";" left out). */
  start: number;
  end: number;
}

/** What a split needs from the extraction: the deadlines and recurrences it read, with their spans. */
export type SplitContext = {
  /** The document body the rows' spans point into (null when the reviewer may not read it). */
  body: string | null;
} & Pick<TExtraction, 'deadlines' | 'recurring'>;

/** A split the reviewer may take back: the row as it was and the rows that replaced it. */
export interface SplitRecord {
  original: TaskRow;
  index: number;
  partIds: string[];
}

// Letters in the order Vietnamese lists use them (đ after d); the Latin extras are kept for lists that use them.
const LETTERS = 'abcdđefghijklmnopqrstuvwxyz';

type MarkerKind = { type: 'letter' } | { type: 'number'; depth: number } | { type: 'bullet'; char: string };

interface Marker {
  kind: MarkerKind;
  /** The letter's place in LETTERS or the last number of "1.2." (for the order check); null for bullets. */
  rank: number | null;
  raw: string;
  /** Where the marker starts, and where the item's words start after it. */
  at: number;
  wordsAt: number;
  /** True when the marker opens a line rather than following a clause's end on the same line. */
  opensLine: boolean;
}

// A marker opens a line or follows a clause's end ("…: a) …; b) …"). Bullets only follow ":" or ";",
// so a hyphen inside a sentence ("kinh tế - xã hội") never starts an item.
const MARKER =
  /(?:^|\n)[ \t]*(?:([a-zđ])\)|([a-zđ])\.(?=[ \t])|(\d{1,2}(?:\.\d{1,2})*)[.)]?(?=[ \t])|([-+•–*])(?=[ \t]))[ \t]*|[:;.][ \t]+(?:([a-zđ])\)|([a-zđ])\.(?=[ \t])|(\d{1,2}(?:\.\d{1,2})+)\.?(?=[ \t])|(\d{1,2})\)(?=[ \t]))[ \t]*|[:;][ \t]+([-+•–])(?=[ \t])[ \t]*/g;

function sameKind(a: MarkerKind, b: MarkerKind): boolean {
  if (a.type === 'letter' || b.type === 'letter') return a.type === b.type;
  if (a.type === 'number' && b.type === 'number') return a.depth === b.depth;
  return a.type === 'bullet' && b.type === 'bullet' && a.char === b.char;
}

function findMarkers(text: string): Marker[] {
  const markers: Marker[] = [];
  for (const m of text.matchAll(MARKER)) {
    const whole = m[0];
    const letter = m[1] ?? m[2] ?? m[5] ?? m[6];
    const number = m[3] ?? m[7] ?? m[8];
    const bullet = m[4] ?? m[9];
    // The marker itself, without the line break or the separator before it.
    const lead = whole.match(/^(?:[:;.][ \t]+|\n?[ \t]*)/)?.[0].length ?? 0;
    const at = m.index + lead;
    const raw = whole.slice(lead).trim();
    const wordsAt = m.index + whole.length;
    const opensLine = !/^[:;.]/.test(whole);
    if (letter)
      markers.push({ kind: { type: 'letter' }, rank: LETTERS.indexOf(letter), raw, at, wordsAt, opensLine });
    else if (number) {
      const parts = number.split('.');
      // A bare "2016" or "30" opening a line is a number in the text, not an item.
      if (parts.length === 1 && !/[.)]$/.test(raw)) continue;
      markers.push({
        kind: { type: 'number', depth: parts.length },
        rank: Number(parts.at(-1)),
        raw,
        at,
        wordsAt,
        opensLine,
      });
    } else if (bullet)
      markers.push({ kind: { type: 'bullet', char: bullet }, rank: null, raw, at, wordsAt, opensLine });
  }
  return markers;
}

/**
 * The markers of one list: those of `kind`, each letter or number following the one before
 * ("a) … b) … c)"; a line may skip letters, a clause on the same line at most one), so "điểm a)"
 * quoted inside an item does not cut it.
 */
function listOf(markers: readonly Marker[], kind: MarkerKind): Marker[] {
  const list: Marker[] = [];
  for (const marker of markers) {
    if (!sameKind(marker.kind, kind)) continue;
    const previous = list.at(-1);
    if (previous && previous.rank !== null && marker.rank !== null) {
      // A list copied in part ("e) … h) …", the items between left out) still goes forward line by
      // line; on one line a letter may skip at most one, so "điểm c)" quoted in an item stays in it.
      const step = marker.rank - previous.rank;
      if (step < 1 || (step > 2 && !marker.opensLine)) continue;
    }
    list.push(marker);
  }
  return list;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Length of an item's words: the separator that ends it (";", ".", ",", "; và") belongs to the list. */
function wordsLength(words: string): number {
  let length = words.length;
  for (;;) {
    const rest = words.slice(0, length);
    const trimmed = rest.replace(/[\s;,.:]+$/u, '').replace(/(?<=\s)và$/u, '');
    if (trimmed.length === length) return length;
    length = trimmed.length;
  }
}

/**
 * The items of the first list in `text` that has at least two ("a) …; b) …", "- …\n- …", "1.1. … 1.2. …"),
 * in order; empty when the text holds one item or none. Sub-items of another kind stay inside their
 * item, and the words before the first item (the body's name, "có trách nhiệm:") are left out.
 */
export function findTaskItems(text: string): TaskItem[] {
  const markers = findMarkers(text);
  for (const first of markers) {
    const list = listOf(
      markers.filter((m) => m.at >= first.at),
      first.kind,
    );
    if (list.length < 2) continue;
    const items: TaskItem[] = [];
    for (const [i, marker] of list.entries()) {
      const next = list[i + 1];
      const end = marker.wordsAt + wordsLength(text.slice(marker.wordsAt, next ? next.at : text.length));
      const words = collapse(text.slice(marker.wordsAt, end));
      if (words === '') continue;
      items.push({ marker: marker.raw, text: words, start: marker.wordsAt, end });
    }
    if (items.length >= 2) return items;
  }
  return [];
}

/**
 * Where `words` are written in `body` between `from` and `to`, ignoring case and how lines were
 * broken, or null. The title of a row is the extracted task, capitalised and on one line.
 */
export function locateWords(body: string, words: string, from: number, to: number): Span | null {
  const wanted = collapse(words).toLocaleLowerCase('vi');
  if (!wanted) return null;
  // The body's characters with runs of white space as one space, each with its offset in the body.
  let flat = '';
  const offsets: number[] = [];
  for (let i = from; i < to; i++) {
    const ch = body[i]!;
    if (/\s/.test(ch)) {
      if (flat.endsWith(' ') || flat === '') continue;
      flat += ' ';
    } else {
      const lower = ch.toLocaleLowerCase('vi');
      flat += lower.length === 1 ? lower : ch;
    }
    offsets.push(i);
  }
  const at = flat.indexOf(wanted);
  if (at < 0) return null;
  return { start: offsets[at]!, end: offsets[at + wanted.length - 1]! + 1 };
}

/** The items the row would be split into, with their spans in the body when known. */
interface SourcedItem extends TaskItem {
  span: Span | null;
}

/**
 * The items of a row: those of its task text when it lists two or more, else those of the words the
 * document gives the body (its span), where the extractor kept only one duty of a lettered list.
 */
function itemsOfRow(row: TaskRow, body: string | null): SourcedItem[] {
  const span = row.span && body && row.span.end <= body.length ? row.span : null;
  const fromTitle = findTaskItems(row.title);
  if (fromTitle.length >= 2) {
    let from = span?.start ?? 0;
    return fromTitle.map((item) => {
      const found = span && body ? locateWords(body, item.text, from, span.end) : null;
      if (found) from = found.end;
      return { ...item, span: found };
    });
  }
  if (!span || !body) return [];
  return findTaskItems(body.slice(span.start, span.end)).map((item) => ({
    ...item,
    span: { start: span.start + item.start, end: span.start + item.end },
  }));
}

/** How many tasks the row would become when split (0 when it holds fewer than two items). */
export function countTaskItems(row: TaskRow, body: string | null): number {
  return itemsOfRow(row, body).length;
}

const inside = (inner: Span, outer: Span) => inner.start >= outer.start && inner.end <= outer.end;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** True when the words write the day and month of an ISO date ("30/8", "30-08-2024", "ngày 30 tháng 8"). */
function mentionsDate(words: string, iso: string): boolean {
  const [, month, day] = iso.split('-').map(Number);
  if (!month || !day) return false;
  const numeric = new RegExp(`(?<!\\d)0?${day}\\s*[/.-]\\s*0?${month}(?!\\d)`);
  const spelled = new RegExp(`ngày\\s+0?${day}\\s+tháng\\s+0?${month}(?!\\d)`, 'i');
  return numeric.test(words) || spelled.test(words);
}

/**
 * The deadline written in an item: one the extractor read inside it, or, when the extractor's
 * sentence runs over several items, one whose date this item writes.
 */
function deadlineOf(item: SourcedItem, deadlines: SplitContext['deadlines']): string | null {
  const span = item.span;
  if (!span) return null;
  const within = deadlines.find((d) => inside(d.span, span));
  if (within) return within.date;
  return deadlines.find((d) => overlaps(d.span, span) && mentionsDate(item.text, d.date))?.date ?? null;
}

// Words before the verb that do not change the role ("Chủ động phối hợp" still supports).
const ADVERBS =
  /^(?:(?:chủ động|tích cực|thường xuyên|kịp thời|tiếp tục|khẩn trương|chặt chẽ|hằng năm|hàng năm|định kỳ|cần|phải)\s*,?\s*)+/u;

/** The role an item gives its body: "phối hợp …" supports, anything else leads. */
export function roleOfItem(text: string): TaskRow['role'] {
  const words = text.toLocaleLowerCase('vi').replace(ADVERBS, '');
  return words.startsWith('phối hợp') ? 'support' : 'lead';
}

/**
 * The row as one row per item of its list, in the document's order: same lead, support agencies
 * and written body; each with its item's words as title, its item's span, the deadline and
 * recurrence written inside the item (else the row's, unless the row's came from another item),
 * and its own role. Supporting items start left out; a row left out only for being a support role
 * keeps the items it leads.
 * Null when the row holds fewer than two items.
 */
export function splitTaskRow(row: TaskRow, context: SplitContext): TaskRow[] | null {
  const items = itemsOfRow(row, context.body);
  if (items.length < 2) return null;
  const dues = items.map((item) => deadlineOf(item, context.deadlines));
  const itemDues = new Set(dues.flatMap((d) => (d ? [isoToDateText(d)] : [])));
  const recurrences = items.map((item) =>
    item.span && context.recurring.some((r) => inside(r.span, item.span!))
      ? recurrenceWithin(item.span, context.recurring)
      : null,
  );
  const itemRecurrences = new Set(recurrences.filter((r) => r !== null));
  const isSkippedAsSupport = row.isSkipped && row.role === 'support' && leadIdsOf(row.lead).length > 0;
  return items.map((item, i) => {
    const role = roleOfItem(item.text);
    const due = dues[i];
    const recurrence = recurrences[i];
    return {
      ...row,
      rowId: `${row.rowId}s${i + 1}`,
      item: item.marker,
      role,
      // A supporting duty starts left out, as support proposals do; the others keep the row's choice.
      isSkipped: role === 'support' || (row.isSkipped && !isSkippedAsSupport),
      title: capitalizeFirst(item.text),
      lead:
        row.lead.type === 'plural' ? { ...row.lead, checkedIds: [...row.lead.checkedIds] } : { ...row.lead },
      supportIds: [...row.supportIds],
      partnersWritten: [...row.partnersWritten],
      // A date the row took from one item is that item's, not the others'.
      due: due ? isoToDateText(due) : itemDues.has(row.due) ? '' : row.due,
      recurrence: recurrence ?? (itemRecurrences.has(row.recurrence) ? 'once' : row.recurrence),
      span: item.span,
    };
  });
}

/** The rows with `rowId` split into its items, and what undoing it needs; null when it cannot be split. */
export function splitRowIn(
  rows: readonly TaskRow[],
  rowId: string,
  context: SplitContext,
): { rows: TaskRow[]; record: SplitRecord } | null {
  const index = rows.findIndex((row) => row.rowId === rowId);
  const original = rows[index];
  if (!original) return null;
  const parts = splitTaskRow(original, context);
  if (!parts) return null;
  return {
    rows: [...rows.slice(0, index), ...parts, ...rows.slice(index + 1)],
    record: { original, index, partIds: parts.map((p) => p.rowId) },
  };
}

/**
 * The rows with a split taken back: the row as it was, where its first remaining part stands
 * (or where it stood, if every part was removed). Changes made to the parts are dropped.
 */
export function undoSplit(rows: readonly TaskRow[], record: SplitRecord): TaskRow[] {
  const parts = new Set(record.partIds);
  const first = rows.findIndex((row) => parts.has(row.rowId));
  const kept = rows.filter((row) => !parts.has(row.rowId));
  const at = first >= 0 ? first : Math.min(record.index, kept.length);
  return [...kept.slice(0, at), record.original, ...kept.slice(at)];
}

function sameLead(a: TaskRow, b: TaskRow): boolean {
  const x = [...new Set(leadIdsOf(a.lead))].sort();
  const y = [...new Set(leadIdsOf(b.lead))].sort();
  return x.length === y.length && x.every((id, i) => id === y[i]);
}

/**
 * The rows with an empty task for the lead of `rowId` added after that body's rows (the row and
 * the ones right after it with the same body and lead), to be written by hand.
 */
export function addTaskForLead(rows: readonly TaskRow[], rowId: string, newRowId: string): TaskRow[] {
  const index = rows.findIndex((row) => row.rowId === rowId);
  const source = rows[index];
  if (!source) return [...rows];
  let at = index + 1;
  while (at < rows.length && rows[at]!.written === source.written && sameLead(rows[at]!, source)) at++;
  const added: TaskRow = {
    ...newTaskRow(newRowId),
    written: source.written,
    lead:
      source.lead.type === 'plural'
        ? { ...source.lead, checkedIds: [...source.lead.checkedIds] }
        : { ...source.lead },
  };
  return [...rows.slice(0, at), added, ...rows.slice(at)];
}
