import type { TEntryGrid } from '../../../shared/schemas/figures.ts';
import { parseVietnameseNumber } from '../../../shared/vietnamese-number.ts';
import type { CatalogueIndicator } from '../../api/figures.ts';

/** A row of the entry grid. */
export type GridRow = TEntryGrid['rows'][number];

/** Key of one cell: indicator and disaggregation category. */
export function cellKey(indicatorId: number, category: string): string {
  return `${indicatorId}|${category}`;
}

/** A column of the grid: one disaggregation category ('' is the plain total). */
export interface GridColumn {
  code: string;
  name: string;
}

/** Every category any row has, in the order rows list them, the plain total first (as the Excel template). */
export function gridColumns(rows: readonly GridRow[]): GridColumn[] {
  const seen = new Map<string, string>();
  for (const row of rows) for (const c of row.categories) if (!seen.has(c.code)) seen.set(c.code, c.name);
  const columns = [...seen].map(([code, name]) => ({ code, name }));
  return columns.sort((a, b) => Number(b.code === '') - Number(a.code === ''));
}

// Cells always use Vietnamese notation, whatever the interface language: they are read back with
// parseVietnameseNumber, and "32,266" would read as 32.266 there.
const entryNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 });

/** A stored figure as the cell shows it: "32.266", "1,5"; empty when there is none. */
export function formatEntryValue(value: number | null): string {
  return value === null ? '' : entryNumber.format(value);
}

/** Why a typed text cannot be sent. */
export type DraftProblem = 'unreadable' | 'negative' | 'notInteger';

/** What a typed text means: a value (null clears the cell) or a problem. */
export type DraftReading = { value: number | null; problem?: undefined } | { problem: DraftProblem };

/** Reads a cell's text the way officials write numbers; blank clears the cell. */
export function readDraft(text: string, isInteger: boolean): DraftReading {
  if (text.trim() === '') return { value: null };
  const value = parseVietnameseNumber(text);
  if (value === null) return { problem: 'unreadable' };
  if (value < 0) return { problem: 'negative' };
  if (isInteger && !Number.isInteger(value)) return { problem: 'notInteger' };
  return { value };
}

/** A cell to send in the PUT. */
export interface ChangedCell {
  indicatorId: number;
  category: string;
  value: number | null;
}

/** The cells whose typed text differs from the stored figure, and the texts that cannot be sent. */
export function collectChanges(
  rows: readonly GridRow[],
  drafts: ReadonlyMap<string, string>,
): { cells: ChangedCell[]; problems: Map<string, DraftProblem> } {
  const cells: ChangedCell[] = [];
  const problems = new Map<string, DraftProblem>();
  for (const row of rows) {
    for (const cell of row.cells) {
      const key = cellKey(row.indicatorId, cell.category);
      const text = drafts.get(key);
      if (text === undefined) continue;
      const reading = readDraft(text, row.isInteger);
      if (reading.problem) problems.set(key, reading.problem);
      else if (reading.value !== cell.value)
        cells.push({ indicatorId: row.indicatorId, category: cell.category, value: reading.value });
    }
  }
  return { cells, problems };
}

/** The value a cell holds now: its readable draft, else the stored figure. */
export function currentValue(
  row: GridRow,
  category: string,
  drafts: ReadonlyMap<string, string>,
): number | null {
  const text = drafts.get(cellKey(row.indicatorId, category));
  if (text !== undefined) {
    const reading = readDraft(text, false);
    return reading.problem ? null : reading.value;
  }
  return row.cells.find((c) => c.category === category)?.value ?? null;
}

/** Sum of a row's categories as they stand, or null when none holds a figure. */
export function rowTotal(row: GridRow, drafts: ReadonlyMap<string, string>): number | null {
  let total: number | null = null;
  for (const cell of row.cells) {
    const value = currentValue(row, cell.category, drafts);
    if (value !== null) total = (total ?? 0) + value;
  }
  return total;
}

/** A rate computed from two quantities of the grid. */
export interface RatioDefinition {
  id: number;
  name: string;
  numeratorId: number;
  denominatorId: number;
}

/**
 * A rate from the grid as it stands (Σ numerator ÷ Σ denominator, in %, to two decimals, as the
 * dashboard computes it), or null while a part is missing or the denominator is zero.
 */
export function liveRatio(
  ratio: RatioDefinition,
  rows: readonly GridRow[],
  drafts: ReadonlyMap<string, string>,
): number | null {
  const numerator = rows.find((r) => r.indicatorId === ratio.numeratorId);
  const denominator = rows.find((r) => r.indicatorId === ratio.denominatorId);
  if (!numerator || !denominator) return null;
  const num = rowTotal(numerator, drafts);
  const den = rowTotal(denominator, drafts);
  if (num === null || !den) return null;
  return Math.round((num / den) * 10000) / 100;
}

/** Where a key press moves the focus in the grid. */
export type GridMove = 'up' | 'down' | 'left' | 'right';

/** A cell position: row index and column index. */
export interface CellPosition {
  row: number;
  col: number;
}

/**
 * The next editable cell from `from` in a direction: up and down keep the column and skip rows
 * without that cell; left and right stay in the row. Null at the edge.
 */
export function nextCell(
  editable: readonly CellPosition[],
  from: CellPosition,
  move: GridMove,
): CellPosition | null {
  const candidates = editable.filter((p) =>
    move === 'up'
      ? p.col === from.col && p.row < from.row
      : move === 'down'
        ? p.col === from.col && p.row > from.row
        : move === 'left'
          ? p.row === from.row && p.col < from.col
          : p.row === from.row && p.col > from.col,
  );
  if (candidates.length === 0) return null;
  const distance = (p: CellPosition) => Math.abs(p.row - from.row) + Math.abs(p.col - from.col);
  return candidates.reduce((best, p) => (distance(p) < distance(best) ? p : best));
}

/** The rates whose two parts are both entered in the grid, so they can be computed as figures are typed. */
export function ratiosOfGrid(indicators: readonly CatalogueIndicator[], grid: TEntryGrid): RatioDefinition[] {
  const inGrid = new Set(grid.rows.map((r) => r.indicatorId));
  return indicators.flatMap((i) =>
    i.kind === 'ratio' &&
    i.numeratorId !== null &&
    i.denominatorId !== null &&
    inGrid.has(i.numeratorId) &&
    inGrid.has(i.denominatorId)
      ? [{ id: i.id, name: i.name, numeratorId: i.numeratorId, denominatorId: i.denominatorId }]
      : [],
  );
}
