import { UNIT_KINDS, type UnitKind } from '../../../../shared/enums.ts';

/** Columns of a unit list, with the header spellings accepted for each (English or Vietnamese). */
export const UNIT_IMPORT_COLUMNS = {
  code: ['code', 'ma', 'mã', 'ma_don_vi', 'mã đơn vị'],
  name: ['name', 'ten', 'tên', 'ten_don_vi', 'tên đơn vị'],
  kind: ['kind', 'loai', 'loại', 'cap', 'cấp'],
  parentCode: ['parent_code', 'parentcode', 'ma_cap_tren', 'mã cấp trên', 'mã đơn vị cấp trên'],
  validFrom: ['valid_from', 'validfrom', 'hieu_luc_tu', 'hiệu lực từ', 'từ ngày'],
  validTo: ['valid_to', 'validto', 'hieu_luc_den', 'hiệu lực đến', 'đến ngày'],
  successorCode: ['successor_code', 'successorcode', 'ma_ke_thua', 'mã kế thừa', 'mã đơn vị kế thừa'],
} as const;

/** A column of the unit list. */
export type UnitImportColumn = keyof typeof UNIT_IMPORT_COLUMNS;

/** Vietnamese labels used in row error messages. */
export const COLUMN_LABELS: Record<UnitImportColumn, string> = {
  code: 'Mã',
  name: 'Tên',
  kind: 'Loại',
  parentCode: 'Mã cấp trên',
  validFrom: 'Hiệu lực từ',
  validTo: 'Hiệu lực đến',
  successorCode: 'Mã kế thừa',
};

const KIND_WORDS: Record<string, UnitKind> = {
  'quốc gia': 'quoc_gia',
  tỉnh: 'tinh',
  'thành phố trực thuộc trung ương': 'thanh_pho_tw',
  'thành phố trung ương': 'thanh_pho_tw',
  'thành phố trực thuộc tw': 'thanh_pho_tw',
  huyện: 'huyen',
  quận: 'quan',
  'thị xã': 'thi_xa',
  'thành phố thuộc tỉnh': 'thanh_pho_thuoc_tinh',
  'thành phố': 'thanh_pho_thuoc_tinh',
  xã: 'xa',
  phường: 'phuong',
  'thị trấn': 'thi_tran',
  'đặc khu': 'dac_khu',
};

/** Reads a kind written as a code (`xa`) or in Vietnamese (`Xã`, `Thành phố trực thuộc Trung ương`). */
export function parseUnitKind(text: string): UnitKind | null {
  const t = text.normalize('NFC').trim().toLowerCase();
  if ((UNIT_KINDS as readonly string[]).includes(t)) return t as UnitKind;
  return KIND_WORDS[t] ?? null;
}

/** Reads `2025-07-01`, `01/07/2025` or `1-7-2025`; null for anything else (including impossible dates). */
export function parseImportDate(text: string): string | null {
  let y: number;
  let m: number;
  let d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (vn) [d, m, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}
