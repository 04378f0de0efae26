import ExcelJS from 'exceljs';
import { awardByCode, DECIDING_LEVEL_WORDS, NOMINEE_KIND_LABELS } from '../../../shared/award-catalogue.ts';
import { vnDate } from '../../../shared/iso-dates.ts';
import { AWARD_STATE_LABELS, type TAwardProposal } from '../../../shared/schemas/awards.ts';

const day = (instant: string | null) =>
  instant ? vnDate(new Date(new Date(instant).getTime() + 7 * 3_600_000).toISOString().slice(0, 10)) : '';

/** The proposals shown on the page as a spreadsheet, one row each, with evidence and decisions. */
export async function buildAwardsWorkbook(title: string, items: TAwardProposal[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'QPTD';
  const sheet = workbook.addWorksheet('Khen thưởng');
  sheet.getCell('A1').value = title;
  sheet.getCell('A1').font = { bold: true, size: 13 };
  const header = sheet.getRow(3);
  header.values = [
    'STT',
    'Đơn vị đề nghị',
    'Tập thể / cá nhân',
    'Tên tập thể, họ và tên',
    'Chức vụ',
    'Cơ quan, đơn vị',
    'Hình thức khen thưởng',
    'Cấp quyết định',
    'Hội nghị',
    'Thành tích',
    'Minh chứng',
    'Trạng thái',
    'Ngày đề nghị',
    'Ngày quyết định',
    'Ghi chú, lý do',
  ];
  header.font = { bold: true };
  for (const [col, width] of [
    [2, 24],
    [4, 32],
    [6, 28],
    [7, 36],
    [9, 30],
    [10, 60],
    [11, 60],
    [15, 36],
  ] as const)
    sheet.getColumn(col).width = width;
  items.forEach((p, i) => {
    const award = awardByCode(p.award.code);
    sheet.getRow(4 + i).values = [
      i + 1,
      p.unit.name,
      NOMINEE_KIND_LABELS[p.nomineeKind],
      p.nomineeName,
      p.nomineePosition ?? '',
      p.nomineeOrganisation ?? '',
      p.award.name,
      `${p.grantingUnit.name}${award ? ` (${DECIDING_LEVEL_WORDS[award.decidingLevel]})` : ''}`,
      p.conference?.title ?? '',
      p.achievements,
      p.evidence.map((e) => `- ${e.label}`).join('\n'),
      AWARD_STATE_LABELS[p.state],
      day(p.proposedAt),
      day(p.decidedAt),
      p.decisionNote ?? '',
    ];
    sheet.getRow(4 + i).alignment = { vertical: 'top', wrapText: true };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
