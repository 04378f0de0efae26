import ExcelJS from 'exceljs';
import { vnDate } from '../../../shared/iso-dates.ts';
import {
  CONFERENCE_KIND_LABELS,
  CONFERENCE_STATUS_LABELS,
  type TConferenceSummary,
} from '../../../shared/schemas/conferences.ts';
import { REPORT_STATE_LABELS, type ReportState } from '../../../shared/schemas/reports.ts';

const quota = (used: number, limit: number | null) => (limit === null ? String(used) : `${used}/${limit}`);

/** The conferences shown on the page as a spreadsheet, one row each. */
export async function buildConferencesWorkbook(title: string, items: TConferenceSummary[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'QPTD';
  const sheet = workbook.addWorksheet('Hội nghị');
  sheet.getCell('A1').value = title;
  sheet.getCell('A1').font = { bold: true, size: 13 };
  const header = sheet.getRow(3);
  header.values = [
    'STT',
    'Đơn vị',
    'Loại',
    'Tên hội nghị',
    'Kỳ',
    'Hạn tổ chức',
    'Ngày tổ chức',
    'Thời gian',
    'Chủ trì',
    'Địa điểm',
    'Trạng thái',
    'Báo cáo',
    'Kết luận (đã giao nhiệm vụ)',
    'Đề nghị khen tập thể (/chỉ tiêu)',
    'Đề nghị khen cá nhân (/chỉ tiêu)',
  ];
  header.font = { bold: true };
  for (const [col, width] of [
    [2, 26],
    [4, 50],
    [9, 30],
    [10, 26],
    [12, 40],
  ] as const)
    sheet.getColumn(col).width = width;
  items.forEach((c, i) => {
    sheet.getRow(4 + i).values = [
      i + 1,
      c.unit.name,
      CONFERENCE_KIND_LABELS[c.kind],
      c.title,
      c.periodCode,
      c.dueOn ? vnDate(c.dueOn) : '',
      c.heldOn ? vnDate(c.heldOn) : '',
      c.duration ?? '',
      c.chair ?? '',
      c.location ?? '',
      `${CONFERENCE_STATUS_LABELS[c.status]}${c.isLate ? ' (trễ hạn)' : ''}`,
      c.report
        ? `${c.report.title} (${REPORT_STATE_LABELS[c.report.state as ReportState] ?? c.report.state})`
        : '',
      `${c.conclusions.total} (${c.conclusions.tasks})`,
      quota(c.awards.collective, c.awards.quotaCollective),
      quota(c.awards.individual, c.awards.quotaIndividual),
    ];
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
