/** Turning header capitals ("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN") into normal case. */

const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?';
const CODA = '(?:ch|ng|nh|[cmnpt])?';
const SYLLABLE = new RegExp(`^${ONSET}[aăâeêioôơuưy]{1,3}${CODA}$`, 'u');

const SYLLABLE_CACHE = new Map<string, boolean>();
const CACHE_LIMIT = 50_000;

/** True when a lower-case word is a possible Vietnamese syllable (so not an acronym). */
export function isVietnameseSyllable(word: string): boolean {
  const cached = SYLLABLE_CACHE.get(word);
  if (cached !== undefined) return cached;
  const result = checkSyllable(word);
  if (SYLLABLE_CACHE.size >= CACHE_LIMIT) SYLLABLE_CACHE.clear();
  SYLLABLE_CACHE.set(word, result);
  return result;
}

function checkSyllable(word: string): boolean {
  const bare = word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '')
    .normalize('NFC');
  return SYLLABLE.test(bare);
}

/** True for an upper-case abbreviation such as "MTTQ", "UBND", "HĐND", "CHQS". */
export function isAcronym(word: string): boolean {
  if (/^[IVXLC]+$/u.test(word)) return true; // Roman numerals ("khóa XII")
  return /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(word) && !isVietnameseSyllable(word);
}

const LOCALITY_WORDS = new Set(['tỉnh', 'huyện', 'xã', 'phường', 'quận']);
const LOCALITY_PHRASES = ['thành phố', 'thị xã', 'thị trấn', 'đặc khu'];
const COMMITTEE_OF_PLACE = /^(tỉnh|thành|huyện|quận|thị) ủy$/u;

/** Multi-word names whose capitals are fixed by usage. */
const PROPER_PHRASES: readonly string[] = [
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Mặt trận Tổ quốc Việt Nam',
  'Mặt trận Tổ quốc',
  'Việt Nam',
  'Trung ương',
  'Ban Thường trực',
  'Ban Thường vụ',
  'Ban Chấp hành',
  'Ban Chỉ đạo',
  'Ban Chỉ huy',
  'Bộ Chỉ huy',
  'Quân sự',
  'Bộ đội Biên phòng',
  'Biên phòng',
  'Quân khu',
  'Bộ Tư lệnh',
  'Bộ Quốc phòng',
  'Bộ Công an',
  'Công an',
  'Quốc phòng',
  'Chính phủ',
  'Quốc hội',
];

const NAMED_HEAD_WORDS = new Set(['sở', 'bộ', 'ban', 'phòng', 'cục', 'viện', 'trường', 'trạm', 'đài']);

const PROPER_PHRASE_PATTERNS: readonly [RegExp, string][] = PROPER_PHRASES.map((phrase) => [
  new RegExp(`(^|\\s)${phrase.toLowerCase()}(?=\\s|$)`, 'giu'),
  phrase,
]);

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Normal case for one header line printed in capitals. */
function normalCaseLine(line: string, isFirstLine: boolean): string {
  const words = line.split(' ').filter((w) => w !== '');
  const out: string[] = [];
  let capitalizeRest = false;
  let bodyStart = -1;
  for (let i = 0; i < words.length; i += 1) {
    const raw = words[i] ?? '';
    const lower = raw.toLowerCase();
    // "CÔNG AN TỈNH X - BỘ CHỈ HUY QUÂN SỰ TỈNH X": a dash between two issuers ends the place name
    if ((raw === '-' || raw === '–') && out.length > 0) {
      out.push(raw);
      capitalizeRest = false;
      bodyStart = out.length;
      continue;
    }
    // place names carry syllables of minority languages ("Cư Jút", "Krông Pắc"): only vowel-less words stay capitals
    if (capitalizeRest && /[aăâeêioôơuưy]/u.test(lower.normalize('NFD').replace(/\p{M}/gu, ''))) {
      out.push(capitalize(lower));
      continue;
    }
    if (isAcronym(raw)) {
      out.push(raw);
      continue;
    }
    const pair = i + 1 < words.length ? `${lower} ${(words[i + 1] ?? '').toLowerCase()}` : '';
    if (capitalizeRest) {
      out.push(raw);
      continue;
    }
    if (COMMITTEE_OF_PLACE.test(pair)) {
      out.push(i === 0 ? capitalize(lower) : lower, (words[i + 1] ?? '').toLowerCase());
      i += 1;
      capitalizeRest = true;
      continue;
    }
    if (LOCALITY_PHRASES.includes(pair) && i + 2 < words.length) {
      out.push(lower, (words[i + 1] ?? '').toLowerCase());
      i += 1;
      capitalizeRest = true;
      continue;
    }
    if (LOCALITY_WORDS.has(lower) && !LOCALITY_PHRASES.includes(pair) && i + 1 < words.length) {
      out.push(lower);
      capitalizeRest = true;
      continue;
    }
    const previous = out[out.length - 1]?.toLowerCase() ?? '';
    // the name after "Sở", "Bộ", "Ban" starts with a capital: "Sở Nội vụ", "Ban Dân vận";
    // so does the second field of a two-word one: "Sở Giáo dục và Đào tạo", "Phòng Kinh tế và Hạ tầng"
    // ("Văn phòng Đảng ủy"), but a head word inside a lower-case purpose names nothing ("Ban Chỉ huy phòng chống ...")
    const isHeadAt = (k: number) => {
      const word = out[k] ?? '';
      const before = out[k - 1];
      return (
        NAMED_HEAD_WORDS.has(word.toLowerCase()) &&
        (before === undefined || before === '-' || /^\p{Lu}/u.test(before) || /^\p{Lu}/u.test(word))
      );
    };
    const afterHead =
      isHeadAt(out.length - 1) || (previous === 'và' && out.length >= 4 && isHeadAt(out.length - 4));
    const opensBody = (out.length === 0 && (isFirstLine || i === 0)) || out.length === bodyStart;
    out.push(opensBody || afterHead ? capitalize(lower) : lower);
  }
  let result = out.join(' ');
  for (const [re, phrase] of PROPER_PHRASE_PATTERNS) {
    re.lastIndex = 0;
    result = result.replace(re, (_m, pre: string) => `${pre}${phrase}`);
  }
  return result;
}

/**
 * Normal case for header lines: "ỦY BAN MTTQ VIỆT NAM / HUYỆN CƯ JÚT / BAN
 * THƯỜNG TRỰC" -> "Ủy ban MTTQ Việt Nam huyện Cư Jút Ban Thường trực".
 * Lines already in mixed case are kept as printed.
 */
export function headerLinesToNormalCase(lines: readonly string[]): string {
  return lines
    .map((line, i) => (/\p{Ll}/u.test(line) ? line : normalCaseLine(line, i === 0)))
    .join(' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Sentence case for a position or kind printed in capitals: "PHÓ CHỦ TỊCH" -> "Phó Chủ tịch". */
export function titleToSentenceCase(text: string): string {
  const lower = text.toLowerCase().replace(/\s+/gu, ' ').trim();
  if (lower === '') return lower;
  const words = lower.split(' ');
  if (words[0] === 'phó' && words.length > 1) return `Phó ${capitalize(words.slice(1).join(' '))}`;
  return capitalize(lower);
}
