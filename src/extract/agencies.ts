/**
 * Recognition of administrative bodies from general vocabulary: state bodies
 * (UBND, HĐND, Sở X, Bộ X), Party bodies (Đảng ủy, Huyện ủy, Ban Thường vụ),
 * the Front (MTTQ), military and police (Bộ CHQS, Công an), levels ("Cấp xã")
 * and collective phrases ("các sở, ban, ngành, đoàn thể").
 */
import { isAcronym } from './casing.ts';
import { matchPhrase, type PhraseSet, phraseSet } from './phrases.ts';
import { isCapitalized, type Token } from './text.ts';
import { FIELD_NAMES, LOCALITY_WORDS, NON_TASK_AFTER_AGENCY, TASK_VERBS } from './vocabulary.ts';

/** Named bodies: each starts an assignee of its own in a list. */
const STRONG_HEADS = phraseSet([
  'ủy ban nhân dân',
  'ubnd',
  'hội đồng nhân dân',
  'hđnd',
  'ủy ban mặt trận tổ quốc việt nam',
  'ủy ban mặt trận tổ quốc',
  'ủy ban mặt trận',
  'ủy ban mttq việt nam',
  'ủy ban mttq',
  'ủy ban mttqvn',
  'ubmttq',
  'mặt trận tổ quốc việt nam',
  'mặt trận tổ quốc',
  'mttq',
  'ban thường trực',
  'thường trực',
  'ban thường vụ',
  'ban chấp hành',
  'ban chỉ huy phòng thủ khu vực',
  'ban chpt khu vực',
  'ban chptkv',
  'ban chỉ huy quân sự',
  'bộ chỉ huy quân sự',
  'bộ chỉ huy bộ đội biên phòng',
  'bộ chỉ huy',
  'ban chỉ huy',
  'bộ chqs',
  'ban chqs',
  'bchqs',
  'bộ tư lệnh',
  'bộ đội biên phòng',
  'bđbp',
  'đồn biên phòng',
  'công an',
  'đảng ủy quân sự',
  'đảng ủy',
  'đuqs',
  'đảng đoàn',
  'ban cán sự đảng',
  'đảng bộ',
  'chi bộ',
  'tỉnh ủy',
  'thành ủy',
  'huyện ủy',
  'quận ủy',
  'thị ủy',
  'ban bí thư',
  'bộ chính trị',
  'ban chỉ đạo',
  'ban tổ chức',
  'tổ công tác',
  'đoàn kiểm tra',
  'hội đồng',
  'tổ đại biểu',
  'đoàn đại biểu quốc hội',
  'đại biểu hội đồng nhân dân',
  'đại biểu hđnd',
  'đại biểu quốc hội',
  'chính phủ',
  'thủ tướng chính phủ',
  'thủ tướng',
  'quốc hội',
  'văn phòng',
  'kho bạc nhà nước',
  'kho bạc',
  'ngân hàng',
  'bảo hiểm xã hội',
  'liên đoàn lao động',
  'đoàn thanh niên',
  'đoàn tncs hồ chí minh',
  'tỉnh đoàn',
  'thành đoàn',
  'huyện đoàn',
  'hội liên hiệp phụ nữ',
  'hội phụ nữ',
  'hội nông dân',
  'hội cựu chiến binh',
  'hội chữ thập đỏ',
  'quân khu',
  'quân đoàn',
  'sư đoàn',
  'lữ đoàn',
  'trung đoàn',
  'chủ tịch ủy ban nhân dân',
  'chủ tịch ubnd',
  'chủ tịch',
  'phó chủ tịch',
  'giám đốc',
  'thủ trưởng',
  'chỉ huy trưởng',
  'tổng tham mưu trưởng',
  'chủ nhiệm',
  'tư lệnh',
  'chính ủy',
  'trưởng ban',
  'trưởng phòng',
  'chánh văn phòng',
  'chánh thanh tra',
  'hiệu trưởng',
  'tổng giám đốc',
  'bộ trưởng',
  'cục trưởng',
  'trưởng công an',
  'bí thư',
  'người đứng đầu',
  'cơ quan quân sự',
  'cơ quan công an',
  'lực lượng vũ trang',
]);

/** Heads that only name a body when a capitalised name follows ("Sở Tài chính", "Ban Dân vận"). */
const NAMED_HEADS = phraseSet([
  'sở',
  'bộ',
  'ban',
  'phòng',
  'cục',
  'tổng cục',
  'chi cục',
  'viện',
  'trường',
  'trung tâm',
  'đài',
  'báo',
  'hội',
  'ủy ban',
  'học viện',
  'trạm',
  'bệnh viện',
  'đồn',
  'hạt',
  'chi nhánh',
  'đội',
  'công ty',
  'tổng công ty',
  // a commune official named by post: "Công chức Văn phòng - Thống kê xã"
  'công chức',
]);

/** Councils and boards named by their purpose in lower case ("Hội đồng nghĩa vụ quân sự tỉnh"). */
const PURPOSE_HEADS = phraseSet([
  'hội đồng',
  'ban chỉ đạo',
  'ban chỉ huy',
  'ban tổ chức',
  'tổ công tác',
  'đoàn kiểm tra',
]);

/** Place and level words that close a purpose ("... quốc phòng và an ninh các cấp", "... quân sự tỉnh"). */
const PURPOSE_CLOSERS = phraseSet([
  'tỉnh',
  'huyện',
  'xã',
  'phường',
  'quận',
  'thị xã',
  'thị trấn',
  'thành phố',
  'đặc khu',
  'các cấp',
  'cùng cấp',
  'cấp tỉnh',
  'cấp huyện',
  'cấp xã',
  'trung ương',
]);

const PURPOSE_MAX_TOKENS = 14;

/** Words that end a purpose: a condition or a reflexive verb follows the board ("Ban Chỉ đạo tự giải thể sau khi ..."). */
const PURPOSE_STOPS = phraseSet(['sau khi', 'trước khi', 'khi', 'nếu', 'để', 'tự']);

/**
 * End of the lower-case purpose after a council's head: up to a place or level
 * word ("Hội đồng giáo dục quốc phòng và an ninh các cấp", though "giáo dục" is
 * also a verb), or up to the first verb when the purpose holds none ("Hội đồng
 * nghĩa vụ quân sự chỉ đạo ..."). Without either the head stands alone.
 */
function purposeEnd(tokens: readonly Token[], from: number): number {
  let hasVerb = false;
  for (let k = from; k < tokens.length && k < from + PURPOSE_MAX_TOKENS; k += 1) {
    const t = tokens[k];
    if (!t) break;
    if (k > from && matchPhrase(PURPOSE_CLOSERS, tokens, k) > 0) return k;
    // "... cứu nạn các xã, phường": the places the council serves
    if (k > from && t.lower === 'các' && matchPhrase(LOCALITY_WORDS, tokens, k + 1) > 0) return k;
    // "phòng, chống thiên tai": a comma inside the purpose, never before a capital
    if ((t.text === '-' || t.text === ',') && k > from) {
      const next = tokens[k + 1];
      if (t.text === ',' && (!next?.isWord || isCapitalized(next.text) || next.lower === 'các')) break;
      continue;
    }
    if (!t.isWord || isCapitalized(t.text) || /^\d/u.test(t.text)) break;
    if (t.lower === 'và' && k > from) continue;
    if (matchPhrase(NON_TASK_AFTER_AGENCY, tokens, k) > 0) break;
    if (matchPhrase(PURPOSE_STOPS, tokens, k) > 0 && (k === from || t.lower !== 'tự')) break;
    // "thi đua - khen thưởng": a word after a hyphen is the second half of the purpose
    if (startsTask(tokens, k) > 0 && tokens[k - 1]?.text !== '-') {
      if (k > from && !hasVerb) return k;
      hasVerb = true;
    }
  }
  return from;
}

/** Military formations whose name is a number ("Quân khu 2", "Sư đoàn 316"). */
const NUMBERED_UNITS = phraseSet([
  'quân khu',
  'quân đoàn',
  'sư đoàn',
  'lữ đoàn',
  'trung đoàn',
  'tiểu đoàn',
  'vùng',
  'ban chỉ huy phòng thủ khu vực',
  'ban chpt khu vực',
  'ban chptkv',
]);

/** Words linking a collective to the body it belongs to ("tổ chức đảng trong Đảng bộ Quân sự tỉnh"). */
const BELONGS_TO = phraseSet(['trong', 'thuộc', 'trực thuộc', 'của']);

/** Collective nouns: a body only with "các", a qualifier, or inside a list. */
const WEAK_HEADS = phraseSet([
  'sở',
  'ban',
  'ngành',
  'đoàn thể',
  'cơ quan',
  'đơn vị',
  'địa phương',
  'phòng',
  'cấp ủy đảng',
  'cấp ủy',
  'chính quyền',
  'tổ chức thành viên',
  'tổ chức đảng',
  'tổ chức chính trị - xã hội',
  'đoàn thể chính trị - xã hội',
  'tổ chức',
  'lực lượng',
  'cấp',
  'hội',
  'đoàn',
  'doanh nghiệp',
  'trường',
  'cơ sở',
  'ban ngành',
  'sở ban ngành',
  'ngành chức năng',
  'xã',
  'phường',
  'thị trấn',
  'huyện',
  'quận',
  'thị xã',
  'thành phố',
  'tỉnh',
  // militia posts of a village or commune ("các thôn đội", "Xã đội")
  'thôn đội',
  'xã đội',
  'phường đội',
  'thôn',
  'bản',
  'ấp',
  'buôn',
  'khu phố',
  'tổ dân phố',
]);

/** Levels after "cấp" ("Cấp xã", "cấp tỉnh", "các cấp"). */
const LEVELS = phraseSet(['tỉnh', 'huyện', 'xã', 'cơ sở', 'trên', 'dưới', 'thành phố', 'quận', 'phường']);

/** Lower-case words that may follow a body's head as part of its name. */
const QUALIFIER_WORDS = phraseSet([
  'địa phương',
  'trực thuộc',
  'thuộc quyền',
  'có liên quan',
  'liên quan',
  'chức năng',
  'chuyên môn',
  'quân sự',
  'công an',
  'nhân dân',
  'trung ương',
  'quân đội',
  'vũ trang',
  'thành viên',
  'đoàn thể',
  'cùng cấp',
  'các cấp',
  'từng cấp',
  'cấp trên',
  'cấp dưới',
  'biên phòng',
  'quân khu',
  'quân chủng',
  'binh chủng',
  'việt nam',
  'tự vệ',
  'dân quân',
  // school levels after "trường" ("Hiệu trưởng các trường trung học phổ thông")
  'trung học phổ thông',
  'trung học cơ sở',
  'tiểu học',
  'mầm non',
  'phổ thông dân tộc nội trú',
  'phổ thông',
]);

/** One listed body inside an agency list. */
export interface AgencyItem {
  start: number;
  end: number;
  isStrong: boolean;
  /** A bare collective noun continuing the previous one ("ban", "ngành" in "các sở, ban, ngành"). */
  isContinuation?: boolean;
  /** Opened by "các" / "từng" / "mỗi": a set of bodies of its own ("các Ban của HĐND"). */
  isQuantified?: boolean;
}

/** A body (or a list of bodies) recognised at a token position. */
export interface AgencyMatch {
  /** Token range [startTok, endTok). */
  startTok: number;
  endTok: number;
  /** Groups of token ranges that each name one assignee (split at named bodies). */
  groups: { startTok: number; endTok: number }[];
  /** True when the first body is a named one (UBND, Sở X), not a collective noun. */
  isStrong: boolean;
  /** The listed bodies one by one. */
  items: AgencyItem[];
}

function word(tokens: readonly Token[], i: number): Token | undefined {
  const t = tokens[i];
  return t?.isWord ? t : undefined;
}

/** True when a verb (or a task-opening adverb) starts at `i`. */
export function startsTask(tokens: readonly Token[], i: number): number {
  return matchPhrase(TASK_VERBS, tokens, i);
}

/** Consumes a capitalised name ("Cư Jút", "Kế hoạch và Đầu tư", "Quân sự") from `i`; returns the end. */
function consumeName(tokens: readonly Token[], i: number, allowLowerTail: boolean): number {
  const field = matchPhrase(FIELD_NAMES, tokens, i);
  if (field > 0 && isCapitalized(tokens[i]?.text ?? '')) return i + field;
  let j = i;
  while (j < tokens.length) {
    const t = word(tokens, j);
    if (!t) break;
    if (isAcronym(t.text)) {
      j += 1;
      continue;
    }
    if (!isCapitalized(t.text) || /^\d/u.test(t.text)) break;
    if (j > i && startsTask(tokens, j) > 0 && !isCapitalized(tokens[j + 1]?.text ?? 'x')) break;
    j += 1;
    // a capitalised syllable often carries one lower-case syllable of the same word ("Xây dựng")
    const next = word(tokens, j);
    if (allowLowerTail && next && !isCapitalized(next.text) && !/^\d/u.test(next.text)) {
      if (
        startsTask(tokens, j) === 0 &&
        matchPhrase(NON_TASK_AFTER_AGENCY, tokens, j) === 0 &&
        matchPhrase(LOCALITY_WORDS, tokens, j) === 0
      ) {
        if (!isLevelOrQualifier(tokens, j)) j += 1;
      }
    }
    // "Kế hoạch và Đầu tư": "và" between two capitalised parts of one name
    if (tokens[j]?.lower === 'và' && isCapitalized(tokens[j + 1]?.text ?? '') && !isHeadAt(tokens, j + 1))
      j += 1;
  }
  return j;
}

function isLevelOrQualifier(tokens: readonly Token[], i: number): boolean {
  return (
    matchPhrase(QUALIFIER_WORDS, tokens, i) > 0 ||
    (tokens[i]?.lower === 'cấp' && matchPhrase(LEVELS, tokens, i + 1) > 0)
  );
}

/** After "Trưởng" / "Phó trưởng" followed by "các" or a place word: where the place starts, else -1. */
function officialOfPlaceAt(tokens: readonly Token[], i: number): number {
  const lower = tokens[i]?.lower;
  // "chỉ huy các cơ quan, đơn vị": the commanders of a set of units (never "chỉ huy lực lượng")
  if (lower === 'chỉ' && tokens[i + 1]?.lower === 'huy' && tokens[i + 2]?.lower === 'các') {
    return matchPhrase(WEAK_HEADS, tokens, i + 3) > 0 ? i + 2 : -1;
  }
  const title =
    lower === 'phó' && tokens[i + 1]?.lower === 'trưởng' ? i + 2 : lower === 'trưởng' ? i + 1 : -1;
  if (title < 0 || isCapitalized(tokens[title]?.text ?? 'X')) return -1;
  return tokens[title]?.lower === 'các' || matchPhrase(LOCALITY_WORDS, tokens, title) > 0 ? title : -1;
}

function isHeadAt(tokens: readonly Token[], i: number): boolean {
  return (
    matchPhrase(STRONG_HEADS, tokens, i) > 0 ||
    officialOfPlaceAt(tokens, i) > 0 ||
    (matchPhrase(NAMED_HEADS, tokens, i) > 0 && isCapitalized(tokens[i]?.text ?? ''))
  );
}

/** A locality list after "các": "các huyện, thành phố", "các xã, phường, thị trấn". */
function consumeLocalityList(tokens: readonly Token[], i: number): number {
  let j = i;
  const first = matchPhrase(LOCALITY_WORDS, tokens, j);
  if (first === 0) return i;
  j += first;
  for (;;) {
    const sep = tokens[j]?.lower;
    if (sep !== ',' && sep !== 'và') break;
    const n = matchPhrase(LOCALITY_WORDS, tokens, j + 1);
    if (n === 0) break;
    // "các xã, thị trấn" but not "các xã, thị trấn tổ chức": the list only holds place words
    j += 1 + n;
  }
  return j;
}

/** Qualifiers after a head: places, levels, names, acronyms. Returns the end. */
function consumeQualifiers(
  tokens: readonly Token[],
  i: number,
  afterName = false,
): { end: number; count: number } {
  let j = i;
  let count = 0;
  for (let guard = 0; guard < 12 && j < tokens.length; guard += 1) {
    const t = word(tokens, j);
    if (!t) {
      // "Sở Giáo dục - Đào tạo", "(Bộ CHQS tỉnh)": only a hyphen inside a name continues
      if (
        tokens[j]?.text === '-' &&
        isCapitalized(tokens[j + 1]?.text ?? '') &&
        !isHeadAt(tokens, j + 1) &&
        (count > 0 || afterName)
      ) {
        j = consumeName(tokens, j + 1, true);
        count += 1;
        continue;
      }
      break;
    }
    if (startsTask(tokens, j) > 0 && !isCapitalized(t.text)) break;
    const loc = matchPhrase(LOCALITY_WORDS, tokens, j);
    if (loc > 0 && !isCapitalized(t.text)) {
      j += loc;
      if (isCapitalized(tokens[j]?.text ?? '') && !isHeadAt(tokens, j)) j = consumeName(tokens, j, false);
      // "phường Đình Bảng, Tương Giang": more names of the same level
      while (
        tokens[j]?.text === ',' &&
        isCapitalized(tokens[j + 1]?.text ?? '') &&
        !isHeadAt(tokens, j + 1) &&
        startsTask(tokens, j + 1) === 0
      ) {
        const end = consumeName(tokens, j + 1, false);
        if (end === j + 1) break;
        j = end;
      }
      count += 1;
      continue;
    }
    if (t.lower === 'cấp' && matchPhrase(LEVELS, tokens, j + 1) > 0) {
      j += 1 + matchPhrase(LEVELS, tokens, j + 1);
      count += 1;
      continue;
    }
    if (t.lower === 'các' && matchPhrase(LOCALITY_WORDS, tokens, j + 1) > 0) {
      j = consumeLocalityList(tokens, j + 1);
      count += 1;
      continue;
    }
    // "Giám đốc các Sở", "Thủ trưởng các cơ quan, đơn vị": an official of a set of bodies
    if (
      t.lower === 'các' &&
      count === 0 &&
      (matchPhrase(WEAK_HEADS, tokens, j + 1) > 0 || matchPhrase(NAMED_HEADS, tokens, j + 1) > 0)
    ) {
      const owned = matchAgency(tokens, j);
      if (owned) {
        j = owned.endTok;
        count += 1;
        continue;
      }
    }
    if (
      t.lower === 'của' &&
      matchPhrase(LOCALITY_WORDS, tokens, j + 1) > 0 &&
      !isCapitalized(tokens[j + 1]?.text ?? '')
    ) {
      j += 1 + matchPhrase(LOCALITY_WORDS, tokens, j + 1);
      count += 1;
      continue;
    }
    const link = matchPhrase(BELONGS_TO, tokens, j);
    if (
      link > 0 &&
      isCapitalized(tokens[j + link]?.text ?? '') &&
      matchPhrase(STRONG_HEADS, tokens, j + link) > 0
    ) {
      const owner = matchItem(tokens, j + link, false);
      if (owner?.isStrong) {
        j = owner.end;
        count += 1;
        continue;
      }
    }
    const q = matchPhrase(QUALIFIER_WORDS, tokens, j);
    // "Bộ Tư lệnh quân khu" but "Bộ Tư lệnh Quân khu 2": a capitalised head keeps its number
    if (q > 0 && !(isCapitalized(t.text) && numberedSuffix(tokens, j, q) > 0)) {
      j += q;
      count += 1;
      continue;
    }
    if (isAcronym(t.text)) {
      j += 1;
      count += 1;
      // "Ban Chỉ huy PCTT và TKCN tỉnh": "và" between two abbreviations of one name
      if (tokens[j]?.lower === 'và' && isAcronym(tokens[j + 1]?.text ?? '') && !isHeadAt(tokens, j + 1))
        j += 1;
      continue;
    }
    if (isCapitalized(t.text) && !/^\d/u.test(t.text)) {
      const nested = matchPhrase(STRONG_HEADS, tokens, j);
      if (nested > 0) {
        j += nested + numberedSuffix(tokens, j, nested);
        count += 1;
        continue;
      }
      const end = consumeName(tokens, j, true);
      if (end === j) break;
      j = end;
      count += 1;
      continue;
    }
    break;
  }
  return { end: j, count };
}

/** 1 when a numbered formation ("Quân khu 2") carries its number after the head. */
function numberedSuffix(tokens: readonly Token[], j: number, headLen: number): number {
  const isNumber = (k: number) => /^\d{1,3}$/u.test(tokens[k]?.text ?? '');
  if (matchPhrase(NUMBERED_UNITS, tokens, j) !== headLen || !isNumber(j + headLen)) return 0;
  // "Ban Chỉ huy Phòng thủ khu vực 1, 2, 3": one task for several numbered units
  let k = j + headLen + 1;
  while ((tokens[k]?.text === ',' || tokens[k]?.lower === 'và') && isNumber(k + 1)) k += 2;
  return k - (j + headLen);
}

/** Every word a body's name can start with, to reject most tokens at once. */
const FIRST_WORDS: ReadonlySet<string> = new Set([
  'các',
  'từng',
  'mỗi',
  'tất',
  'cấp',
  ...[STRONG_HEADS, NAMED_HEADS, WEAK_HEADS, LOCALITY_WORDS].flatMap((set) => [...set.byFirst.keys()]),
]);

/** One body at `i` (no list). */
function matchItem(tokens: readonly Token[], i: number, inList: boolean): AgencyItem | null {
  let j = i;
  let hasQuantifier = false;
  const q = word(tokens, j);
  if (q && (q.lower === 'các' || q.lower === 'từng' || q.lower === 'mỗi')) {
    hasQuantifier = true;
    j += 1;
  } else if (q?.lower === 'tất' && tokens[j + 1]?.lower === 'cả' && tokens[j + 2]?.lower === 'các') {
    hasQuantifier = true;
    j += 3;
  }
  const head = word(tokens, j);
  if (!head) return null;

  // "Cấp xã", "cấp tỉnh"
  if (head.lower === 'cấp' && matchPhrase(LEVELS, tokens, j + 1) > 0) {
    const end = j + 1 + matchPhrase(LEVELS, tokens, j + 1);
    const qual = consumeQualifiers(tokens, end);
    return { start: i, end: qual.end, isStrong: true };
  }
  // "huyện Cao Lộc", "Phường Tam Sơn", "phường Đình Bảng, Tương Giang"
  const loc = matchPhrase(LOCALITY_WORDS, tokens, j);
  if (loc > 0 && !hasQuantifier && isCapitalized(tokens[j + loc]?.text ?? '') && !isHeadAt(tokens, j + loc)) {
    const qual = consumeQualifiers(tokens, j);
    if (qual.end > j + loc) return { start: i, end: qual.end, isStrong: true };
  }
  // "Trưởng các thôn, ấp", "Trưởng thôn": the head of a village (or a set of them) is an official
  const title = officialOfPlaceAt(tokens, j);
  if (title > 0) {
    const qual = consumeQualifiers(tokens, title);
    if (qual.count > 0) return { start: i, end: qual.end, isStrong: true };
  }
  const strong = matchPhrase(STRONG_HEADS, tokens, j);
  if (strong > 0) {
    const named =
      matchPhrase(PURPOSE_HEADS, tokens, j) === strong ? purposeEnd(tokens, j + strong) : j + strong;
    const qual = consumeQualifiers(tokens, named + numberedSuffix(tokens, j, strong));
    return { start: i, end: qual.end, isStrong: true };
  }
  const named = matchPhrase(NAMED_HEADS, tokens, j);
  if (named > 0 && isCapitalized(head.text)) {
    const nameEnd = consumeName(tokens, j + named, true);
    if (nameEnd > j + named) {
      // "Phòng Hậu cần - Kỹ thuật": a hyphen joins the two halves of one office's name
      const qual = consumeQualifiers(tokens, nameEnd, true);
      return { start: i, end: qual.end, isStrong: true };
    }
  }
  const weak = matchPhrase(WEAK_HEADS, tokens, j);
  if (weak > 0) {
    const qual = consumeQualifiers(tokens, j + weak);
    if (hasQuantifier || inList || qual.count > 0) {
      return {
        start: i,
        end: qual.end,
        isStrong: false,
        isContinuation: !hasQuantifier && qual.count === 0,
        isQuantified: hasQuantifier,
      };
    }
  }
  return null;
}

function bareListHead(tokens: readonly Token[], i: number): AgencyItem | null {
  const weak = matchPhrase(WEAK_HEADS, tokens, i);
  if (weak === 0) return null;
  const end = i + weak;
  const sep = tokens[end]?.text === ',' || tokens[end]?.lower === 'và';
  if (!sep) return null;
  return matchItem(tokens, end + 1, true) ? { start: i, end, isStrong: false } : null;
}

/**
 * Recognises a body or a list of bodies starting exactly at token `i`
 * ("các sở, ban, ngành và UBND các huyện, thành phố").
 */
export function matchAgency(tokens: readonly Token[], i: number): AgencyMatch | null {
  const lead = tokens[i];
  if (!lead?.isWord || !FIRST_WORDS.has(lead.lower)) return null;
  // a bare collective noun starts a list only when another body follows ("cấp ủy, chính quyền địa phương")
  const first = matchItem(tokens, i, false) ?? bareListHead(tokens, i);
  if (!first) return null;
  const items: AgencyItem[] = [first];
  let j = first.end;
  for (;;) {
    let k = j;
    if (tokens[k]?.text === ',') k += 1;
    if (tokens[k]?.lower === 'và' || tokens[k]?.lower === 'cùng') k += 1;
    if (k === j) break;
    const next = matchItem(tokens, k, true);
    if (!next) break;
    // "của Chính phủ, lực lượng Quân sự phối hợp": a bare collective after a named body starts a new clause
    const prev = items[items.length - 1];
    const hasQuantifier = tokens[k]?.lower === 'các' || tokens[k]?.lower === 'từng';
    if (!next.isStrong && prev?.isStrong && !hasQuantifier) break;
    items.push(next);
    j = next.end;
  }
  const groups: { startTok: number; endTok: number }[] = [];
  items.forEach((item, k) => {
    const last = groups[groups.length - 1];
    // "Thường trực HĐND, các Ban của HĐND": a set after a named body is another assignee,
    // while "các cấp ủy, chính quyền, các ngành" stays one collective
    const startsSet = item.isQuantified === true && items[k - 1]?.isStrong === true;
    if (!last || item.isStrong || startsSet) groups.push({ startTok: item.start, endTok: item.end });
    else last.endTok = item.end;
  });
  return { startTok: i, endTok: j, groups, isStrong: first.isStrong, items };
}

/** The phrase set of words that cannot follow a body in a task clause. */
export const NON_TASK: PhraseSet = NON_TASK_AFTER_AGENCY;
