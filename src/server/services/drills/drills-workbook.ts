import ExcelJS from 'exceljs';
import {
  DRILL_FORCE_LABELS,
  DRILL_GRADE_LABELS,
  DRILL_KIND_LABELS,
  DRILL_STATUS_LABELS,
} from '../../../shared/drill-kinds.ts';
import { vnDate } from '../../../shared/iso-dates.ts';
import type { DrillRow } from './drill-rows.ts';

const span = (from: string | null, to: string | null) =>
  from ? (to && to !== from ? `${vnDate(from)} – ${vnDate(to)}` : vnDate(from)) : '';

/** The drill register as shown, as an Excel sheet: one row per drill, with its result and forces. */
export async function buildDrillsWorkbook(title: string, rows: DrillRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sổ diễn tập');
  sheet.addRow([title]).font = { bold: true, size: 13 };
  const header = sheet.addRow([
    'STT',
    'Đơn vị',
    'Loại diễn tập',
    'Tên cuộc diễn tập',
    'Thời gian dự kiến',
    'Thời gian thực hiện',
    'Cơ quan tổ chức',
    'Lực lượng tham gia',
    'Tổng số người',
    'Trạng thái',
    'Kết quả',
    'An toàn',
    'Ghi chú',
  ]);
  header.font = { bold: true };
  for (const [i, d] of rows.entries()) {
    sheet.addRow([
      i + 1,
      d.unitName,
      DRILL_KIND_LABELS[d.kind],
      d.title,
      span(d.plannedFrom, d.plannedTo),
      span(d.actualFrom, d.actualTo),
      d.organiserAgencyName ?? d.organiserText ?? '',
      d.participants.map((p) => `${DRILL_FORCE_LABELS[p.force]}: ${p.count}`).join('; '),
      d.participants.reduce((sum, p) => sum + p.count, 0),
      DRILL_STATUS_LABELS[d.status],
      d.grade ? DRILL_GRADE_LABELS[d.grade] : '',
      d.safe === null ? '' : d.safe ? 'An toàn tuyệt đối' : `Có sự cố: ${d.incidents ?? ''}`,
      d.notes ?? '',
    ]);
  }
  for (const [col, width] of [
    [2, 26],
    [3, 40],
    [4, 50],
    [5, 24],
    [6, 24],
    [7, 28],
    [8, 40],
    [13, 40],
  ] as const)
    sheet.getColumn(col).width = width;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
