/**
 * Quantities: a number (or range) with a unit. A quantity the document sets to
 * be reached is a target ("phấn đấu có từ 95 - 100% ..."), one already reached
 * is a result ("đã tổ chức 528 lớp ..."). Identifiers, dates, years, ages,
 * durations, anniversaries, per-unit rates and caps are neither.
 */
import { splitClauses, splitSentences, trimSpan } from '../clauses.ts';
import type { ExtractContext, NSpan } from '../context.ts';
import { MONEY_SCALES, parseVietnameseNumber } from '../numbers.ts';
import { matchPhrase, phraseSet } from '../phrases.ts';
import { TASK_VERBS } from '../vocabulary.ts';

/** A quantity read from the text before it is classified. */
export interface QuantityCandidate {
  type: 'target' | 'result';
  min: number | null;
  max: number | null;
  value: number;
  unit: string;
  measure: string | null;
  period: string | null;
  /** The clause stating it (the item's `text`). */
  clause: NSpan;
  /** The number and unit themselves. */
  span: NSpan;
}

/** Whether the section an item sits in reports results or sets plans ("goal": a "Chỉ tiêu" / "Mục tiêu" section). */
type Mood = 'past' | 'future' | 'goal' | 'none';

/** What the document is, for deciding whether a bare quantity is a goal or an outcome. */
export type Genre = 'directive' | 'report' | 'article';

const NUMBER_SRC = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
/** A number not glued to letters, slashes or a preceding "word-" ("Covid-19"). */
const QUANTITY = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.,½]|[\p{L}\p{N}]-)(${NUMBER_SRC})(\s?%)?(?:\s?(?:-|–|đến|tới)\s?(${NUMBER_SRC})(\s?%)?)?(?![\p{N}]|[/.,]\d|\p{L})`,
  'gu',
);

/** Units that measure time or age: quantities in them are durations, not goals. */
const TIME_UNITS = phraseSet([
  'năm',
  'tháng',
  'ngày',
  'tuần',
  'giờ',
  'phút',
  'giây',
  'quý',
  'thế kỷ',
  'buổi',
  'đêm',
  'kỳ',
  'nhiệm kỳ',
  'khóa',
  'tuổi',
  'lần thứ',
  'độ',
  'thập kỷ',
]);

/** Words that cannot be a counted noun after a number. */
const NOT_A_UNIT = phraseSet([
  'do',
  'của',
  'và',
  'với',
  'cho',
  'trong',
  'để',
  'là',
  'có',
  'được',
  'đã',
  'theo',
  'tại',
  'ở',
  'từ',
  'đến',
  'về',
  'thì',
  'mà',
  'này',
  'đó',
  'các',
  'những',
  'trên',
  'dưới',
  'hoặc',
  'hay',
  'như',
  'khi',
  'nếu',
  'sau',
  'trước',
  'đạt',
  'người dân',
]);

/** Two-syllable counted nouns and classifier + noun pairs printed as one unit. */
const COMPOUND_UNITS = phraseSet([
  'lượt người',
  'sai sót',
  'lượt cán bộ',
  'lượt học viên',
  'lượt đại biểu',
  'căn nhà',
  'ngôi nhà',
  'đồng chí',
  'học sinh',
  'sinh viên',
  'học viên',
  'cán bộ',
  'đảng viên',
  'công dân',
  'thanh niên',
  'chiến sĩ',
  'dân quân',
  'tự vệ',
  'quân nhân',
  'hộ gia đình',
  'hộ nghèo',
  'gia đình',
  'đơn vị',
  'cơ quan',
  'cơ sở',
  'doanh nghiệp',
  'trường học',
  'bài học',
  'bài học kinh nghiệm',
  'công trình',
  'dự án',
  'đề án',
  'văn bản',
  'tài liệu',
  'phương tiện',
  'hội nghị',
  'hội thi',
  'hội thao',
  'cuộc diễn tập',
  'lớp học',
  'đối tượng',
  'tổ chức',
  'tập thể',
  'cá nhân',
  'xã, phường',
  'đại biểu',
]);

const MEASURE_UNITS = new Set([
  'km',
  'm',
  'm2',
  'm²',
  'm3',
  'ha',
  'tấn',
  'kg',
  'lít',
  'mw',
  'kw',
  'kwh',
  'km2',
  'cm',
  'mm',
]);

/** Words before a number that make it an identifier ("Quân khu 2", "đối tượng 01", "số 12"). */
const IDENTIFIER_BEFORE =
  /(?<![\p{L}])(?<!tổng )(?<!với )(số|năm|khóa|lần|lần thứ|thứ|điều|khoản|điểm|mục|phần|chương|giai đoạn|nhiệm kỳ|đối tượng|quân khu|trung ương|hạng|loại|cấp độ|kỳ|đợt|tập|trang|phụ lục|biểu|mẫu|tuổi|lớp|lúc|khoảng thời gian|top|quyết định|nghị quyết|chỉ thị|kế hoạch|thông tư|nghị định|đoàn|trung đoàn|sư đoàn|lữ đoàn|tiểu đoàn|đại đội|trung đội|tổ|bảng|hình|vùng|khu vực|tuyến|quốc lộ|tỉnh lộ|đường|phường|quận|xã|thôn|bản|tổ dân phố|mức)\s*$/iu;

const TARGET_MARKERS =
  /(phấn đấu|số lượng|chỉ tiêu|mục tiêu|trở lên|ít nhất|tối thiểu|đạt|bảo đảm|đảm bảo|hoàn thành|đến năm|giao|đủ|nâng tỷ lệ|tăng|giảm|duy trì|kế hoạch|dự kiến|bố trí|phân bổ|kinh phí|dự toán|sẵn sàng)/iu;
const RESULT_MARKERS =
  /(?<![\p{L}])(?:đã|đạt được|kết quả|(?<!hoàn )thành công(?! tác)|trong \d+ năm|qua \d+ năm|từ năm \d{4}.{0,20}(?:đến nay|đến năm)|đến nay|vừa qua|năm qua|qua kiểm tra|qua rà soát|qua thanh tra)(?![\p{L}])/iu;
// "không thấp hơn 1,5%" is a floor, not a cap
const CAP_BEFORE = /(tối đa|không quá|không vượt quá|(?<!không )(?:dưới|nhỏ hơn|thấp hơn)|trần)\s*$/iu;
const MIN_BEFORE =
  /(trên|hơn|ít nhất|tối thiểu|từ|không dưới|không ít hơn|không thấp hơn|không nhỏ hơn)\s*$/iu;
const APPROX_BEFORE = /(gần|khoảng|trên dưới|xấp xỉ|hàng)\s*$/iu;
const ATTENDANCE = /(tham dự|dự hội nghị|có mặt|tham gia hội nghị|dự lễ|dự buổi|đại biểu tham dự)/iu;
const ANNIVERSARY = /(kỷ niệm|tròn)\s*$/iu;
/** "chưa đạt 100%": a figure named as missed is neither reached nor set. */
const NOT_REACHED = /(?<![\p{L}])(?:chưa|không)\s+(?:đạt|hoàn thành|bảo đảm|đảm bảo|đủ)\s*$/iu;
const ACTION_BEFORE =
  /(tổ chức|mở|xây dựng|xây mới|xây dựng mới|làm mới|nâng cấp|cải tạo|sửa chữa|huấn luyện|bồi dưỡng|đào tạo|tuyển|tuyển chọn|giao|cấp|hỗ trợ|trao|tặng|khám|phát|bố trí|phân bổ|đầu tư|trồng|làm|di dời|cử|tiếp nhận|kết nạp|đăng ký|vận động|quyên góp|hoàn thành|đạt|với số tiền|số tiền|kinh phí|tổng kinh phí|dự toán|thu hút|giúp|thăm|tặng quà|giải quyết|kết nạp)\s*$/iu;

interface UnitMatch {
  unit: string;
  scale: number;
  end: number;
}

function readUnit(ctx: ExtractContext, pos: number, limit: number): UnitMatch | null {
  const { text } = ctx;
  const slice = text.slice(pos, Math.min(limit, pos + 60));
  const money = /^\s?(nghìn|ngàn|triệu|tỷ|tỉ)\s+(đồng|vnđ|vnd|đ)(?![\p{L}\p{N}])/iu.exec(slice);
  if (money)
    return {
      unit: 'đồng',
      scale: MONEY_SCALES[(money[1] ?? '').toLowerCase()] ?? 1,
      end: pos + money[0].length,
    };
  const dong = /^\s?(đồng|vnđ|vnd|đ)(?![\p{L}\p{N}])/iu.exec(slice);
  if (dong && !/^\s?đồng\s+(chí|bào|đội|hồ|thời|loạt|ý|minh|nghiệp|phục)/iu.test(slice))
    return { unit: 'đồng', scale: 1, end: pos + dong[0].length };
  const pct = /^\s?(%|phần trăm)/iu.exec(slice);
  if (pct) return { unit: '%', scale: 1, end: pos + pct[0].length };
  const tokens = ctx.tokens.range(pos, Math.min(limit, pos + 60));
  const first = tokens[0];
  if (!first?.isWord || first.start > pos + 1) return null;
  if (MEASURE_UNITS.has(first.lower)) return { unit: first.lower, scale: 1, end: first.end };
  if (!/^\p{Ll}+$/u.test(first.text)) return null;
  if (matchPhrase(TIME_UNITS, tokens, 0) > 0 || matchPhrase(NOT_A_UNIT, tokens, 0) > 0) return null;
  const compound = matchPhrase(COMPOUND_UNITS, tokens, 0);
  if (compound > 0) {
    const last = tokens[compound - 1];
    return { unit: text.slice(first.start, last?.end ?? first.end), scale: 1, end: last?.end ?? first.end };
  }
  if (matchPhrase(TASK_VERBS, tokens, 0) > 0) return null;
  // a classifier carries its noun ("lượt người" above); other nouns are one syllable here
  return { unit: first.text, scale: 1, end: first.end };
}

/** Years and year ranges around a sentence, for `period` ("2009-2019", "2020", "2009-"). */
function periodOf(sentence: string): string | null {
  const range = /(?<!\d)((?:19|20)\d{2})\s?(?:-|–|đến)\s?(?:năm\s*)?((?:19|20)\d{2})(?!\d)/u.exec(sentence);
  if (range) return `${range[1]}-${range[2]}`;
  const sinceNow = /từ năm\s*((?:19|20)\d{2})\s*(?:đến nay|tới nay)/iu.exec(sentence);
  if (sinceNow) return `${sinceNow[1]}-`;
  const year = /năm\s*((?:19|20)\d{2})(?!\d)/iu.exec(sentence);
  return year?.[1] ?? null;
}

function measureAfter(text: string, end: number, limit: number): string | null {
  const rest = text.slice(end, Math.min(limit, end + 120));
  const m = /^[^,;.:()]{1,100}/u.exec(rest);
  const value = m ? m[0].trim() : '';
  return value === '' ? null : value;
}

/** What a whole sentence says about its quantities (computed once, shared by its clauses). */
interface SentenceFacts {
  span: NSpan;
  isAttendance: boolean;
  /** "phấn đấu", "mục tiêu" ...: the sentence sets goals even in a report or an article. */
  setsGoals: boolean;
  period: string | null;
  mood: Mood;
}

function sentenceFacts(
  ctx: ExtractContext,
  span: NSpan,
  carriedPeriod: string | null,
  mood: Mood,
): SentenceFacts {
  // bounded: the facts sit near the start of a sentence, and a huge one must stay linear
  const head = ctx.text.slice(span.start, Math.min(span.end, span.start + 2000));
  return {
    span,
    isAttendance: ATTENDANCE.test(head),
    setsGoals:
      mood === 'future' ||
      mood === 'goal' ||
      /phấn đấu|mục tiêu|chỉ tiêu (?:năm|đến)|đến năm (?:19|20)\d{2}|phương hướng|kế hoạch năm/iu.test(head),
    period: periodOf(head) ?? carriedPeriod,
    mood,
  };
}

/** A size the sentence announces ("Số lượng: 2 lớp ...; tổng cộng 120 học viên") is what a plan sets. */
const PLANNED_COUNT = /(?<![\p{L}])(?:số lượng|tổng cộng|tổng số)(?![\p{L}])/iu;
function isPlannedCount(text: string, sentence: NSpan, start: number): boolean {
  return PLANNED_COUNT.test(text.slice(Math.max(sentence.start, start - 200), start));
}

/** Quantities of one clause. */
function quantitiesInClause(
  ctx: ExtractContext,
  genre: Genre,
  clause: NSpan,
  facts: SentenceFacts,
  markersFrom = clause.start,
  column: TableColumn | null = null,
): QuantityCandidate[] {
  const { text } = ctx;
  const slice = text.slice(clause.start, clause.end);
  if (!/\d/u.test(slice)) return [];
  // a clause inside a parenthesis opened by an earlier clause shares that clause's goal words
  const markerText = markersFrom < clause.start ? text.slice(markersFrom, clause.end) : slice;
  const out: QuantityCandidate[] = [];
  const sentence = facts.span;
  const { isAttendance, period, mood } = facts;
  const hasTarget = TARGET_MARKERS.test(markerText);
  const hasGoalWord = /phấn đấu|chỉ tiêu năm|mục tiêu/iu.test(markerText);
  const articleTarget = facts.setsGoals;
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(slice); m !== null; m = QUANTITY.exec(slice)) {
    const start = clause.start + m.index;
    const end = start + m[0].length;
    const n1 = parseVietnameseNumber(m[1] ?? '');
    const n2 = m[3] ? parseVietnameseNumber(m[3]) : null;
    if (n1 === null) continue;
    const isPercent = Boolean(m[2] || m[4]);
    const before = text.slice(Math.max(sentence.start, start - 40), start);
    // years and year ranges ("2009 - 2019", "nhiệm kỳ 2020-2025")
    const looksLikeYear = (v: number | null) => v !== null && Number.isInteger(v) && v >= 1900 && v <= 2100;
    if (!isPercent && looksLikeYear(n1) && (n2 === null || looksLikeYear(n2))) continue;
    if (IDENTIFIER_BEFORE.test(before) || ANNIVERSARY.test(before)) continue;
    const prevWord = /([\p{L}\p{N}]+)\s*$/u.exec(before)?.[1] ?? '';
    const prevPrev = /([\p{L}\p{N}]+)\s+[\p{L}\p{N}]+\s*$/u.exec(before)?.[1] ?? '';
    const atClauseStart =
      start - clause.start < 30 && text.slice(clause.start, start).trim().split(/\s+/u).length <= 2;
    if (/^\p{Lu}/u.test(prevWord) && /^\p{Lu}/u.test(prevWord.slice(1, 2) || 'a') && !atClauseStart) continue; // "QK 2"
    if (/^\p{Lu}/u.test(prevWord) && !atClauseStart) continue; // "Quân khu 2", "Bệnh viện 109"
    if (
      /^\p{Lu}/u.test(prevPrev) &&
      !/^\p{Lu}/u.test(prevWord) &&
      !atClauseStart &&
      !/[,;:]\s*\S+\s*$/u.test(before)
    ) {
      // "Bệnh viện Quân y 109": a number right after a capitalised name
      if (!ACTION_BEFORE.test(before)) continue;
    }
    const unit = isPercent ? { unit: '%', scale: 1, end } : readUnit(ctx, end, clause.end);
    if (!unit) continue;
    // a report's "Kế hoạch" column repeats what was planned: neither a goal set now nor a result
    if (column === 'plan' && genre === 'report') continue;
    const after = text.slice(unit.end, Math.min(clause.end, unit.end + 20));
    if (/^\s?\/\s?\p{L}/u.test(after) || /^\s(mỗi|một|\/)\s/u.test(after)) continue; // per-unit rates: "đồng/người"
    if (/(mỗi|từng)\s[^,;]*$/iu.test(before.slice(-30))) continue; // "mỗi suất quà trị giá 1.000.000 đồng"
    if (/^(đại biểu|khách mời|khách)$/iu.test(unit.unit)) continue; // attendance
    if (isAttendance && unit.unit !== '%') continue;
    if (CAP_BEFORE.test(before)) continue;
    if (NOT_REACHED.test(before)) continue;
    if (/(mức|định mức|đơn giá)\s*[\p{L}\s]{0,20}$/iu.test(before) && unit.unit === 'đồng') continue;

    const isRange = n2 !== null;
    const openMin =
      MIN_BEFORE.test(before) && !isRange
        ? true
        : // "85% khá, giỏi trở lên": a short grade may stand between the figure and "trở lên"
          /^\s*(?:[\p{L}]+[\s,]*){0,3}?trở lên/iu.test(
            text.slice(unit.end, Math.min(clause.end, unit.end + 30)),
          );
    const hasResult = RESULT_MARKERS.test(text.slice(Math.max(sentence.start, start - 200), start));
    let type: 'target' | 'result' | null;
    if (column === 'plan') type = 'target';
    else if (column === 'done') type = 'result';
    else if (genre === 'directive') {
      // a range ("từ 3-4 bài học") is always something to reach, never a count of what was done
      if ((hasResult || mood === 'past') && !hasGoalWord && !isRange) type = 'result';
      else if (unit.unit === '%' || isRange || openMin) type = 'target';
      else if (
        hasTarget ||
        mood === 'goal' ||
        ACTION_BEFORE.test(before) ||
        unit.unit === 'đồng' ||
        isPlannedCount(text, sentence, start)
      )
        type = 'target';
      else type = null;
    } else {
      type = articleTarget ? 'target' : 'result';
      // "tại 5 tỉnh", "gồm 3 nội dung": where or what, not something done
      if (
        type === 'result' &&
        unit.unit !== '%' &&
        /(?<![\p{L}])(tại|ở|thuộc|của|gồm|trong số)\s*$/iu.test(before)
      )
        type = null;
      if (
        type === 'result' &&
        (isRange || APPROX_BEFORE.test(before)) &&
        unit.unit !== '%' &&
        !hasResult &&
        !ACTION_BEFORE.test(before)
      ) {
        type = isRange ? null : type;
      }
    }
    if (type === null) continue;
    const v1 = n1 * unit.scale;
    const v2 = n2 === null ? null : n2 * unit.scale;
    const min = v1;
    const max = v2 ?? (openMin ? null : v1);
    out.push({
      type,
      min,
      max,
      value: v1,
      unit: unit.unit,
      measure: measureAfter(text, unit.end, clause.end),
      period,
      clause: trimSpan(text, clause),
      span: { start, end: unit.end },
    });
  }
  return out;
}

const PAST_SECTION = /(kết quả|tình hình|đánh giá|thực trạng|đã đạt|năm qua|những năm qua|ưu điểm|hạn chế)/iu;
const GOAL_SECTION = /(?<![\p{L}])(?:chỉ tiêu|mục tiêu)(?![\p{L}])/iu;
const FUTURE_SECTION =
  /(phương hướng|nhiệm vụ|mục tiêu|chỉ tiêu|kế hoạch|giải pháp|tổ chức thực hiện|nội dung)/iu;

/** Whether an item sits under a section about results ("I. KẾT QUẢ ...") or plans ("II. PHƯƠNG HƯỚNG ..."). */
function sectionMood(ctx: ExtractContext, index: number): Mood {
  const items = ctx.layout.items;
  let p = items[index]?.parent ?? -1;
  for (let guard = 0; p >= 0 && guard < 8; guard += 1) {
    const heading = items[p];
    if (!heading) break;
    const title = ctx.text.slice(
      heading.contentStart,
      Math.min(heading.line.end, heading.contentStart + 120),
    );
    // a duty or a sentence ending in "." or ";" is an item of the list, not the title of a section
    if (heading.line.text.length <= 160 && !/[.;]\s*$/u.test(heading.line.text)) {
      if (PAST_SECTION.test(title)) return 'past';
      if (GOAL_SECTION.test(title)) return 'goal';
      if (FUTURE_SECTION.test(title)) return 'future';
    }
    p = heading.parent;
  }
  return 'none';
}

/** Opened minus closed parentheses in a clause. */
function parenthesisDepth(text: string, span: NSpan): number {
  let depth = 0;
  for (let i = span.start; i < span.end; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x28) depth += 1;
    else if (c === 0x29) depth -= 1;
  }
  return depth;
}

/** What a table column holds, from its header: planned figures or figures reached. */
type TableColumn = 'plan' | 'done';

const PLAN_COLUMN = /^(?:kế hoạch|kh|chỉ tiêu|được giao|giao|dự kiến|mục tiêu)(?![\p{L}])/iu;
const DONE_COLUMN = /^(?:thực hiện|đã thực hiện|kết quả|thực tế|đạt được)(?![\p{L}])/iu;
const CELL_SEPARATOR = /^:?-{3,}:?$/u;

/**
 * The kind of column of every table cell whose header says it (by line index).
 * A table taken out of "| a | b |" rows holds one cell per line and one row per
 * block of lines; the block above the "---" lines names the columns. Rows that
 * lost an empty cell cannot be aligned and are left out. One pass over the lines.
 */
function tableColumns(ctx: ExtractContext): Map<number, TableColumn> {
  const out = new Map<number, TableColumn>();
  if (!ctx.text.includes('---')) return out;
  const lines = ctx.layout.lines;
  const isSeparator = (i: number) => CELL_SEPARATOR.test(lines[i]?.text.trim() ?? '');
  const isBlank = (i: number) => (lines[i]?.text.trim() ?? '') === '';
  for (let i = 0; i < lines.length; i += 1) {
    if (!isSeparator(i)) continue;
    let j = i;
    while (j < lines.length && isSeparator(j)) j += 1;
    const width = j - i;
    let h = i - 1;
    while (h >= 0 && isBlank(h)) h -= 1;
    const header: string[] = [];
    while (h >= 0 && !isBlank(h) && header.length < width) {
      header.unshift(lines[h]?.text.trim() ?? '');
      h -= 1;
    }
    const kinds = header.map((name): TableColumn | null =>
      PLAN_COLUMN.test(name) ? 'plan' : DONE_COLUMN.test(name) ? 'done' : null,
    );
    i = j - 1;
    if (header.length !== width || kinds.every((k) => k === null)) continue;
    let r = j;
    for (;;) {
      while (r < lines.length && isBlank(r)) r += 1;
      let e = r;
      while (e < lines.length && !isBlank(e) && !isSeparator(e)) e += 1;
      if (e === r || e - r > width) break;
      if (e - r === width) {
        kinds.forEach((kind, c) => {
          const line = lines[r + c];
          if (kind && line) out.set(line.index, kind);
        });
      }
      r = e;
    }
    i = Math.max(i, r - 1);
  }
  return out;
}

/** Finds targets and results in the body. */
export function findQuantities(ctx: ExtractContext, genre: Genre): QuantityCandidate[] {
  const out: QuantityCandidate[] = [];
  let carried: string | null = null;
  const columns = tableColumns(ctx);
  for (const [index, item] of ctx.layout.items.entries()) {
    if (item.isOpening) continue;
    const { line } = item;
    if (!/\d/u.test(line.text)) {
      carried = item.marker ? null : carried;
      continue;
    }
    const mood = sectionMood(ctx, index);
    const column = columns.get(line.index) ?? null;
    for (const sentence of splitSentences(ctx.text, item.contentStart, line.end)) {
      const facts = sentenceFacts(ctx, sentence, carried, mood);
      if (facts.period) carried = facts.period;
      // "(nghĩa vụ quân sự 1.150 công dân; nghĩa vụ ... 110 công dân)": a ";" inside a
      // parenthesis splits its items, not the sentence's clause
      let openedIn = -1;
      for (const clause of splitClauses(ctx.text, sentence.start, sentence.end)) {
        out.push(
          ...quantitiesInClause(ctx, genre, clause, facts, openedIn >= 0 ? openedIn : clause.start, column),
        );
        const depth = parenthesisDepth(ctx.text, clause);
        if (openedIn < 0 && depth > 0) openedIn = clause.start;
        else if (openedIn >= 0 && depth < 0) openedIn = -1;
      }
    }
  }
  return out;
}
