/**
 * Segmentation of a normalised document into its NĐ 30 parts: header
 * (issuer, number, place and date, kind and summary), body items
 * (I. / 1. / a) / - / +), signature block and "Nơi nhận" list, plus the
 * web-page chrome around it.
 */
import { isChromeLine, isTailHeading } from './chrome.ts';
import { type DocumentKind, KIND_NAMES_LONGEST_FIRST } from './kinds.ts';
import { isUpperLine, type Line, splitLines } from './text.ts';

/** What a line is part of. */
export type LineRole = 'blank' | 'chrome' | 'header' | 'body' | 'signature' | 'recipients';

/** Marker ranks, outermost first: Phần/Chương, I., A., Điều, 1., 1.1., a), -, +. */
export type MarkerKind =
  | 'part'
  | 'roman'
  | 'upper-letter'
  | 'article'
  | 'arabic'
  | 'arabic-nested'
  | 'label'
  | 'letter'
  | 'dash'
  | 'plus';

const MARKER_RANK: Readonly<Record<MarkerKind, number>> = {
  part: 0,
  roman: 1,
  'upper-letter': 2,
  article: 3,
  arabic: 4,
  'arabic-nested': 5,
  label: 6.5,
  letter: 6,
  dash: 7,
  plus: 8,
};

/** One paragraph of the body, with its list marker if it has one. */
export interface BodyItem {
  line: Line;
  marker: MarkerKind | null;
  rank: number;
  /** Offset in the normalised text where the content starts (after the marker). */
  contentStart: number;
  /** Index in `items` of the enclosing marked item, or -1. */
  parent: number;
  /** True for the "Căn cứ / Thực hiện ..." paragraphs that open the body. */
  isOpening: boolean;
}

/** The document header as found; absent parts are null. */
export interface HeaderLayout {
  issuerLines: Line[];
  numberLine: Line | null;
  dateLine: Line | null;
  kindLine: Line | null;
  kind: DocumentKind | null;
  /** Length (in the kind line) of the kind name itself. */
  kindNameEnd: number;
  subjectLines: Line[];
  /** True when the subject came from a "V/v" line (a công văn). */
  isVv: boolean;
}

/** The signature block: authority/position lines and the signer's name line. */
export interface SignatureLayout {
  authorityLines: Line[];
  positionLine: Line | null;
  nameLine: Line | null;
}

/** The "Nơi nhận" block. */
export interface RecipientsLayout {
  headLine: Line;
  itemLines: Line[];
}

/** The whole segmentation. */
export interface Layout {
  text: string;
  lines: Line[];
  roles: LineRole[];
  header: HeaderLayout | null;
  signature: SignatureLayout | null;
  recipients: RecipientsLayout | null;
  items: BodyItem[];
}

// ---------------------------------------------------------------- line classifiers

const QUOC_HIEU = /^cộng hòa xã hội chủ nghĩa việt nam(?![\p{L}\p{N}])/iu;
const TIEU_NGU = /^độc lập\s*-\s*tự do\s*-\s*hạnh phúc(?![\p{L}\p{N}])/iu;
const PARTY_NAME = /^đảng cộng sản việt nam$/iu;
const NUMBER_LINE = /^số\s*:?\s*/iu;
/** "Bắc Kạn, ngày 27 tháng 5 năm 2019" (day may be blank in templates). */
export const DATE_LINE =
  /^([^\d,;:]{2,60}?)\s*,\s*ngày\s*(\d{1,2}|[.…\s]*)\s*(?:tháng\s*|[/.-]\s*)(\d{1,2}|[.…\s]*)\s*(?:năm\s*|[/.-]\s*)(\d{4})/iu;
const DECORATION = /^[-_=~.*o0•·\s]+$/u;
const URGENCY = /^\(?(khẩn|hỏa tốc|thượng khẩn|mật|tối mật|tuyệt mật|dự thảo|lưu hành nội bộ)\)?$/iu;
const VV_LINE = /^(v\/v|về việc)(?![\p{L}\p{N}])/iu;
const BODY_OPENING =
  /^(căn cứ|thực hiện|xét đề nghị|xét tờ trình|theo đề nghị|kính gửi|thi hành|để|nhằm|trên cơ sở)(?![\p{L}\p{N}])/iu;
const AUTHORITY_LINE =
  /^(?:(?:TM|KT|TL|TUQ|Q)\.\s*|(?:T\/M|K\/T|T\/L|T\/UQ)\.?\s*|(?:TM|KT|TL|TUQ)\s+|(?:THAY MẶT|KÝ THAY|THỪA LỆNH|THỪA ỦY QUYỀN|QUYỀN)\s+)\p{Lu}/u;
const POSITION_WORDS =
  /^(phó\s+)?(chủ tịch|bí thư|giám đốc|tổng giám đốc|chánh văn phòng|phó chánh văn phòng|trưởng ban|trưởng phòng|trưởng|chỉ huy trưởng|chỉ huy phó|chính ủy|chính trị viên|tư lệnh|bộ trưởng|thứ trưởng|thủ tướng|cục trưởng|tổng cục trưởng|viện trưởng|hiệu trưởng|chánh án|chánh thanh tra|thủ trưởng|chủ nhiệm|ủy viên|người ký|đại diện)(?![\p{L}\p{N}])/iu;

function kindHeading(line: string): { kind: DocumentKind; nameEnd: number } | null {
  if (!isUpperLine(line) || line.length > 200) return null;
  const lower = line.toLowerCase();
  for (const { words, kind } of KIND_NAMES_LONGEST_FIRST) {
    if (kind.isGeneric) continue;
    const name = words.join(' ');
    if (!lower.startsWith(name)) continue;
    const rest = lower.slice(name.length);
    if (rest === '' || /^[\s:.]*$/u.test(rest)) return { kind, nameEnd: name.length };
    // "BÁO CÁO SƠ KẾT ..." (kind and summary on one line), never "QUYẾT ĐỊNH SỐ ..."-like issuer text
    if (/^\s+\p{L}/u.test(rest) && !/^\s+(số|của)(?![\p{L}\p{N}])/u.test(rest))
      return { kind, nameEnd: name.length };
  }
  return null;
}

function isDateLine(line: string): boolean {
  return DATE_LINE.test(line);
}

function isNumberLine(line: string): boolean {
  const m = NUMBER_LINE.exec(line);
  if (!m || !/^số/iu.test(line)) return false;
  const rest = line.slice(m[0].length);
  return /^\d/u.test(rest) || /^[./…]*\s*\/?\s*\p{Lu}/u.test(rest);
}

/**
 * A Party author line that names what the document records before its author
 * ("KẾT LUẬN CỦA THƯỜNG VỤ ĐẢNG ỦY QUÂN SỰ TỈNH"): not part of the trích yếu.
 */
const AUTHOR_AFTER_KIND =
  /^(?!về\s)\p{L}+(?:\s\p{L}+)?\s+của\s+(?:ban|thường|đảng|tỉnh|thành|huyện|quận|thị|bộ|hội đồng|ủy ban|quân ủy|chi bộ)(?![\p{L}\p{N}])/iu;

/** True for lines of the signature block's authority part ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"). */
function isAuthorityLine(line: string): boolean {
  return line.length <= 120 && AUTHORITY_LINE.test(line) && isUpperLine(line);
}

/** True for a signer's position printed alone in capitals ("CHỦ TỊCH", "PHÓ BÍ THƯ"). */
function isPositionLine(line: string): boolean {
  return line.length <= 80 && isUpperLine(line) && POSITION_WORDS.test(line) && line.split(' ').length <= 8;
}

const NAME_WORD = /^\p{Lu}[\p{Ll}']*$/u;

/** Military ranks and forms of address printed before a signer's name. */
export const NAME_PREFIX =
  /^(?:(?:đại|thượng|trung|thiếu) (?:tướng|tá|úy)|chuẩn úy|ông|bà|đồng chí|đ\/c|(?:pgs|gs)\.?\s?ts\.?|ts\.|ths\.|bs\.|ks\.)\s+/iu;

/** True for a person's name line: 2-6 capitalised words ("Lý Thái Hải"), after a rank if any. */
function isPersonName(text: string): boolean {
  const line = text.replace(NAME_PREFIX, '');
  const words = line.split(' ');
  if (words.length < 2 || words.length > 6 || line.length > 50) return false;
  if (!words.every((w) => NAME_WORD.test(w) || /^\p{Lu}+$/u.test(w))) return false;
  if (words.every((w) => /^\p{Lu}+$/u.test(w)) && words.length < 2) return false;
  return !/^(nơi nhận|độc lập|kính gửi|tự do|hạnh phúc|ghi chú|phụ lục)/iu.test(line);
}

function isSignatureNoise(line: string): boolean {
  return /^[([].*[)\]]$/u.test(line) || /^(đã ký|đã kí|ký tên|ký, ghi rõ họ tên|\(ký)/iu.test(line);
}

// ---------------------------------------------------------------- header

const MAX_HEADER_SEARCH_LINES = 80;

function isHeaderAnchor(line: string): boolean {
  if (QUOC_HIEU.test(line) || TIEU_NGU.test(line) || PARTY_NAME.test(line)) return true;
  if (isNumberLine(line) || isDateLine(line)) return true;
  const k = kindHeading(line);
  return k !== null && k.nameEnd >= line.trim().length - 1;
}

/**
 * Header parts printed on one line when a two-column header was flattened
 * ("ỦY BAN NHÂN DÂN TỈNH X CỘNG HÒA XÃ HỘI ...", "Số: 12/KH-UBND Hà Nội, ngày ..."):
 * the line is cut where a quốc hiệu, tiêu ngữ, number, "V/v" or date line starts.
 */
const HEADER_PART_START =
  /(?<=\S\s)(?:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*-\s*Tự do|ĐẢNG CỘNG SẢN VIỆT NAM)|(?<=[\p{Lu}\d]\s)(?:Số\s*:?\s*\d|V\/v\s|\p{Lu}[\p{L}.']*(?:\s\p{Lu}[\p{L}.']*){0,4}\s*,\s*ngày\s*(?:\d{1,2}|[.…\s]+)\s*tháng)/gu;

function headerParts(line: Line): Line[] {
  if (line.text.length > 300) return [line];
  const cuts: number[] = [];
  HEADER_PART_START.lastIndex = 0;
  for (let m = HEADER_PART_START.exec(line.text); m !== null; m = HEADER_PART_START.exec(line.text))
    cuts.push(m.index);
  if (cuts.length === 0) return [line];
  const bounds = [0, ...cuts, line.text.length];
  const parts: Line[] = [];
  for (let k = 0; k + 1 < bounds.length; k += 1) {
    const from = bounds[k] ?? 0;
    const raw = line.text.slice(from, bounds[k + 1]);
    const text = raw.trimEnd();
    if (text === '') continue;
    parts.push({ index: line.index, start: line.start + from, end: line.start + from + text.length, text });
  }
  return parts;
}

function findHeader(lines: Line[], roles: LineRole[]): { header: HeaderLayout; end: number } | null {
  const limit = Math.min(lines.length, MAX_HEADER_SEARCH_LINES * 3);
  const parts: Line[] = [];
  for (let i = 0; i < limit; i += 1) {
    const line = lines[i] as Line;
    if (roles[i] === 'body') parts.push(...headerParts(line));
    else parts.push(line);
  }
  const roleOf = (p: Line) => roles[p.index];

  let anchor = -1;
  let seen = 0;
  for (let i = 0; i < parts.length && seen < MAX_HEADER_SEARCH_LINES; i += 1) {
    const part = parts[i] as Line;
    if (roleOf(part) !== 'body') continue;
    seen += 1;
    if (isHeaderAnchor(part.text)) {
      anchor = i;
      break;
    }
  }
  if (anchor < 0) return null;

  // issuer lines sit just above the first anchor
  let start = anchor;
  for (let i = anchor - 1, taken = 0; i >= 0 && taken < 8; i -= 1) {
    const part = parts[i] as Line;
    const role = roleOf(part);
    const text = part.text;
    if (role === 'blank' || role === 'chrome' || DECORATION.test(text)) continue;
    if (!isUpperLine(text) || text.length > 120) break;
    start = i;
    taken += 1;
  }

  const header: HeaderLayout = {
    issuerLines: [],
    numberLine: null,
    dateLine: null,
    kindLine: null,
    kind: null,
    kindNameEnd: 0,
    subjectLines: [],
    isVv: false,
  };
  let i = start;
  let inSubject = false;
  let subjectClosed = false;
  for (; i < parts.length; i += 1) {
    const line = parts[i];
    if (!line) break;
    const role = roleOf(line);
    const text = line.text;
    if (role === 'chrome') continue;
    if (role === 'blank') {
      if (inSubject && header.subjectLines.length > 0) {
        inSubject = false;
        subjectClosed = true;
      }
      continue;
    }
    if (
      QUOC_HIEU.test(text) ||
      TIEU_NGU.test(text) ||
      PARTY_NAME.test(text) ||
      DECORATION.test(text) ||
      URGENCY.test(text)
    ) {
      continue;
    }
    if (!header.numberLine && isNumberLine(text)) {
      header.numberLine = line;
      continue;
    }
    if (!header.dateLine && isDateLine(text)) {
      header.dateLine = line;
      continue;
    }
    if (!header.kindLine) {
      // "KHẨN" printed over the kind name is glued to it when its line is joined ("KHẨN CÔNG ĐIỆN")
      const urgent = /^(?:thượng khẩn|hỏa tốc|khẩn|tối mật|tuyệt mật|mật)\s+/iu.exec(text);
      const named: Line = urgent
        ? { ...line, start: line.start + urgent[0].length, text: text.slice(urgent[0].length) }
        : line;
      const k = kindHeading(named.text);
      if (k) {
        header.kindLine = named;
        header.kind = k.kind;
        header.kindNameEnd = k.nameEnd;
        inSubject = true;
        continue;
      }
    }
    if (VV_LINE.test(text) && !subjectClosed && header.subjectLines.length === 0 && /^v\/v/iu.test(text)) {
      header.subjectLines.push(line);
      header.isVv = true;
      inSubject = true;
      continue;
    }
    const subjectMayOpen =
      inSubject && header.subjectLines.length === 0 && !/^(căn cứ|kính gửi|xét)(?![\p{L}\p{N}])/iu.test(text);
    if ((BODY_OPENING.test(text) && !subjectMayOpen) || text.length > 400) break;
    if (inSubject) {
      const upper = isUpperLine(text);
      if (
        header.subjectLines.length === 0 &&
        upper &&
        (/^(của|ban chấp hành|ban thường vụ)(?![\p{L}\p{N}])/iu.test(text) || AUTHOR_AFTER_KIND.test(text))
      )
        continue;
      if (upper && header.subjectLines.length > 0 && !header.isVv) {
        // authority line under a decision's summary ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH")
        inSubject = false;
        subjectClosed = true;
        continue;
      }
      if (upper && header.subjectLines.length === 0 && isAuthorityOfDecision(text)) {
        subjectClosed = true;
        inSubject = false;
        continue;
      }
      // with no blank line after the summary (PDF text), the first sentence-like paragraph is body
      if (header.subjectLines.length > 0 && !upper && (/[.;:]$/u.test(text) || text.length > 250)) break;
      header.subjectLines.push(line);
      continue;
    }
    if (isUpperLine(text) && text.length <= 120) {
      if (!header.kindLine && !header.dateLine) header.issuerLines.push(line);
      continue;
    }
    if (header.isVv && !subjectClosed && header.subjectLines.length > 0 && /^\p{Ll}/u.test(text)) {
      header.subjectLines.push(line);
      continue;
    }
    break;
  }
  if (!header.numberLine && !header.dateLine && !header.kindLine) return null;
  // the body starts on the line where scanning stopped (a line cut in parts stays with the header)
  const stop = parts[i];
  const end = stop ? (parts[i - 1]?.index === stop.index ? stop.index + 1 : stop.index) : lines.length;
  return { header, end };
}

function isAuthorityOfDecision(line: string): boolean {
  return /^(chủ tịch|bộ trưởng|thủ tướng|giám đốc|ủy ban|hội đồng|ban chấp hành|ban thường vụ|chỉ huy trưởng|trưởng ban|tổng cục trưởng|cục trưởng)(?![\p{L}\p{N}])/iu.test(
    line,
  );
}

// ---------------------------------------------------------------- signature and recipients

function findSignature(lines: Line[], roles: LineRole[], from: number): SignatureLayout | null {
  for (let i = from; i < lines.length; i += 1) {
    if (roles[i] !== 'body') continue;
    const text = lines[i]?.text ?? '';
    const isAuthority = isAuthorityLine(text);
    if (!isAuthority && !isPositionLine(text)) continue;
    const sig: SignatureLayout = { authorityLines: [], positionLine: null, nameLine: null };
    let j = i;
    for (; j < lines.length && j < i + 6; j += 1) {
      const t = lines[j]?.text ?? '';
      const role = roles[j];
      if (role === 'blank' || role === 'chrome') continue;
      if (isAuthorityLine(t)) {
        sig.authorityLines.push(lines[j] as Line);
        roles[j] = 'signature';
        continue;
      }
      if (
        isPositionLine(t) ||
        (sig.authorityLines.length > 0 && !sig.positionLine && isUpperLine(t) && t.length <= 60)
      ) {
        sig.positionLine = lines[j] as Line;
        roles[j] = 'signature';
        continue;
      }
      break;
    }
    if (!sig.positionLine && sig.authorityLines.length === 0) continue;
    for (let k = j, looked = 0; k < lines.length && looked < 8; k += 1) {
      const t = lines[k]?.text ?? '';
      const role = roles[k];
      if (role === 'blank' || role === 'chrome') continue;
      looked += 1;
      if (isSignatureNoise(t)) {
        roles[k] = 'signature';
        continue;
      }
      if (isPersonName(t)) {
        sig.nameLine = lines[k] as Line;
        roles[k] = 'signature';
      }
      break;
    }
    return sig;
  }
  return null;
}

const RECIPIENTS_HEAD = /^nơi nhận\s*:?\s*(?:[-+•].*)?$/iu;
const LIST_BULLET = /^[-+•]\s*/u;

function findRecipients(lines: Line[], roles: LineRole[], from: number): RecipientsLayout | null {
  for (let i = from; i < lines.length; i += 1) {
    if (roles[i] !== 'body') continue;
    const head = lines[i];
    if (!head || !RECIPIENTS_HEAD.test(head.text)) continue;
    roles[i] = 'recipients';
    const block: RecipientsLayout = { headLine: head, itemLines: [] };
    for (let j = i + 1; j < lines.length; j += 1) {
      const t = lines[j]?.text ?? '';
      const role = roles[j];
      if (role === 'blank' || role === 'chrome') continue;
      if (role !== 'body') {
        if (role === 'signature') continue;
        break;
      }
      if (LIST_BULLET.test(t)) {
        block.itemLines.push(lines[j] as Line);
        roles[j] = 'recipients';
        continue;
      }
      if (block.itemLines.length > 0 && /^\p{Ll}/u.test(t) && t.length < 120) {
        block.itemLines.push(lines[j] as Line);
        roles[j] = 'recipients';
        continue;
      }
      // lists typed without bullets: short lines ending like list items ("Như trên;", "Lưu VT.")
      if (t.length <= 100 && !isUpperLine(t) && (/[;,]$/u.test(t) || /^lưu(?![\p{L}])/iu.test(t))) {
        block.itemLines.push(lines[j] as Line);
        roles[j] = 'recipients';
        continue;
      }
      break;
    }
    return block;
  }
  return null;
}

// ---------------------------------------------------------------- body items

const ROMAN_MARKER = /^(?:phần|chương|mục)\s+[IVXLC\d]+(?![\p{L}\p{N}])|^[IVX]{1,5}\s*[.)/]\s*/u;
const UPPER_LETTER_MARKER = /^[A-ZĐ]\s*[.)]\s+/u;
const ARTICLE_MARKER = /^điều\s+\d+\s*[.:]/iu;
const ARABIC_NESTED_MARKER = /^\d{1,2}(?:\.\d{1,2})+\.?\s+/u;
const ARABIC_MARKER = /^\d{1,2}\s*[.)/]\s*(?!\d)/u;
const LETTER_MARKER = /^[a-zđ]\s*\)\s*|^[a-zđ]\.\s+/u;
const DASH_MARKER = /^[-–•]\s*/u;
const PLUS_MARKER = /^\+\s*/u;

function detectMarker(text: string): { kind: MarkerKind; length: number } | null {
  let m = /^(?:phần|chương|mục)\s+[IVXLC\d]+(?![\p{L}\p{N}])/iu.exec(text);
  if (m) return { kind: 'part', length: m[0].length };
  m = /^[IVX]{1,5}\s*[.)/]\s*/u.exec(text);
  if (m && ROMAN_MARKER.test(text)) return { kind: 'roman', length: m[0].length };
  m = ARTICLE_MARKER.exec(text);
  if (m) return { kind: 'article', length: m[0].length };
  m = UPPER_LETTER_MARKER.exec(text);
  if (m) return { kind: 'upper-letter', length: m[0].length };
  m = ARABIC_NESTED_MARKER.exec(text);
  if (m) return { kind: 'arabic-nested', length: m[0].length };
  m = ARABIC_MARKER.exec(text);
  if (m) return { kind: 'arabic', length: m[0].length };
  m = LETTER_MARKER.exec(text);
  if (m) return { kind: 'letter', length: m[0].length };
  m = DASH_MARKER.exec(text);
  if (m) return { kind: 'dash', length: m[0].length };
  m = PLUS_MARKER.exec(text);
  if (m) return { kind: 'plus', length: m[0].length };
  return null;
}

/** The authority enacting the document itself, right after its căn cứ. */
const ENACTING =
  /(?:^|\s)ban hành\s+(?:thông tư liên tịch|thông tư|quyết định|nghị quyết|chỉ thị|quy chế|quy định|kế hoạch|hướng dẫn|chương trình)(?![\p{L}\p{N}])|như sau\s*:?\s*$/iu;

function buildItems(lines: Line[], roles: LineRole[], bodyStart: number): BodyItem[] {
  const items: BodyItem[] = [];
  // stack of indices of open marked items, outermost first
  const stack: number[] = [];
  let openingOpen = true;
  for (let i = bodyStart; i < lines.length; i += 1) {
    if (roles[i] !== 'body') continue;
    const line = lines[i] as Line;
    // an unnumbered line ending with ":" ("Bộ Chỉ huy Quân sự tỉnh có trách nhiệm:") heads the list below it
    const isEnacting =
      openingOpen &&
      items[items.length - 1]?.isOpening === true &&
      line.text.length <= 400 &&
      ENACTING.test(line.text);
    const isLabel =
      /:$/u.test(line.text) && line.text.length <= 200 && !BODY_OPENING.test(line.text) && !isEnacting;
    const marker = detectMarker(line.text) ?? (isLabel ? { kind: 'label' as const, length: 0 } : null);
    if (marker) {
      const rank = MARKER_RANK[marker.kind];
      while (stack.length > 0 && (items[stack[stack.length - 1] ?? 0]?.rank ?? 0) >= rank) stack.pop();
      const parent = stack.length > 0 ? (stack[stack.length - 1] ?? -1) : -1;
      items.push({
        line,
        marker: marker.kind,
        rank,
        contentStart: line.start + marker.length,
        parent,
        isOpening: false,
      });
      stack.push(items.length - 1);
      openingOpen = false;
    } else {
      const parent = stack.length > 0 ? (stack[stack.length - 1] ?? -1) : -1;
      const isOpening =
        openingOpen &&
        ((BODY_OPENING.test(line.text) && !/^(để|nhằm|trên cơ sở)(?![\p{L}\p{N}])/iu.test(line.text)) ||
          // "Bộ trưởng Bộ Quốc phòng ban hành Thông tư ...": the enacting words close the căn cứ
          isEnacting);
      if (!isOpening && items.length > 0) openingOpen = false;
      items.push({ line, marker: null, rank: 99, contentStart: line.start, parent, isOpening });
    }
  }
  return items;
}

// ---------------------------------------------------------------- layout

/** Segments normalised text into header, body items, signature and recipients. */
export function segmentDocument(text: string): Layout {
  const lines = splitLines(text);
  const roles: LineRole[] = lines.map((l) =>
    l.text === '' ? 'blank' : isChromeLine(l.text) ? 'chrome' : 'body',
  );

  // cut the page's trailing sections ("Ý kiến bạn đọc", "Tin liên quan")
  let contentLines = 0;
  for (let i = 0; i < lines.length; i += 1) {
    if (roles[i] !== 'body') continue;
    if (contentLines >= 3 && isTailHeading(lines[i]?.text ?? '')) {
      for (let j = i; j < lines.length; j += 1) roles[j] = roles[j] === 'blank' ? 'blank' : 'chrome';
      break;
    }
    contentLines += 1;
  }

  const found = findHeader(lines, roles);
  let bodyStart = 0;
  if (found) {
    const { header, end } = found;
    for (const l of [...header.issuerLines, ...header.subjectLines]) roles[l.index] = 'header';
    for (const l of [header.numberLine, header.dateLine, header.kindLine]) if (l) roles[l.index] = 'header';
    // quốc hiệu, tiêu ngữ and decorations between the header's parts are header too
    const first = Math.min(
      ...[...header.issuerLines, header.numberLine, header.dateLine, header.kindLine]
        .filter((l): l is Line => l !== null)
        .map((l) => l.index),
    );
    for (let i = first; i < end; i += 1) if (roles[i] === 'body') roles[i] = 'header';
    bodyStart = end;
  }

  markAddressees(lines, roles, bodyStart);
  const recipients = findRecipients(lines, roles, bodyStart);
  const signature = findSignature(lines, roles, bodyStart + 1);
  markAnnexHeaders(lines, roles, bodyStart);
  const items = buildItems(lines, roles, bodyStart);
  return { text, lines, roles, header: found?.header ?? null, signature, recipients, items };
}

/** "Kính gửi:" and its addressee lines belong to the header: they are not recipients, nor tasks. */
function markAddressees(lines: Line[], roles: LineRole[], bodyStart: number): void {
  let i = bodyStart;
  while (i < lines.length && roles[i] !== 'body') i += 1;
  if (i >= lines.length || !/^kính gửi/iu.test(lines[i]?.text ?? '')) return;
  roles[i] = 'header';
  for (let j = i + 1; j < lines.length; j += 1) {
    const t = lines[j]?.text ?? '';
    if (roles[j] === 'blank' || roles[j] === 'chrome') continue;
    if (roles[j] !== 'body' || BODY_OPENING.test(t) || t.length > 160 || !/^[-+•]|[;.,]$/u.test(t)) break;
    roles[j] = 'header';
  }
}

/** Header lines of annexes and report templates after the main text are not body. */
function markAnnexHeaders(lines: Line[], roles: LineRole[], bodyStart: number): void {
  for (let i = bodyStart; i < lines.length; i += 1) {
    if (roles[i] !== 'body') continue;
    const t = lines[i]?.text ?? '';
    if (
      QUOC_HIEU.test(t) ||
      TIEU_NGU.test(t) ||
      PARTY_NAME.test(t) ||
      isNumberLine(t) ||
      isDateLine(t) ||
      /^địa danh\s*,/iu.test(t)
    ) {
      roles[i] = 'header';
    }
  }
}
