import ExcelJS from 'exceljs';
import { DETERMINED_BY_LABELS, notTypedMessage } from '../../../shared/indicator-catalogue.ts';
import type { TCellError, TEntryGrid } from '../../../shared/schemas/figures.ts';
import { parseVietnameseNumber } from '../../../shared/vietnamese-number.ts';
import { AppError } from '../../errors.ts';
import { assertNotZipBomb } from '../../tabular/read-table.ts';

const META_SHEET = 'qptd';
const DATA_SHEET = 'Số liệu';
const HEADER_ROW = 4;
const FIRST_VALUE_COLUMN = 4;
const GREY = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } } as const;

/** Column layout shared by the template and the upload: every category any row has. */
function categoryColumns(grid: TEntryGrid): { code: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const row of grid.rows)
    for (const c of row.categories) if (!seen.has(c.code)) seen.set(c.code, c.name);
  return [...seen].map(([code, name]) => ({ code, name }));
}

/** An Excel template of a unit's grid, prefilled with its current figures. */
export async function buildEntryTemplate(grid: TEntryGrid): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'QPTD';
  const sheet = workbook.addWorksheet(DATA_SHEET, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 3 }],
  });
  const columns = categoryColumns(grid);
  sheet.getCell('A1').value = `${grid.set.name}`;
  sheet.getCell('A1').font = { bold: true, size: 13 };
  sheet.getCell('A2').value =
    `Đơn vị: ${grid.unit.name} — Kỳ: ${grid.period.code}. Nhập số vào các ô trắng; ô xám không áp dụng ` +
    'hoặc được tính từ sổ đăng ký (khóa, không nhập tay).';
  const computed: Record<string, number | null> = {};
  const header = sheet.getRow(HEADER_ROW);
  header.values = ['Mã', 'Chỉ tiêu', 'Đơn vị tính', ...columns.map((c) => c.name)];
  header.font = { bold: true };
  sheet.getColumn(1).width = 22;
  sheet.getColumn(2).width = 60;
  sheet.getColumn(3).width = 14;
  columns.forEach((_, i) => {
    sheet.getColumn(FIRST_VALUE_COLUMN + i).width = 14;
  });
  grid.rows.forEach((row, r) => {
    const excelRow = sheet.getRow(HEADER_ROW + 1 + r);
    excelRow.getCell(1).value = row.code;
    excelRow.getCell(2).value = row.name;
    excelRow.getCell(3).value = row.unitOfMeasure;
    columns.forEach((column, i) => {
      const cell = excelRow.getCell(FIRST_VALUE_COLUMN + i);
      const gridCell = row.cells.find((c) => c.category === column.code);
      if (!gridCell) {
        cell.fill = GREY;
        return;
      }
      cell.value = gridCell.value;
      cell.numFmt = row.isInteger ? '#,##0' : '#,##0.##';
      if (row.determinedBy) {
        cell.fill = GREY;
        cell.note = `${DETERMINED_BY_LABELS[row.determinedBy]} — không nhập tay.`;
        computed[`${row.indicatorId}|${column.code}`] = gridCell.value;
      } else {
        cell.protection = { locked: false };
      }
    });
  });
  // Only the white cells can be typed in; the sheet has no password, it only prevents slips.
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
  const meta = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  meta.addRow(['unitId', grid.unit.id]);
  meta.addRow(['setId', grid.set.id]);
  meta.addRow(['period', grid.period.code]);
  meta.addRow(['categories', ...columns.map((c) => c.code)]);
  // The computed figures as downloaded, so an untouched locked cell is never read as typed.
  meta.addRow(['computed', JSON.stringify(computed)]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The computed figures a template was downloaded with (empty for a template made before they were kept). */
function readComputed(row: ExcelJS.Row): Record<string, number | null> {
  if (String(row.getCell(1).value ?? '') !== 'computed') return {};
  try {
    const parsed: unknown = JSON.parse(String(row.getCell(2).value ?? '{}'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter(
        (e): e is [string, number | null] => e[1] === null || typeof e[1] === 'number',
      ),
    );
  } catch {
    return {};
  }
}

/** A filled template read back: which grid it is for, the cells, and where each cell sits. */
export interface ParsedEntryUpload {
  unitId: number;
  setId: number;
  period: string;
  cells: { indicatorId: number; category: string; value: number | null }[];
  addressOf: (indicatorId: number, category: string) => string;
}

/**
 * Reads a filled template. Text that is not a number is reported with its cell address; nothing
 * is saved unless every cell reads.
 */
export async function parseEntryUpload(
  buffer: Buffer,
  gridFor: (ids: { unitId: number; setId: number; period: string }) => Promise<TEntryGrid>,
): Promise<ParsedEntryUpload> {
  assertNotZipBomb(buffer);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new AppError('bad_request', 'Tệp Excel bị hỏng hoặc không đọc được.');
  }
  const meta = workbook.getWorksheet(META_SHEET);
  const sheet = workbook.getWorksheet(DATA_SHEET);
  if (!meta || !sheet) {
    throw new AppError(
      'bad_request',
      'Tệp không phải mẫu nhập số liệu của QPTD. Hãy tải mẫu từ trang nhập số liệu.',
    );
  }
  const metaValue = (row: number) => String(meta.getRow(row).getCell(2).value ?? '');
  const ids = { unitId: Number(metaValue(1)), setId: Number(metaValue(2)), period: metaValue(3) };
  if (!Number.isInteger(ids.unitId) || !Number.isInteger(ids.setId) || !ids.period) {
    throw new AppError('bad_request', 'Phần thông tin ẩn của mẫu bị sửa; hãy tải lại mẫu.');
  }
  const grid = await gridFor(ids);
  const downloaded = readComputed(meta.getRow(5));
  const columns = categoryColumns(grid);
  const byCode = new Map(grid.rows.map((r) => [r.code, r]));
  const cells: ParsedEntryUpload['cells'] = [];
  const addresses = new Map<string, string>();
  const errors: (TCellError & { address: string })[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber <= HEADER_ROW) return;
    const code = String(row.getCell(1).value ?? '').trim();
    const gridRow = byCode.get(code);
    if (!gridRow) return;
    columns.forEach((column, i) => {
      if (!gridRow.categories.some((c) => c.code === column.code)) return;
      const cell = row.getCell(FIRST_VALUE_COLUMN + i);
      const raw = cell.value;
      let value: number | null;
      if (raw === null || raw === undefined || raw === '') value = null;
      else if (typeof raw === 'number') value = raw;
      else if (typeof raw === 'object' && raw !== null && 'result' in raw && typeof raw.result === 'number')
        value = raw.result;
      else value = parseVietnameseNumber(String(raw));
      const key = `${gridRow.indicatorId}|${column.code}`;
      addresses.set(key, cell.address);
      if (gridRow.determinedBy) {
        // A computed cell left as the template (or the register) has it was not typed: skip it.
        const current = gridRow.cells.find((c) => c.category === column.code)?.value ?? null;
        const isUntouched =
          value === current || (Object.hasOwn(downloaded, key) && value === downloaded[key]);
        if (isUntouched) return;
        if (value === null && raw !== null && raw !== undefined && raw !== '') {
          errors.push({
            indicatorId: gridRow.indicatorId,
            category: column.code,
            address: cell.address,
            message: `Ô ${cell.address}: ${notTypedMessage(gridRow.name, gridRow.determinedBy)}`,
          });
          return;
        }
      }
      if (value === null && raw !== null && raw !== undefined && raw !== '') {
        errors.push({
          indicatorId: gridRow.indicatorId,
          category: column.code,
          address: cell.address,
          message: `Ô ${cell.address}: "${String(raw)}" không phải là số.`,
        });
        return;
      }
      cells.push({ indicatorId: gridRow.indicatorId, category: column.code, value });
    });
  });
  if (errors.length > 0) {
    throw new AppError('validation_failed', `Có ${errors.length} ô chưa hợp lệ; chưa lưu số liệu nào.`, {
      cells: errors,
    });
  }
  return {
    ...ids,
    cells,
    addressOf: (indicatorId, category) => addresses.get(`${indicatorId}|${category}`) ?? '',
  };
}
