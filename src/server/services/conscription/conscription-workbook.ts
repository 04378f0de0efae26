import ExcelJS from 'exceljs';
import { CONSCRIPTION_STEP_LABELS } from '../../../shared/conscription-calendar.ts';
import { vnDate } from '../../../shared/iso-dates.ts';
import type { TConscriptionRow, TConscriptionYear } from '../../../shared/schemas/conscription.ts';

const STATE_LABELS = { done: 'Đã xong', late: 'Quá hạn', open: 'Đang thực hiện', upcoming: 'Chưa đến hạn' };

/** The year's table as a spreadsheet: one line per unit under it, the total, then the calendar. */
export async function buildConscriptionWorkbook(board: TConscriptionYear): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'QPTD';
  const sheet = workbook.addWorksheet(`Tuyển quân ${board.year}`);
  sheet.getCell('A1').value = `Tuyển quân năm ${board.year} — ${board.unit.unitName}`;
  sheet.getCell('A1').font = { bold: true, size: 13 };
  sheet.getCell('A2').value =
    `Số liệu đến ngày ${vnDate(board.today)}. Đăng ký lần đầu và lập danh sách thuộc năm ${board.year - 1}.`;
  const header = sheet.getRow(4);
  header.values = [
    'STT',
    'Đơn vị',
    'Chỉ tiêu giao quân',
    'Nam đủ 17 tuổi (danh sách tháng 1)',
    'Đã đăng ký NVQS lần đầu',
    'Đã khám tuyển',
    'Đủ điều kiện nhập ngũ',
    'Đã giao quân',
    'Ngày giao quân',
    'Tỷ lệ hoàn thành chỉ tiêu (%)',
    'Ghi chú',
  ];
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  sheet.getColumn(2).width = 36;
  for (const col of [3, 4, 5, 6, 7, 8, 9, 10]) sheet.getColumn(col).width = 16;
  sheet.getColumn(11).width = 40;
  const line = (row: TConscriptionRow, label: string | number) => {
    // A line that adds up units below shows their totals; the quota is the unit's own.
    const counts = row.totals;
    return [
      label,
      row.unitName,
      row.quota,
      counts.listed17,
      counts.registered,
      counts.examined,
      counts.fit,
      counts.handedOver,
      row.handoverOn ? vnDate(row.handoverOn) : null,
      row.fulfilmentPercent,
      row.notes,
    ];
  };
  const rows = board.children.length > 0 ? board.children : [board.unit];
  rows.forEach((row, i) => {
    sheet.getRow(5 + i).values = line(row, i + 1);
  });
  if (board.children.length > 0) {
    const total = sheet.getRow(5 + rows.length);
    total.values = line({ ...board.unit, unitName: `Tổng ${board.unit.unitName}`, handoverOn: null }, '');
    total.font = { bold: true };
  }
  const calendarStart = 8 + rows.length;
  sheet.getRow(calendarStart).values = ['', 'Lịch tuyển quân theo luật', 'Từ ngày', 'Đến ngày', 'Trạng thái'];
  sheet.getRow(calendarStart).font = { bold: true };
  board.calendar.forEach((step, i) => {
    sheet.getRow(calendarStart + 1 + i).values = [
      '',
      CONSCRIPTION_STEP_LABELS[step.step],
      vnDate(step.from),
      vnDate(step.to),
      `${STATE_LABELS[step.state]} (${step.doneUnits}/${step.totalUnits} đơn vị đã nhập)`,
    ];
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
