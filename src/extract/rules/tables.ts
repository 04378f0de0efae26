/**
 * Assignment tables: plans and programmes often give their work only in a
 * table ("Phụ lục" with columns Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |
 * Thời gian hoàn thành, or a month-by-month Chương trình). Text taken out of
 * .docx, .pdf or a Markdown table holds one cell per line, so a table is read
 * from its header row: the header names the columns, and every row is read
 * cell by cell in that order. Each row gives the body in the lead column a task
 * (the content cell), the bodies in the support column as its partners and the
 * time cell as its deadline.
 */
import { type AgencyMatch, matchAgency } from '../agencies.ts';
import type { ExtractContext, NSpan } from '../context.ts';
import { endOfMonth, findDates } from '../dates.ts';
import { parseRoman } from '../numbers.ts';
import type { Line } from '../text.ts';
import type { AssignmentCandidate } from './assignments.ts';
import { completeYear, type DeadlineCandidate } from './deadlines.ts';

type Column = 'key' | 'time' | 'task' | 'lead' | 'partners' | 'other';

/** What a header cell names; null when the line is no header cell. */
function columnOf(cell: string): Column | null {
  const c = cell.trim().toLowerCase().replace(/[.:]$/u, '');
  // "Cơ quan chủ trì: Bộ CHQS tỉnh" is a label with its value, not a column's name
  if (c.length === 0 || c.length > 50 || /[:;]/u.test(c)) return null;
  if (/^(?:s?tt|số tt|số thứ tự)$/u.test(c)) return 'key';
  if (/^(?:thời gian|thời hạn|tiến độ|thời điểm|hạn hoàn thành|tháng|quý)(?![\p{L}])/u.test(c)) return 'time';
  if (/^(?:nội dung|công việc|nhiệm vụ|tên nhiệm vụ|hoạt động|các nhiệm vụ)(?![\p{L}])/u.test(c))
    return 'task';
  if (/phối hợp/u.test(c)) return 'partners';
  if (
    /^(?:cơ quan|đơn vị|bộ phận|lực lượng)?\s*(?:chủ trì|chịu trách nhiệm|thực hiện|phụ trách|tham mưu)/u.test(
      c,
    )
  )
    return 'lead';
  if (
    /^(?:ghi chú|sản phẩm|kết quả|kinh phí|dự kiến|địa điểm|thành phần|cấp trình|hình thức)(?![\p{L}])/u.test(
      c,
    )
  )
    return 'other';
  return null;
}

/** Header cells of one line; a narrow "TT" column is often glued to the next cell ("TT Nội dung"). */
function headerCells(text: string): Column[] | null {
  const one = columnOf(text);
  if (one) return [one];
  const glued = /^(s?tt)\s+(.+)$/iu.exec(text.trim());
  const rest = glued ? columnOf(glued[2] ?? '') : null;
  return rest ? ['key', rest] : null;
}

const SEPARATOR = /^[-=_:|+\s]+$/u;
const ROW_NUMBER = /^(?:\d{1,3}|[IVX]{1,5}|[a-zđ])[.)]?(?:\s+(.*))?$/u;
const ROW_TIME = /^(?:tháng|quý)\s*[\dIVX]/iu;
const HEADER_LOOKAROUND = 8;
const MAX_RESYNC_LINES = 3;

/** One row: the cells by column, each a line of the normalised text (or null when empty). */
interface Row {
  cells: Map<Column, NSpan[]>;
  span: NSpan;
}

interface Table {
  columns: Column[];
  rows: Row[];
  /** True when every row opens with a number or a month: cells are anchored, not only counted. */
  isKeyed: boolean;
}

function isCellLine(ctx: ExtractContext, line: Line | undefined): boolean {
  const role = line ? ctx.layout.roles[line.index] : undefined;
  return role === 'body' || role === 'blank';
}

/**
 * The header around line `i` (which names the lead column): the run of header
 * cells it belongs to, or null.
 */
function headerAt(ctx: ExtractContext, i: number): { columns: Column[]; end: number } | null {
  const { lines } = ctx.layout;
  let first = i;
  for (let k = i - 1; k >= 0 && k >= i - HEADER_LOOKAROUND; k -= 1) {
    const text = lines[k]?.text ?? '';
    if (text === '' || !isCellLine(ctx, lines[k]) || !headerCells(text)) break;
    first = k;
  }
  const columns: Column[] = [];
  let k = first;
  for (; k < lines.length && k <= i + HEADER_LOOKAROUND; k += 1) {
    const line = lines[k];
    const cells = line && isCellLine(ctx, line) ? headerCells(line.text) : null;
    if (!cells) break;
    columns.push(...cells);
  }
  const hasTask = columns.includes('task') || columns.includes('key') || columns.includes('time');
  if (columns.length < 3 || !hasTask || columns.filter((c) => c === 'lead').length !== 1) return null;
  return { columns, end: k };
}

function readRows(ctx: ExtractContext, columns: Column[], from: number): { rows: Row[]; end: number } {
  const { lines } = ctx.layout;
  const keyIsTime = columns[0] === 'time';
  const keyed = columns[0] === 'key' || keyIsTime;
  const rows: Row[] = [];
  let k = from;
  let skipped = 0;
  while (k < lines.length) {
    const line = lines[k];
    if (!line || !isCellLine(ctx, line)) break;
    if (line.text === '' || SEPARATOR.test(line.text)) {
      k += 1;
      continue;
    }
    const key = keyIsTime ? ROW_TIME.exec(line.text) : ROW_NUMBER.exec(line.text);
    if (keyed && !key) {
      // a cell of several paragraphs: look a little further for the next row
      skipped += 1;
      if (skipped > MAX_RESYNC_LINES) break;
      k += 1;
      continue;
    }
    skipped = 0;
    const cells = new Map<Column, NSpan[]>();
    let col = 0;
    // "1 Kiện toàn ..." / "II CÔNG TÁC ...": a glued number carries the next cell
    const glued = !keyIsTime && key ? (key[1] ?? '') : '';
    if (keyed) {
      if (keyIsTime) cells.set('time', [{ start: line.start, end: line.end }]);
      col = 1;
      if (glued !== '') {
        const start = line.end - glued.length;
        cells.set(columns[1] ?? 'other', [{ start, end: line.end }]);
        col = 2;
      }
      k += 1;
    }
    for (; col < columns.length && k < lines.length; col += 1, k += 1) {
      const cell = lines[k];
      if (!cell || !isCellLine(ctx, cell)) break;
      if (SEPARATOR.test(cell.text) && cell.text !== '') break;
      const column = columns[col] ?? 'other';
      if (cell.text !== '') cells.set(column, [{ start: cell.start, end: cell.end }]);
    }
    const spans = [...cells.values()].flat();
    const start = Math.min(line.start, ...spans.map((s) => s.start));
    const end = Math.max(line.end, ...spans.map((s) => s.end));
    rows.push({ cells, span: { start, end } });
  }
  return { rows, end: k };
}

/** Every assignment table of the document. */
function findTables(ctx: ExtractContext): Table[] {
  const { lines } = ctx.layout;
  const tables: Table[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (!line || line.text.length > 60 || !isCellLine(ctx, line)) continue;
    const cells = headerCells(line.text);
    if (!cells?.includes('lead')) continue;
    const header = headerAt(ctx, i);
    if (!header) continue;
    const { rows, end } = readRows(ctx, header.columns, header.end);
    const isKeyed = header.columns[0] === 'key' || header.columns[0] === 'time';
    if (rows.length > 0) tables.push({ columns: header.columns, rows, isKeyed });
    i = Math.max(i, end - 1);
  }
  return tables;
}

// ---------------------------------------------------------------- time cells

const MONTH_ONLY = /tháng\s*(\d{1,2})(?!\s*[/\d])(?:\s*năm\s*(\d{4}))?/giu;
const MONTH_YEAR = /tháng\s*(\d{1,2})\s*[/-]\s*(\d{4})/giu;
const QUARTER = /quý\s*(IV|I{1,3}|[1-4])(?:\s*(?:\/|năm)\s*(\d{4}))?/giu;

/** The last day a time cell allows ("Quý I/2026", "Tháng 6/2026", "Trước 31/5/2026", "Tháng 01"). */
function timeCellDate(ctx: ExtractContext, cell: string): { iso: string; start: number; end: number } | null {
  const dates = findDates(cell);
  const lastDate = dates[dates.length - 1];
  if (lastDate) return { iso: lastDate.iso, start: lastDate.start, end: lastDate.end };
  let best: { iso: string; start: number; end: number } | null = null;
  const consider = (iso: string | null, start: number, end: number) => {
    if (iso && (!best || start >= best.start)) best = { iso, start, end };
  };
  // a month printed without its year: the document's year, or the next one for a plan signed late
  const monthEnd = (month: number, printed: string | undefined) =>
    printed ? endOfMonth(Number(printed), month) : completeYear(ctx, (y) => endOfMonth(y, month));
  for (const m of cell.matchAll(MONTH_YEAR)) {
    const s = m.index ?? 0;
    consider(endOfMonth(Number(m[2]), Number(m[1])), s, s + m[0].length);
  }
  for (const m of cell.matchAll(MONTH_ONLY)) {
    const s = m.index ?? 0;
    consider(monthEnd(Number(m[1]), m[2]), s, s + m[0].length);
  }
  for (const m of cell.matchAll(QUARTER)) {
    const s = m.index ?? 0;
    const q = /^\d$/u.test(m[1] ?? '') ? Number(m[1]) : (parseRoman(m[1] ?? '') ?? 0);
    if (q >= 1 && q <= 4) consider(monthEnd(q * 3, m[2]), s, s + m[0].length);
  }
  return best;
}

// ---------------------------------------------------------------- assignments and deadlines

/** Bodies of a cell, one per listed body (continuations of a collective stay with it). */
function bodiesIn(ctx: ExtractContext, cell: NSpan): { value: string; span: NSpan }[] {
  const tokens = ctx.tokens.range(cell.start, cell.end);
  const out: { value: string; span: NSpan }[] = [];
  let i = 0;
  while (i < tokens.length) {
    const m: AgencyMatch | null = tokens[i]?.isWord ? matchAgency(tokens, i) : null;
    if (!m) {
      i += 1;
      continue;
    }
    for (const g of m.groups) {
      const first = tokens[g.startTok];
      const last = tokens[g.endTok - 1];
      if (first && last)
        out.push({
          value: ctx.text.slice(first.start, last.end),
          span: { start: first.start, end: last.end },
        });
    }
    i = Math.max(m.endTok, i + 1);
  }
  return out;
}

/**
 * Bodies of a lead cell. The column says the cell names a body, so a name the
 * vocabulary does not know ("Báo và Phát thanh, Truyền hình Phú Thọ") is the
 * whole cell rather than nothing.
 */
function leadBodies(ctx: ExtractContext, cell: NSpan): { value: string; span: NSpan }[] {
  const bodies = bodiesIn(ctx, cell);
  const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '').length;
  const covered = bodies.reduce((n, b) => n + letters(b.value), 0);
  const whole = ctx.text.slice(cell.start, cell.end);
  if (covered >= 0.8 * letters(whole)) return bodies;
  return whole.length <= 100 && /^\p{Lu}/u.test(whole) ? [{ value: whole, span: cell }] : bodies;
}

/** What the assignment tables give: one lead assignment per body in a lead cell, and the rows' deadlines. */
export interface TableFindings {
  assignments: AssignmentCandidate[];
  deadlines: DeadlineCandidate[];
}

/** Reads the assignment tables of the document (none in a news article). */
export function findTableAssignments(ctx: ExtractContext): TableFindings {
  const found: TableFindings = { assignments: [], deadlines: [] };
  if (ctx.isArticle) return found;
  const { text } = ctx;
  for (const table of findTables(ctx)) {
    for (const row of table.rows) {
      const lead = row.cells.get('lead')?.[0];
      const taskCell = row.cells.get('task')?.[0];
      const timeCell = row.cells.get('time')?.[0];
      const partnerCell = row.cells.get('partners')?.[0];
      const due = timeCell ? timeCellDate(ctx, text.slice(timeCell.start, timeCell.end)) : null;
      const dueIso = due?.iso ?? null;
      // cells only counted (no row number) could be misread: they must name a body the vocabulary knows
      const leads = lead ? (table.isKeyed ? leadBodies(ctx, lead) : bodiesIn(ctx, lead)) : [];
      if (!table.isKeyed && leads.length === 0) continue;
      if (due && timeCell) {
        const dateSpan = { start: timeCell.start + due.start, end: timeCell.start + due.end };
        const label = taskCell
          ? `${text.slice(taskCell.start, taskCell.end)}: ${text.slice(timeCell.start, timeCell.end)}`
          : text.slice(timeCell.start, timeCell.end);
        const who = leads[0]?.value;
        found.deadlines.push({ date: due.iso, dateSpan, sentence: row.span, label, ...(who ? { who } : {}) });
      }
      if (!lead || !taskCell) continue;
      const partners = partnerCell ? bodiesIn(ctx, partnerCell).map((p) => p.value) : [];
      const task = text.slice(taskCell.start, taskCell.end);
      for (const agency of leads) {
        found.assignments.push({
          source: 'subject',
          agency: agency.value,
          agencySpan: agency.span,
          role: 'lead',
          task,
          taskSpan: taskCell,
          partners,
          due: dueIso,
          span: {
            start: Math.min(agency.span.start, taskCell.start),
            end: Math.max(agency.span.end, taskCell.end),
          },
        });
      }
    }
  }
  return found;
}
