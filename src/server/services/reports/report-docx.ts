import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ReportSection } from '../../../shared/report-catalogue.ts';
import {
  centered,
  MM,
  NO_BORDERS,
  nd30DateLine,
  nd30Header,
  packNd30Document,
  run,
  TEXT_WIDTH_MM,
} from '../docx/nd30-docx.ts';
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
  /** The authority and position lines ("TM. …", "KT. …", the position), then the signer's name. */
  signature: { lines: string[]; name: string };
  recipients: string[];
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

const fmt = (n: number | null) => (n === null ? '—' : n.toLocaleString('vi-VN'));

/**
 * Lays a report out as Nghị định 30/2020/NĐ-CP prescribes: the borderless two-column header
 * (issuing body and number left; Quốc hiệu, Tiêu ngữ and place-date right), the kind name and
 * subject centred in bold, the body in Times New Roman 14 with first-line indent, the figures
 * table, the signature block and Nơi nhận; A4 with NĐ 30 margins, page numbers from page 2.
 */
export async function buildReportDocx(input: ReportDocxInput): Promise<Buffer> {
  const header = nd30Header({
    parentBody: input.parentBody,
    issuerLines: input.issuerLines,
    numberLine: `Số:      /${input.numberSymbol}`,
    placeDate: nd30DateLine(input.place, input.date),
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
        columnWidths: [8, 50, 14, 14, 14].map((pct) => Math.round(((TEXT_WIDTH_MM * pct) / 100) * MM)),
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
      columnWidths: [TEXT_WIDTH_MM * 0.45, TEXT_WIDTH_MM * 0.55].map((mm) => Math.round(mm * MM)),
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
                // The space for the hand signature and seal sits under the last position line.
                ...input.signature.lines.map((line, i, all) =>
                  centered([run(line, 28, { bold: true })], i === all.length - 1 ? 1400 : undefined),
                ),
                centered([run(input.signature.name, 28, { bold: true })]),
              ],
            }),
          ],
        }),
      ],
    }),
  );

  return packNd30Document({ title: `${input.title} ${input.subject}`, children: body });
}
