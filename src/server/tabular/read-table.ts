import ExcelJS from 'exceljs';
import { readZipDirectory } from '../../ingest/zip-directory.ts';
import { AppError } from '../errors.ts';
import { parseCsv } from './csv.ts';

/** A sheet as rows of trimmed strings, with the 1-based row number a person sees in Excel. */
export interface Table {
  header: string[];
  rows: { rowNumber: number; cells: string[] }[];
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    return '';
  }
  return String(value);
}

/** Largest total an .xlsx may declare once inflated: beyond it the file is refused unread. */
export const MAX_XLSX_INFLATED_BYTES = 100 * 1024 * 1024;

/** Refuses a workbook whose zip directory declares more than the limit, before inflating anything. */
export function assertNotZipBomb(buffer: Buffer): void {
  let declared = 0;
  try {
    for (const entry of readZipDirectory(buffer)) declared += entry.uncompressedSize;
  } catch {
    throw new AppError('bad_request', 'Tệp Excel bị hỏng hoặc không đọc được.');
  }
  if (declared > MAX_XLSX_INFLATED_BYTES) {
    throw new AppError('payload_too_large', 'Tệp Excel khi giải nén vượt quá 100 MB; không đọc tệp này.');
  }
}

/** Reads a .csv (UTF-8) or .xlsx upload into a table; anything else is a 415 with a Vietnamese message. */
export async function readTable(buffer: Buffer, fileName: string): Promise<Table> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(buffer);
    if (text.includes('\uFFFD')) {
      throw new AppError('bad_request', 'Tệp CSV không phải UTF-8. Hãy lưu lại tệp với mã hóa UTF-8.');
    }
    const [header = [], ...rest] = parseCsv(text);
    return {
      header: header.map((h) => h.trim()),
      rows: rest.map((cells, i) => ({ rowNumber: i + 2, cells: cells.map((c) => c.trim()) })),
    };
  }
  if (lower.endsWith('.xlsx')) {
    assertNotZipBomb(buffer);
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    } catch {
      throw new AppError('bad_request', 'Tệp Excel bị hỏng hoặc không đọc được.');
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new AppError('bad_request', 'Tệp Excel không có trang tính nào.');
    const table: Table = { header: [], rows: [] };
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values = (row.values as ExcelJS.CellValue[]).slice(1).map((v) => cellText(v).trim());
      if (table.header.length === 0) table.header = values;
      else if (values.some((v) => v !== '')) table.rows.push({ rowNumber, cells: values });
    });
    return table;
  }
  throw new AppError('unsupported_media_type', 'Chỉ nhận tệp .csv hoặc .xlsx.');
}
