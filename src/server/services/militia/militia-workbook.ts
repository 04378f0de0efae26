import ExcelJS from 'exceljs';
import { MILITIA_FORCE_LABELS, MILITIA_FORCE_TYPES } from '../../../shared/militia.ts';
import type { TMilitiaRow, TMilitiaYear } from '../../../shared/schemas/militia.ts';

/** The year's table as a spreadsheet: one line per unit under it and the total, force by type. */
export async function buildMilitiaWorkbook(board: TMilitiaYear): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'QPTD';
  const sheet = workbook.addWorksheet(`DQTV, DBĐV ${board.year}`);
  sheet.getCell('A1').value = `Dân quân tự vệ và dự bị động viên năm ${board.year} — ${board.unit.unitName}`;
  sheet.getCell('A1').font = { bold: true, size: 13 };
  const header = sheet.getRow(3);
  header.values = [
    'STT',
    'Đơn vị',
    ...MILITIA_FORCE_TYPES.map((type) => MILITIA_FORCE_LABELS[type]),
    'Tổng quân số DQTV',
    'Đảng viên',
    'Tỷ lệ đảng viên (%)',
    'Đảng viên trong dân quân',
    'Được triệu tập huấn luyện',
    'Tham gia huấn luyện',
    'Tỷ lệ tham gia huấn luyện (%)',
    'Chi bộ quân sự',
    'QNDB đã sắp xếp',
    'Xếp đúng CNQS',
    'Tỷ lệ xếp đúng CNQS (%)',
    'Ghi chú',
  ];
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  sheet.getColumn(2).width = 34;
  const cell = (row: TMilitiaRow) =>
    row.isCommune
      ? row.own?.hasMilitaryPartyCell == null
        ? null
        : row.own.hasMilitaryPartyCell
          ? 'Có'
          : 'Chưa có'
      : `${row.totals.communesWithPartyCell}/${row.totals.communes} xã`;
  const line = (row: TMilitiaRow, label: string | number) => [
    label,
    row.unitName,
    ...MILITIA_FORCE_TYPES.map((type) => row.totals.forces[type] ?? null),
    row.totals.totalForce,
    row.totals.partyMembers,
    row.rates.partyMembers,
    row.totals.militiaPartyMembers,
    row.totals.trainingSummoned,
    row.totals.trainingAttended,
    row.rates.trainingAttendance,
    cell(row),
    row.totals.reservesAssigned,
    row.totals.reservesMatchingSpecialty,
    row.rates.matchingSpecialty,
    row.own?.notes ?? null,
  ];
  const rows = board.children.length > 0 ? board.children : [board.unit];
  rows.forEach((row, i) => {
    sheet.getRow(4 + i).values = line(row, i + 1);
  });
  if (board.children.length > 0) {
    const total = sheet.getRow(4 + rows.length);
    total.values = line(
      { ...board.unit, isCommune: false, unitName: `Tổng ${board.unit.unitName}`, own: null },
      '',
    );
    total.font = { bold: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
