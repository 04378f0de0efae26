import ExcelJS from 'exceljs';
import { DRILL_STATUS_LABELS } from '../../../shared/drill-kinds.ts';
import { vnDate } from '../../../shared/iso-dates.ts';
import type { TTrainingPopulation } from '../../../shared/schemas/training.ts';
import { TRAINING_AUDIENCE_LABELS } from '../../../shared/training-audiences.ts';
import type { TrainingClassRow } from './class-rows.ts';

/**
 * The class register as shown, as an Excel workbook: one row per class, and (for a year) a second
 * sheet with the share trained per group.
 */
export async function buildTrainingWorkbook(
  title: string,
  rows: TrainingClassRow[],
  population: TTrainingPopulation | null,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Lớp bồi dưỡng QP-AN');
  sheet.addRow([title]).font = { bold: true, size: 13 };
  sheet.addRow([
    'STT',
    'Đơn vị',
    'Tên lớp',
    'Đối tượng',
    'Cơ quan tổ chức',
    'Khai giảng',
    'Kết thúc',
    'Số người dự kiến',
    'Số người tham gia',
    'Trạng thái',
    'Ghi chú',
  ]).font = { bold: true };
  for (const [i, c] of rows.entries()) {
    sheet.addRow([
      i + 1,
      c.unitName,
      c.title,
      c.audience === 'khac'
        ? `${TRAINING_AUDIENCE_LABELS.khac}: ${c.audienceNote ?? ''}`
        : TRAINING_AUDIENCE_LABELS[c.audience],
      c.organiserAgencyName ?? c.organiserText ?? '',
      vnDate(c.startsOn),
      vnDate(c.endsOn),
      c.plannedParticipants,
      c.actualParticipants ?? '',
      DRILL_STATUS_LABELS[c.status],
      c.notes ?? '',
    ]);
  }
  for (const [col, width] of [
    [2, 26],
    [3, 50],
    [4, 22],
    [5, 28],
    [11, 40],
  ] as const)
    sheet.getColumn(col).width = width;
  if (population) {
    const share = workbook.addWorksheet('Tỷ lệ bồi dưỡng');
    share.addRow([
      `Tỷ lệ cán bộ, đảng viên được bồi dưỡng kiến thức QP-AN — ${population.unit.name} — năm ${population.year}`,
    ]).font = { bold: true };
    share.addRow(['Đối tượng', 'Thuộc diện bồi dưỡng', 'Đã bồi dưỡng', 'Tỷ lệ (%)']).font = { bold: true };
    for (const g of population.groups)
      share.addRow([
        TRAINING_AUDIENCE_LABELS[g.audience],
        g.population ?? '',
        g.trained ?? '',
        g.share === null ? '' : Math.round(g.share * 1000) / 10,
      ]);
    share.getColumn(1).width = 20;
    share.getColumn(2).width = 22;
    share.getColumn(3).width = 16;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
