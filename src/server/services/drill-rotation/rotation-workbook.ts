import ExcelJS from 'exceljs';
import type { TRotation } from '../../../shared/schemas/drills.ts';

const pct = (share: number) => Math.round(share * 1000) / 10;

/**
 * The rotation as the coverage grid shows it: one row per commune, one column per year, "KH" in
 * the planned year and "Đã DT" where it drilled, then the totals and shares of each year.
 */
export async function buildRotationWorkbook(rotation: TRotation): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Luân phiên diễn tập');
  const years = rotation.years.map((y) => y.year);
  sheet.addRow([
    `Kế hoạch luân phiên diễn tập chiến đấu xã, phường — ${rotation.unit.name} — giai đoạn ${rotation.termFrom}–${rotation.termTo}`,
  ]).font = { bold: true, size: 13 };
  sheet.addRow([
    `Mỗi năm từ ${rotation.bounds.min} đến ${rotation.bounds.max} trong ${rotation.communes.length} xã, phường (${pct(rotation.minShare)}–${pct(rotation.maxShare)}%).`,
  ]);
  sheet.addRow(['STT', 'Xã, phường', ...years.map(String), 'Lần diễn tập trước giai đoạn']).font = {
    bold: true,
  };
  for (const [i, c] of rotation.communes.entries()) {
    sheet.addRow([
      i + 1,
      c.name,
      ...years.map((y) =>
        c.doneYears.includes(y)
          ? 'Đã DT'
          : c.plannedYear === y
            ? c.scheduledYears.includes(y)
              ? 'KH (đã giao)'
              : 'KH'
            : '',
      ),
      c.lastDrillYear ?? '',
    ]);
  }
  sheet.addRow(['', 'Số xã theo kế hoạch', ...rotation.years.map((y) => y.planned)]).font = { bold: true };
  sheet.addRow(['', 'Tỷ lệ theo kế hoạch (%)', ...rotation.years.map((y) => pct(y.plannedShare))]);
  sheet.addRow(['', 'Số xã đã diễn tập', ...rotation.years.map((y) => y.done)]).font = { bold: true };
  sheet.addRow(['', 'Tỷ lệ đã diễn tập (%)', ...rotation.years.map((y) => pct(y.doneShare))]);
  sheet.getColumn(2).width = 32;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
