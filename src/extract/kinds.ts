/**
 * Document kinds: the 29 administrative kinds of Nghị định 30/2020/NĐ-CP,
 * the Party kinds (Quy định 66-QĐ/TW, 399-QĐ/TW) and the legal normative
 * kinds (Luật, Nghị định, Thông tư ...), with their codes.
 */

/** One document kind: its code and the names a text uses for it (lower case). */
export interface DocumentKind {
  code: string;
  /** Canonical name, first letter capital ("Kế hoạch"). */
  name: string;
  /** Lower-case names as they appear in text, longest first is not required. */
  names: readonly string[];
  /** True for names too generic to give a kind ("văn bản"): take the code from the number. */
  isGeneric?: boolean;
}

/** Every kind the extractor knows. Codes follow NĐ 30 Phụ lục III where one exists. */
export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  { code: 'NQLT', name: 'Nghị quyết liên tịch', names: ['nghị quyết liên tịch'] },
  { code: 'NQ', name: 'Nghị quyết', names: ['nghị quyết'] },
  { code: 'QĐ', name: 'Quyết định', names: ['quyết định'] },
  { code: 'CT', name: 'Chỉ thị', names: ['chỉ thị'] },
  { code: 'QC', name: 'Quy chế', names: ['quy chế', 'qui chế'] },
  { code: 'QyĐ', name: 'Quy định', names: ['quy định', 'qui định'] },
  { code: 'TC', name: 'Thông cáo', names: ['thông cáo'] },
  { code: 'TB', name: 'Thông báo', names: ['thông báo'] },
  { code: 'HD', name: 'Hướng dẫn', names: ['hướng dẫn'] },
  { code: 'CTr', name: 'Chương trình', names: ['chương trình hành động', 'chương trình'] },
  { code: 'KH', name: 'Kế hoạch', names: ['kế hoạch'] },
  { code: 'PA', name: 'Phương án', names: ['phương án'] },
  { code: 'ĐA', name: 'Đề án', names: ['đề án'] },
  { code: 'DA', name: 'Dự án', names: ['dự án'] },
  { code: 'BC', name: 'Báo cáo', names: ['báo cáo thẩm tra', 'báo cáo'] },
  { code: 'BB', name: 'Biên bản', names: ['biên bản'] },
  { code: 'TTr', name: 'Tờ trình', names: ['tờ trình'] },
  { code: 'HĐ', name: 'Hợp đồng', names: ['hợp đồng'] },
  { code: 'CĐ', name: 'Công điện', names: ['công điện'] },
  { code: 'BGN', name: 'Bản ghi nhớ', names: ['bản ghi nhớ'] },
  { code: 'BTT', name: 'Bản thỏa thuận', names: ['bản thỏa thuận'] },
  { code: 'GUQ', name: 'Giấy ủy quyền', names: ['giấy ủy quyền'] },
  { code: 'GM', name: 'Giấy mời', names: ['giấy mời'] },
  { code: 'GGT', name: 'Giấy giới thiệu', names: ['giấy giới thiệu'] },
  { code: 'GNP', name: 'Giấy nghỉ phép', names: ['giấy nghỉ phép'] },
  { code: 'PG', name: 'Phiếu gửi', names: ['phiếu gửi'] },
  { code: 'PC', name: 'Phiếu chuyển', names: ['phiếu chuyển'] },
  { code: 'PB', name: 'Phiếu báo', names: ['phiếu báo'] },
  { code: 'CV', name: 'Công văn', names: ['công văn'] },
  { code: 'TCg', name: 'Thư công', names: ['thư công'] },
  // Party kinds absent from NĐ 30
  { code: 'KL', name: 'Kết luận', names: ['kết luận'] },
  { code: 'TT', name: 'Thông tri', names: ['thông tri'] },
  { code: 'CL', name: 'Cương lĩnh', names: ['cương lĩnh'] },
  { code: 'ĐL', name: 'Điều lệ', names: ['điều lệ'] },
  { code: 'TBo', name: 'Tuyên bố', names: ['tuyên bố'] },
  { code: 'LKG', name: 'Lời kêu gọi', names: ['lời kêu gọi'] },
  // legal normative documents
  { code: 'HP', name: 'Hiến pháp', names: ['hiến pháp'] },
  { code: 'BLu', name: 'Bộ luật', names: ['bộ luật'] },
  { code: 'L', name: 'Luật', names: ['luật'] },
  { code: 'PL', name: 'Pháp lệnh', names: ['pháp lệnh'] },
  { code: 'LCT', name: 'Lệnh', names: ['lệnh'] },
  { code: 'NĐ', name: 'Nghị định', names: ['nghị định'] },
  { code: 'TTLT', name: 'Thông tư liên tịch', names: ['thông tư liên tịch'] },
  { code: 'TT', name: 'Thông tư', names: ['thông tư'] },
  { code: 'VBHN', name: 'Văn bản hợp nhất', names: ['văn bản hợp nhất'] },
  // generic: the kind comes from the code inside the number
  { code: '', name: 'Văn bản', names: ['văn bản'], isGeneric: true },
];

/** Codes printed inside document numbers, upper-cased, mapped to the kind code. */
const NUMBER_CODES: ReadonlyMap<string, string> = new Map([
  ...[
    'NQ',
    'QĐ',
    'CT',
    'QC',
    'QyĐ',
    'TC',
    'TB',
    'HD',
    'CTr',
    'KH',
    'PA',
    'ĐA',
    'DA',
    'BC',
    'BB',
    'TTr',
    'HĐ',
    'CĐ',
    'BGN',
    'BTT',
    'GUQ',
    'GM',
    'GGT',
    'GNP',
    'PG',
    'PC',
    'PB',
    'CV',
    'KL',
    'NĐ',
    'TT',
    'TTLT',
    'NQLT',
    'PL',
    'VBHN',
  ].map((code) => [code.toUpperCase(), code] as const),
  ['QD', 'QĐ'],
  ['ND', 'NĐ'],
]);

/** Every kind by its code. */
const KIND_BY_CODE: ReadonlyMap<string, DocumentKind> = new Map(DOCUMENT_KINDS.map((k) => [k.code, k]));

/** Looks up a kind by its code (exact, as in SCHEMA: "QyĐ", "CTr"). */
export function kindByCode(code: string): DocumentKind | undefined {
  return KIND_BY_CODE.get(code);
}

/** Maps a code printed in a number ("KH", "QYĐ", "CTR") to the kind code, or undefined. */
function kindCodeFromNumberCode(code: string): string | undefined {
  return NUMBER_CODES.get(code.toUpperCase());
}

/** Lower-case kind names sorted longest first, for prefix matching on token sequences. */
export const KIND_NAMES_LONGEST_FIRST: readonly { words: readonly string[]; kind: DocumentKind }[] =
  DOCUMENT_KINDS.flatMap((kind) => kind.names.map((name) => ({ words: name.split(' '), kind }))).sort(
    (a, b) => b.words.length - a.words.length,
  );

/**
 * The kind code a document number carries, for each number layout:
 * "100/KH-UBND" (KH), "03-CT/TU" (CT), "21/2019/NĐ-CP" (NĐ), "28/2013/TTLT-BLĐTBXH-BQP"
 * (TTLT). A công văn number ("454/UBND-NCTH") carries none and yields undefined.
 */
export function kindCodeOfNumber(num: string): string | undefined {
  const parts = num.split(/[/-]/).filter((p) => p !== '');
  // skip the serial number and a 4-digit year, then the first part that is a kind code
  for (let i = 1; i < parts.length; i += 1) {
    const part = parts[i] ?? '';
    if (/^\d+$/.test(part)) continue;
    const code = kindCodeFromNumberCode(part);
    if (code) return code;
    // a Party number names the kind right after the serial ("03-CT/TU"); an
    // administrative one right after the slash ("100/KH-UBND"): only the first
    // non-numeric part can be the kind, except QH law numbers which carry none.
    return undefined;
  }
  return undefined;
}
