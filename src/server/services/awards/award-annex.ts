import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { sql } from 'drizzle-orm';
import { AWARD_CATALOGUE, awardByCode, type NomineeKind } from '../../../shared/award-catalogue.ts';
import type { UnitKind } from '../../../shared/enums.ts';
import type { AnnexDocument, TAwardAnnexQuery, TAwardProposal } from '../../../shared/schemas/awards.ts';
import type { Actor } from '../../auth/actor.ts';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { AppError } from '../../errors.ts';
import { placeName, unitKindWord } from '../agencies/standard-agencies.ts';
import {
  centered,
  MM,
  nd30DatePhrase,
  nd30Header,
  packNd30Document,
  run,
  TEXT_WIDTH_MM,
} from '../docx/nd30-docx.ts';
import { unitInScope } from '../units/unit-in-scope.ts';
import { listAwards } from './list-awards.ts';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
// STT, name, position and organisation, achievements.
const COLUMNS_PCT = [8, 28, 26, 38];

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];
const cell = (text: string, opts: { bold?: boolean; align?: Align } = {}) =>
  new TableCell({
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          alignment: opts.align ?? AlignmentType.LEFT,
          children: [run(line, 24, { bold: opts.bold })],
        }),
    ),
  });

function nomineeTable(kind: NomineeKind, items: TAwardProposal[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    columnWidths: COLUMNS_PCT.map((pct) => Math.round(((TEXT_WIDTH_MM * pct) / 100) * MM)),
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          'STT',
          kind === 'collective' ? 'Tên tập thể' : 'Họ và tên',
          kind === 'collective' ? 'Đơn vị' : 'Chức vụ, đơn vị',
          'Thành tích',
        ].map((h) => cell(h, { bold: true, align: AlignmentType.CENTER })),
      }),
      ...items.map(
        (p, i) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell(String(i + 1), { align: AlignmentType.CENTER }),
              cell(p.nomineeName),
              cell([p.nomineePosition, p.nomineeOrganisation].filter(Boolean).join(', ')),
              cell(p.achievements),
            ],
          }),
      ),
    ],
  });
}

/** How each annex names itself and the document it goes with. */
const ANNEX_WORDING: Record<
  AnnexDocument,
  {
    title: string;
    documentTitle: string;
    symbol: string;
    attachedTo: string;
    by: string;
    none: string;
    file: string;
  }
> = {
  decision: {
    title: 'DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG',
    documentTitle: 'Danh sách tập thể, cá nhân được khen thưởng',
    symbol: 'QĐ-UBND',
    attachedTo: 'Quyết định',
    by: 'Chủ tịch Ủy ban nhân dân',
    none: 'được {unit} duyệt khen thưởng',
    file: 'phu-luc-khen-thuong',
  },
  submission: {
    title: 'DANH SÁCH TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG',
    documentTitle: 'Danh sách tập thể, cá nhân đề nghị khen thưởng',
    symbol: 'TTr-UBND',
    attachedTo: 'Tờ trình',
    by: 'Ủy ban nhân dân',
    none: 'được {unit} duyệt đề nghị cấp trên khen thưởng',
    file: 'danh-sach-de-nghi-khen-thuong',
  },
};

/** "15/QĐ-UBND" from "15" or "15/QĐ-UBND"; blank for the number to be written in after signature. */
function documentNumber(raw: string | undefined, symbol: string): string {
  if (!raw) return `      /${symbol}`;
  return raw.includes('/') ? raw : `${raw}/${symbol}`;
}

/** The file and its name. */
export interface AwardAnnex {
  fileName: string;
  body: Buffer;
  count: number;
}

/**
 * The annex (Phụ lục) listing the approved proposals of a unit, grouped by award in catalogue
 * order, collectives before individuals, in the NĐ 30 layout: the issuing body and the Quốc hiệu,
 * the list's title and "(Kèm theo Quyết định số …)", then one table per award and nominee kind
 * (STT, name, position and organisation, achievements). A decision lists only the awards the
 * unit's chair grants; the awards of higher authorities the unit forwards go in the list that
 * accompanies its Tờ trình, since its chair cannot decide them.
 */
export async function awardAnnex(db: DbOrTx, actor: Actor, query: TAwardAnnexQuery): Promise<AwardAnnex> {
  const granting = await unitInScope(db, actor, query.grantingUnitId ?? actor.unitId);
  const wording = ANNEX_WORDING[query.document];
  const forwarded = query.document === 'submission';
  const approved = (
    await listAwards(db, actor, {
      state: 'approved',
      grantingUnitId: granting.id,
      conferenceId: query.conferenceId,
      awardCode: query.awardCode,
      year: query.year,
    })
  ).filter((p) => awardByCode(p.award.code)?.forwarded === forwarded);
  if (approved.length === 0)
    throw new AppError(
      'conflict',
      `Chưa có tập thể, cá nhân nào ${wording.none.replace('{unit}', granting.name)} theo điều kiện đã chọn.`,
    );
  const [unit] = await queryRows<{ kind: UnitKind }>(
    db,
    sql`select kind from units where id = ${granting.id}`,
  );
  const kindWord = unitKindWord(unit!.kind);
  const place = placeName(granting.name);
  const conference = query.conferenceId ? approved.find((p) => p.conference)?.conference : undefined;
  const date = query.decisionDate ? new Date(`${query.decisionDate}T00:00:00`) : null;

  const body: (Paragraph | Table)[] = [
    nd30Header({
      parentBody: null,
      issuerLines: ['Ủy ban nhân dân', `${kindWord} ${place}`],
      numberLine: null,
      placeDate: null,
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 360 },
      children: [run('Phụ lục', 28, { bold: true })],
    }),
    centered([run(wording.title, 28, { bold: true })]),
    ...(conference ? [centered([run(conference.title, 28, { bold: true })])] : []),
    centered(
      [
        run(
          `(Kèm theo ${wording.attachedTo} số ${documentNumber(query.decisionNumber, wording.symbol)} ${nd30DatePhrase(date)} của ${wording.by} ${kindWord} ${place})`,
          28,
          { italics: true },
        ),
      ],
      240,
    ),
  ];
  let group = 0;
  let collectives = 0;
  for (const award of AWARD_CATALOGUE) {
    const items = approved.filter((p) => p.award.code === award.code);
    if (items.length === 0) continue;
    body.push(
      new Paragraph({
        spacing: { before: 240, after: 120 },
        keepNext: true,
        children: [run(`${ROMAN[group] ?? group + 1}. ${award.name.toUpperCase()}`, 28, { bold: true })],
      }),
    );
    group += 1;
    const kinds = (['collective', 'individual'] as const).filter((k) =>
      items.some((p) => p.nomineeKind === k),
    );
    kinds.forEach((kind, i) => {
      const ofKind = items
        .filter((p) => p.nomineeKind === kind)
        .sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'vi') || a.id - b.id);
      if (kind === 'collective') collectives += ofKind.length;
      body.push(
        new Paragraph({
          spacing: { before: 120, after: 120 },
          keepNext: true,
          children: [
            run(`${i + 1}. ${kind === 'collective' ? 'Tập thể' : 'Cá nhân'} (${ofKind.length})`, 28, {
              bold: true,
            }),
          ],
        }),
        nomineeTable(kind, ofKind),
      );
    });
  }
  body.push(
    new Paragraph({
      spacing: { before: 240 },
      children: [
        run(`Tổng số: ${collectives} tập thể và ${approved.length - collectives} cá nhân./.`, 28, {
          italics: true,
        }),
      ],
    }),
  );
  return {
    fileName: `${wording.file}-${granting.id}${query.year ? `-${query.year}` : ''}.docx`,
    body: await packNd30Document({ title: wording.documentTitle, children: body }),
    count: approved.length,
  };
}
