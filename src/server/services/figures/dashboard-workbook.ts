import ExcelJS from 'exceljs';
import type { TDashboard } from '../../../shared/schemas/figures.ts';

/** The dashboard as a spreadsheet: one row per indicator, the unit and each sub-unit as columns. */
export async function buildDashboardWorkbook(board: TDashboard): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'QPTD';
  const sheet = workbook.addWorksheet('Tổng hợp');
  const children = board.indicators[0]?.children ?? [];
  sheet.getCell('A1').value = `Tổng hợp chỉ tiêu — ${board.unit.name} — kỳ ${board.period.code}`;
  sheet.getCell('A1').font = { bold: true, size: 13 };
  const header = sheet.getRow(3);
  header.values = [
    'Mã',
    'Chỉ tiêu',
    'Đơn vị tính',
    'Mục tiêu',
    board.unit.name,
    ...children.map((c) => c.unitName),
  ];
  header.font = { bold: true };
  sheet.getColumn(2).width = 60;
  board.indicators.forEach((indicator, i) => {
    const target = indicator.target
      ? [
          indicator.target.min !== null ? `≥ ${indicator.target.min}` : '',
          indicator.target.max !== null ? `≤ ${indicator.target.max}` : '',
        ]
          .filter(Boolean)
          .join(', ')
      : '';
    const row = sheet.getRow(4 + i);
    row.values = [
      indicator.code,
      indicator.name,
      indicator.unitOfMeasure,
      target,
      indicator.value,
      ...indicator.children.map((c) => c.value),
    ];
    indicator.children.forEach((c, j) => {
      if (c.belowTarget)
        row.getCell(6 + j).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF8CBAD' } };
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
