import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

/** The only typeface NĐ 30 allows (Times New Roman, Unicode TCVN 6909:2001). */
export const FONT = 'Times New Roman';
/** Twips per millimetre. */
export const MM = 56.7;
/** Width of the text on A4 (210 mm) less the 30 mm and 15 mm margins. */
export const TEXT_WIDTH_MM = 165;
// The header's two columns, 40/60.
const LEFT_MM = TEXT_WIDTH_MM * 0.4;
const RIGHT_MM = TEXT_WIDTH_MM * 0.6;

/** A run of Times New Roman; `size` in half-points (13 pt = 26, 14 pt = 28). */
export const run = (text: string, size: number, opts: { bold?: boolean; italics?: boolean } = {}) =>
  new TextRun({ text, font: FONT, size, bold: opts.bold, italics: opts.italics });

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
/** Borders of the invisible layout tables (header, signature block). */
export const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

/** A centred paragraph with `after` twips below it. */
export function centered(children: TextRun[], after = 0) {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children });
}

/**
 * A header line with the short solid rule NĐ 30 draws under the issuer and under the Tiêu ngữ:
 * the paragraph's bottom border, narrowed by indents to a fraction of the column.
 */
export function ruled(children: TextRun[], cellMm: number, fraction: number) {
  const side = Math.round(((cellMm * (1 - fraction)) / 2) * MM);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    spacing: { after: 160 },
    children,
  });
}

/** "Lạng Sơn, ngày 05 tháng 01 năm 2026" (NĐ 30: day < 10 and months 1, 2 padded), or dots when undated. */
export function nd30DateLine(place: string, date: Date | null): string {
  return `${place}, ${nd30DatePhrase(date)}`;
}

/** "ngày 05 tháng 01 năm 2026", or "ngày ... tháng ... năm ..." when undated. */
export function nd30DatePhrase(date: Date | null): string {
  if (!date) return 'ngày ... tháng ... năm ...';
  const d = date.getDate();
  const m = date.getMonth() + 1;
  const dd = d < 10 ? `0${d}` : String(d);
  const mm = m <= 2 ? `0${m}` : String(m);
  return `ngày ${dd} tháng ${mm} năm ${date.getFullYear()}`;
}

/** What the header of an NĐ 30 document shows. */
export interface Nd30HeaderInput {
  /** Upper body (cơ quan chủ quản), e.g. "UBND TỈNH LẠNG SƠN"; null for none. */
  parentBody: string | null;
  /** Issuing body as its lines: ["Ủy ban nhân dân", "phường Đông Kinh"]. */
  issuerLines: string[];
  /** "Số:      /BC-UBND" under the issuer; null for none (an annex has no number of its own). */
  numberLine: string | null;
  /** "Lạng Sơn, ngày … " under the Tiêu ngữ; null for none. */
  placeDate: string | null;
}

/**
 * The borderless two-column header: issuing body (and number) left; Quốc hiệu, Tiêu ngữ (and
 * place-date) right, each body line ruled as NĐ 30 draws it.
 */
export function nd30Header(input: Nd30HeaderInput): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [LEFT_MM, RIGHT_MM].map((mm) => Math.round(mm * MM)),
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: 40, type: WidthType.PERCENTAGE },
            borders: NO_BORDERS,
            children: [
              ...(input.parentBody ? [centered([run(input.parentBody.toUpperCase(), 26)])] : []),
              ...input.issuerLines.map((line, i) =>
                i === input.issuerLines.length - 1
                  ? ruled([run(line.toUpperCase(), 26, { bold: true })], LEFT_MM, 0.7)
                  : centered([run(line.toUpperCase(), 26, { bold: true })]),
              ),
              ...(input.numberLine !== null ? [centered([run(input.numberLine, 26)])] : []),
            ],
          }),
          new TableCell({
            width: { size: 60, type: WidthType.PERCENTAGE },
            borders: NO_BORDERS,
            children: [
              centered([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 24, { bold: true })]),
              ruled([run('Độc lập - Tự do - Hạnh phúc', 26, { bold: true })], RIGHT_MM, 0.75),
              ...(input.placeDate !== null ? [centered([run(input.placeDate, 26, { italics: true })])] : []),
            ],
          }),
        ],
      }),
    ],
  });
}

/**
 * Packs a document on A4 portrait with NĐ 30 margins (top/bottom 20 mm, left 30, right 15),
 * Times New Roman 14 by default, and page numbers centred in the top margin from page 2.
 */
export function packNd30Document(input: { title: string; children: (Paragraph | Table)[] }): Promise<Buffer> {
  const document = new Document({
    creator: 'QPTD',
    title: input.title,
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
            margin: {
              top: Math.round(20 * MM),
              bottom: Math.round(20 * MM),
              left: Math.round(30 * MM),
              right: Math.round(15 * MM),
            },
          },
        },
        headers: {
          // No number on page 1; centred numbers in the top margin from page 2.
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 26 })],
              }),
            ],
          }),
        },
        children: input.children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
