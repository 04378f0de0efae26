/**
 * Rebuilding reading order from pdfjs text items. Items are joined without
 * spaces (a PDF splits runs anywhere, even inside Vietnamese words), except
 * where the page shows a gap. A line whose items are out of order is rebuilt:
 * LibreOffice draws the glyphs its main font lacks (ố, Ủ, ệ) in a second run
 * with a fallback font, leaving a placeholder space of the same width in the
 * first run; each fallback glyph is put back in place of its placeholder.
 */

/** The fields of a pdfjs TextItem this module reads. */
export interface PdfTextItem {
  str?: string;
  hasEOL?: boolean;
  /** [a, b, c, d, e, f]: e, f are the baseline origin; |c, d| the font size. */
  transform?: number[];
  width?: number;
  fontName?: string;
}

interface Placed {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  font: string;
}

/** A gap wider than this many font sizes separates two cells (columns) of one baseline. */
const CELL_GAP = 3;
/** A gap wider than this many font sizes is a space the PDF drew by moving the pen. */
const SPACE_GAP = 0.35;

function place(item: PdfTextItem): Placed | null {
  const str = item.str ?? '';
  if (str === '') return null;
  const t = item.transform ?? [];
  const size = Math.hypot(t[2] ?? 0, t[3] ?? 0) || Math.abs(t[0] ?? 0) || 10;
  return {
    str,
    x: t[4] ?? 0,
    y: t[5] ?? 0,
    width: Math.max(0, item.width ?? 0),
    size,
    font: item.fontName ?? '',
  };
}

/** Joins pieces in x order, adding a space for a visible gap and a line break between cells. */
function joinInOrder(pieces: readonly Placed[]): string {
  let out = '';
  let prevEnd = Number.NaN;
  for (const p of pieces) {
    if (!Number.isNaN(prevEnd)) {
      const gap = p.x - prevEnd;
      if (gap > CELL_GAP * p.size) out = `${out.trimEnd()}\n`;
      else if (gap > SPACE_GAP * p.size && !/\s$/u.test(out) && !/^\s/u.test(p.str)) out += ' ';
    }
    out += p.str;
    prevEnd = p.x + p.width;
  }
  return out;
}

function isInOrder(items: readonly Placed[]): boolean {
  for (let k = 1; k < items.length; k += 1) {
    const prev = items[k - 1] as Placed;
    const cur = items[k] as Placed;
    if (cur.x < prev.x + prev.width - 0.2 * cur.size) return false;
  }
  return true;
}

/** The font that prints most of the line's letters. */
function mainFont(items: readonly Placed[]): string {
  const inked = new Map<string, number>();
  for (const it of items) inked.set(it.font, (inked.get(it.font) ?? 0) + it.str.replace(/\s/gu, '').length);
  let best = '';
  let most = -1;
  for (const [font, n] of inked) {
    if (n > most) {
      best = font;
      most = n;
    }
  }
  return best;
}

/**
 * Advance widths of Times New Roman (and its metric twin Liberation Serif), in
 * 1/1000 em, for printable ASCII; letters with Vietnamese marks take their base
 * letter's width. Only the proportions matter: they are scaled to each item.
 */
const TIMES_WIDTHS =
  ' 250!333"408#500$500%833&778\'180(333)333*500+564,250-333.250/278' +
  '0500150025003500450055006500750085009500:278;278<564=564>564?444@921' +
  'A722B667C667D722E611F556G722H722I333J389K722L611M889N722O722P556Q722R667S556T611U722V722W944X722Y722Z611' +
  '[333\\278]333^469_500`333a444b500c444d500e444f333g500h500i278j278k500l278m778n500o500p500q500r333s389t278u500v500w722x500y500z444{480|200}480~541';

const WIDTH_OF: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (let i = 0; i + 4 <= TIMES_WIDTHS.length; i += 4) {
    map.set(TIMES_WIDTHS.charAt(i), Number(TIMES_WIDTHS.slice(i + 1, i + 4)));
  }
  return map;
})();

function relativeWidth(ch: string): number {
  const direct = WIDTH_OF.get(ch);
  if (direct !== undefined) return direct;
  if (ch === 'đ') return 500;
  if (ch === 'Đ') return 722;
  const base = ch.normalize('NFD').charAt(0);
  return WIDTH_OF.get(base) ?? 500;
}

/**
 * A fallback run such as "ủ ỉ" draws two glyphs with a pen move between them:
 * split it into its glyph groups, the first at the start, the last at the end.
 */
function splitAtSpaces(item: Placed): Placed[] {
  const groups = item.str.split(/\s+/u).filter((g) => g !== '');
  if (groups.length <= 1) return groups.map((g) => ({ ...item, str: g }));
  const widths = groups.map((g) =>
    [...g].reduce((sum, ch) => sum + (relativeWidth(ch) * item.size) / 1000, 0),
  );
  const inked = widths.reduce((a, b) => a + b, 0);
  const gap = Math.max(0, item.width - inked) / (groups.length - 1);
  let x = item.x;
  return groups.map((g, i) => {
    const placed = { ...item, str: g, x, width: widths[i] ?? 0 };
    x += (widths[i] ?? 0) + gap;
    return placed;
  });
}

/** One character of the main run, at its estimated position; `text` may become a fallback glyph. */
interface Cell {
  text: string;
  x: number;
  center: number;
  isPlaceholder: boolean;
}

/**
 * Order-preserving matching of glyph centres to placeholder centres (both
 * sorted), minimising the total distance; a glyph farther than its `reach`
 * from every placeholder stays unmatched (-1). Dynamic programming, O(g·s).
 */
function alignInOrder(
  glyphs: readonly number[],
  slots: readonly number[],
  reach: readonly number[],
): number[] {
  const g = glyphs.length;
  const s = slots.length;
  const SKIP = 1e6; // leaving a glyph unmatched costs more than any sensible distance
  // cost[i][j]: best cost for the first i glyphs using the first j slots
  const cost: number[][] = Array.from({ length: g + 1 }, () =>
    new Array<number>(s + 1).fill(Number.POSITIVE_INFINITY),
  );
  const choice: number[][] = Array.from({ length: g + 1 }, () => new Array<number>(s + 1).fill(0));
  for (let j = 0; j <= s; j += 1) (cost[0] as number[])[j] = 0;
  for (let i = 1; i <= g; i += 1) {
    const row = cost[i] as number[];
    const prev = cost[i - 1] as number[];
    const pick = choice[i] as number[];
    row[0] = (prev[0] ?? 0) + SKIP;
    pick[0] = 0;
    for (let j = 1; j <= s; j += 1) {
      const d = Math.abs((glyphs[i - 1] ?? 0) - (slots[j - 1] ?? 0));
      const take = d <= (reach[i - 1] ?? 0) ? (prev[j - 1] ?? 0) + d : Number.POSITIVE_INFINITY;
      const skipSlot = row[j - 1] ?? Number.POSITIVE_INFINITY;
      const skipGlyph = (prev[j] ?? 0) + SKIP;
      const best = Math.min(take, skipSlot, skipGlyph);
      row[j] = best;
      pick[j] = best === take ? 1 : best === skipSlot ? 2 : 3;
    }
  }
  const result = new Array<number>(g).fill(-1);
  let i = g;
  let j = s;
  while (i > 0) {
    const p = j === 0 ? 0 : ((choice[i] as number[])[j] ?? 0);
    if (p === 1) {
      result[i - 1] = j - 1;
      i -= 1;
      j -= 1;
    } else if (p === 2) j -= 1;
    else i -= 1;
  }
  return result;
}

/** Puts each fallback glyph in place of its placeholder space of the main run, then reads left to right. */
function rebuildLine(items: readonly Placed[]): string {
  const font = mainFont(items);
  const mains = items.filter((it) => it.font === font);
  // fallback spaces only move the pen; the glyphs are matched to placeholders in order
  // a fallback glyph or space outside every main-run item was drawn in line, not over a placeholder
  const insideMain = (x: number) => mains.some((m) => x > m.x + 0.01 && x < m.x + m.width - 0.01);
  const inline: Cell[] = [];
  for (const f of items) {
    if (f.font === font || f.str.trim() !== '' || insideMain(f.x + f.width / 2)) continue;
    inline.push({ text: ' ', x: f.x, center: f.x + f.width / 2, isPlaceholder: false });
  }
  const glyphs: Placed[] = [];
  for (const g of items.filter((f) => f.font !== font).flatMap(splitAtSpaces)) {
    if (insideMain(g.x + g.width / 2)) glyphs.push(g);
    else inline.push({ text: g.str, x: g.x, center: g.x + g.width / 2, isPlaceholder: false });
  }
  glyphs.sort((a, b) => a.x - b.x);

  // estimate, match, then re-estimate with matched placeholders as wide as their glyphs
  let widthOfPlaceholder = new Map<number, number>();
  let cells: Cell[] = [];
  let owners: Placed[] = [];
  let match: number[] = [];
  let spaces: number[] = [];
  for (let pass = 0; pass < 3; pass += 1) {
    ({ cells, owners } = layoutCells(mains, widthOfPlaceholder));
    spaces = cells.map((_c, i) => i).filter((i) => cells[i]?.isPlaceholder);
    match = alignInOrder(
      glyphs.map((g) => g.x + g.width / 2),
      spaces.map((i) => cells[i]?.center ?? 0),
      glyphs.map((g) => Math.max(g.width, g.size) * 0.9),
    );
    const next = new Map<number, number>();
    glyphs.forEach((g, k) => {
      const slot = match[k] ?? -1;
      if (slot >= 0) next.set(spaces[slot] ?? -1, g.width);
    });
    widthOfPlaceholder = next;
  }

  const loose: Cell[] = [...inline];
  const glyphOfCell = new Map<number, Placed>();
  glyphs.forEach((glyph, k) => {
    const slot = match[k] ?? -1;
    const cellIndex = slot < 0 ? -1 : (spaces[slot] ?? -1);
    const target = cells[cellIndex];
    if (!target) {
      loose.push({ text: glyph.str, x: glyph.x, center: glyph.x + glyph.width / 2, isPlaceholder: false });
      return;
    }
    glyphOfCell.set(cellIndex, glyph);
    target.text = glyph.str;
    target.isPlaceholder = false;
  });
  restoreMergedSpaces(cells, owners, glyphOfCell);
  const all = [...cells, ...loose].sort((a, b) => a.x - b.x);
  return all
    .map((c) => c.text)
    .join('')
    .replace(/ {2,}/gu, ' ')
    .trim();
}

/**
 * A placeholder also swallows a real space next to it ("KẾ HOẠCH": one wide
 * space stands for "Ế" and the word break). Walking each item from exact
 * anchors (its start, each placed glyph, its end) with typical widths, an
 * unexplained gap is such a space: put it after the previous glyph, or before
 * the next one when that one starts a word in capitals ("TỊCH ỦY").
 */
function restoreMergedSpaces(
  cells: Cell[],
  owners: readonly Placed[],
  glyphOfCell: ReadonlyMap<number, Placed>,
): void {
  let i = 0;
  while (i < cells.length) {
    const owner = owners[i] as Placed;
    let j = i;
    while (j < cells.length && owners[j] === owner) j += 1;
    let anchor = owner.x;
    let lastGlyphCell = -1;
    const threshold = 0.2 * owner.size;
    for (let k = i; k < j; k += 1) {
      const cell = cells[k] as Cell;
      const glyph = glyphOfCell.get(k);
      if (!glyph) {
        anchor += (relativeWidth(cell.text) * owner.size) / 1000;
        continue;
      }
      const gap = glyph.x - anchor;
      if (gap > threshold) {
        const previous = lastGlyphCell >= 0 ? cells[lastGlyphCell] : undefined;
        const startsCapitalWord =
          /^\p{Lu}/u.test(glyph.str) && k + 1 < j && /^\p{Lu}/u.test(cells[k + 1]?.text ?? '');
        if (previous && !startsCapitalWord) previous.text = `${previous.text} `;
        else cell.text = ` ${cell.text}`;
      }
      anchor = glyph.x + glyph.width;
      lastGlyphCell = k;
    }
    const previous = lastGlyphCell >= 0 ? cells[lastGlyphCell] : undefined;
    // the walk has reached the item's end: what is left over is a swallowed space
    if (previous && owner.x + owner.width - anchor > threshold) previous.text = `${previous.text} `;
    i = j;
  }
}

/**
 * Characters of the main run at estimated positions: typical proportional
 * widths scaled to each item's real width; placeholders already matched to a
 * glyph take that glyph's width (`fixed`, keyed by cell index).
 */
function layoutCells(
  mains: readonly Placed[],
  fixed: ReadonlyMap<number, number>,
): { cells: Cell[]; owners: Placed[] } {
  const cells: Cell[] = [];
  const owners: Placed[] = [];
  for (const item of mains) {
    const chars = [...item.str];
    const first = cells.length;
    const known = chars.map((_ch, i) => fixed.get(first + i));
    const knownTotal = known.reduce<number>((sum, w) => sum + (w ?? 0), 0);
    const guess = chars.map((ch, i) => (known[i] === undefined ? relativeWidth(ch) : 0));
    const guessTotal = guess.reduce((a, b) => a + b, 0) || 1;
    const rest = Math.max(0, item.width - knownTotal);
    let x = item.x;
    chars.forEach((ch, i) => {
      const w = known[i] ?? ((guess[i] ?? 0) / guessTotal) * rest;
      cells.push({ text: ch, x, center: x + w / 2, isPlaceholder: ch === ' ' });
      owners.push(item);
      x += w;
    });
  }
  return { cells, owners };
}

/** The text of one page: lines by baseline in content order, each in reading order. */
export function pageText(items: readonly PdfTextItem[]): string {
  const lines: Placed[][] = [];
  let current: Placed[] | null = null;
  for (const item of items) {
    const placed = place(item);
    if (placed) {
      const head = current?.[0];
      if (!current || !head || Math.abs(placed.y - head.y) > 0.35 * placed.size) {
        current = [];
        lines.push(current);
      }
      current.push(placed);
    }
    if (item.hasEOL) current = null;
  }
  return lines.map((line) => (isInOrder(line) ? joinInOrder(line) : rebuildLine(line))).join('\n');
}
