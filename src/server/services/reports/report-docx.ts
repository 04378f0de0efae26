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
import type { ReportSection } from '../../../shared/report-catalogue.ts';
import { htmlToParagraphs } from './sanitize-html.ts';

/** Everything the official document shows. */
export interface ReportDocxInput {
  /** Upper body (cơ quan chủ quản), e.g. "UBND TỈNH LẠNG SƠN"; null for none. */
  parentBody: string | null;
  /** Issuing body as its lines: ["Ủy ban nhân dân", "phường Đông Kinh"]. */
  issuerLines: string[];
  /** Symbol after the number: "BC-UBND". */
  numberSymbol: string;
  place: string;
  date: Date | null;
  title: string;
  subject: string;
  sections: ReportSection[];
  narrative: Record<string, string>;
  figures: {
    name: string;
    unitOfMeasure: string;
    value: number | null;
    target: { min: number | null; max: number | null } | null;
  }[];
  signature: { authority: string; position: string; name: string };
  recipients: string[];
}

const FONT = 'Times New Roman';
// Half-points: 13 pt = 26, 14 pt = 28, 12 pt = 24, 11 pt = 22.
const run = (text: string, size: number, opts: { bold?: boolean; italics?: boolean } = {}) =>
  new TextRun({ text, font: FONT, size, bold: opts.bold, italics: opts.italics });
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const MM = 56.7; // twips per millimetre
// A4 (210 mm) less the 30 mm and 15 mm margins, split 40/60 between the header columns.
const LEFT_MM = 165 * 0.4;
const RIGHT_MM = 165 * 0.6;

function centered(children: TextRun[], after = 0) {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children });
}

/**
 * A header line with the short solid rule NĐ 30 draws under the issuer and under the Tiêu ngữ:
 * the paragraph's bottom border, narrowed by indents to a fraction of the column.
 */
function ruled(children: TextRun[], cellMm: number, fraction: number) {
  const side = Math.round(((cellMm * (1 - fraction)) / 2) * MM);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    spacing: { after: 160 },
    children,
  });
}

function dateLine(place: string, date: Date | null): string {
  if (!date) return `${place}, ngày ... tháng ... năm ...`;
  const d = date.getDate();
  const m = date.getMonth() + 1;
  // NĐ 30: day < 10 and months 1, 2 are written with a leading zero.
  const dd = d < 10 ? `0${d}` : String(d);
  const mm = m <= 2 ? `0${m}` : String(m);
  return `${place}, ngày ${dd} tháng ${mm} năm ${date.getFullYear()}`;
}

const fmt = (n: number | null) => (n === null ? '—' : n.toLocaleString('vi-VN'));

/**
 * Lays a report out as Nghị định 30/2020/NĐ-CP prescribes: the borderless two-column header
 * (issuing body and number left; Quốc hiệu, Tiêu ngữ and place-date right), the kind name and
 * subject centred in bold, the body in Times New Roman 14 with first-line indent, the figures
 * table, the signature block and Nơi nhận; A4 with NĐ 30 margins, page numbers from page 2.
 */
export async function buildReportDocx(input: ReportDocxInput): Promise<Buffer> {
  const header = new Table({
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
              centered([run(`Số:      /${input.numberSymbol}`, 26)]),
            ],
          }),
          new TableCell({
            width: { size: 60, type: WidthType.PERCENTAGE },
            borders: NO_BORDERS,
            children: [
              centered([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 24, { bold: true })]),
              ruled([run('Độc lập - Tự do - Hạnh phúc', 26, { bold: true })], RIGHT_MM, 0.75),
              centered([run(dateLine(input.place, input.date), 26, { italics: true })]),
            ],
          }),
        ],
      }),
    ],
  });

  const body: (Paragraph | Table)[] = [
    header,
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 360 },
      children: [run(input.title.toUpperCase(), 28, { bold: true })],
    }),
    centered([run(input.subject, 28, { bold: true })], 240),
  ];
  input.sections.forEach((section, i) => {
    body.push(
      new Paragraph({
        spacing: { before: 120, after: 120 },
        indent: { firstLine: Math.round(10 * MM) },
        children: [run(`${ROMAN[i] ?? i + 1}. ${section.heading.toUpperCase()}`, 28, { bold: true })],
      }),
    );
    const paragraphs = htmlToParagraphs(input.narrative[section.key] ?? '');
    for (const p of paragraphs.length ? paragraphs : [{ text: '', isHeading: false }]) {
      body.push(
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          spacing: { after: 120, line: 300 },
          indent: { firstLine: Math.round(10 * MM) },
          children: p.text
            .split('\n')
            .flatMap((line, j) =>
              j === 0 ? [run(line, 28, { bold: p.isHeading })] : [new TextRun({ break: 1 }), run(line, 28)],
            ),
        }),
      );
    }
  });
  if (input.figures.length > 0) {
    body.push(
      new Paragraph({
        spacing: { before: 120, after: 120 },
        indent: { firstLine: Math.round(10 * MM) },
        children: [run('Số liệu kết quả thực hiện các chỉ tiêu:', 28, { italics: true })],
      }),
    );
    const cell = (
      text: string,
      bold = false,
      align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT,
    ) =>
      new TableCell({ children: [new Paragraph({ alignment: align, children: [run(text, 24, { bold })] })] });
    body.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        layout: TableLayoutType.FIXED,
        columnWidths: [8, 50, 14, 14, 14].map((pct) => Math.round(((165 * pct) / 100) * MM)),
        rows: [
          new TableRow({
            tableHeader: true,
            children: ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả', 'Mục tiêu'].map((h) =>
              cell(h, true, AlignmentType.CENTER),
            ),
          }),
          ...input.figures.map(
            (f, i) =>
              new TableRow({
                children: [
                  cell(String(i + 1), false, AlignmentType.CENTER),
                  cell(f.name),
                  cell(f.unitOfMeasure, false, AlignmentType.CENTER),
                  cell(fmt(f.value), false, AlignmentType.RIGHT),
                  cell(
                    f.target
                      ? [
                          f.target.min !== null ? `≥ ${fmt(f.target.min)}` : '',
                          f.target.max !== null ? `≤ ${fmt(f.target.max)}` : '',
                        ]
                          .filter(Boolean)
                          .join(', ')
                      : '',
                    false,
                    AlignmentType.CENTER,
                  ),
                ],
              }),
          ),
        ],
      }),
    );
  }
  body.push(
    new Paragraph({
      children: [run('./.', 28)],
      alignment: AlignmentType.LEFT,
      spacing: { before: 120, after: 240 },
    }),
  );
  body.push(
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: NO_BORDERS,
      columnWidths: [165 * 0.45, 165 * 0.55].map((mm) => Math.round(mm * MM)),
      rows: [
        new TableRow({
          children: [
            new TableCell({
              borders: NO_BORDERS,
              children: [
                new Paragraph({ children: [run('Nơi nhận:', 24, { bold: true, italics: true })] }),
                ...input.recipients.map(
                  (r, i) =>
                    new Paragraph({
                      children: [run(`- ${r}${i === input.recipients.length - 1 ? '.' : ';'}`, 22)],
                    }),
                ),
              ],
            }),
            new TableCell({
              borders: NO_BORDERS,
              children: [
                centered([run(input.signature.authority, 28, { bold: true })]),
                centered([run(input.signature.position, 28, { bold: true })], 1400),
                centered([run(input.signature.name, 28, { bold: true })]),
              ],
            }),
          ],
        }),
      ],
    }),
  );

  const document = new Document({
    creator: 'QPTD',
    title: `${input.title} ${input.subject}`,
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
        children: body,
      },
    ],
  });
  return Packer.toBuffer(document);
}
