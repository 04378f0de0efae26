import { type CatalogueIndicator, INDICATOR_CATALOGUE } from '../../../shared/indicator-catalogue.ts';

/**
 * Words that tell which indicator a target of a document measures. Every group must occur in the
 * target's words (any one of its alternatives); `units` lets a count target match by what it counts
 * ("lớp", "cuộc") besides the indicator's unit of measure. Written without accents, lower case.
 */
interface IndicatorKeywords {
  code: string;
  all: string[][];
  units?: string[];
}

const QPAN = ['quoc phong', 'qp an', 'qpan'];
const DQTV = ['dan quan tu ve', 'dan quan', 'tu ve', 'dqtv'];
const CONSCRIPTION = ['tuyen quan', 'giao quan', 'nhap ngu', 'goi cong dan'];
const DEFENCE_DRILL = ['chien dau phong thu', 'cdpt'];
const CIVIL_DRILL = ['phong thu dan su', 'thien tai', 'lut bao', 'cuu ho', 'cuu nan', 'chay rung'];

/** Keywords per indicator; rates are matched by percentage targets, quantities by count targets. */
export const TARGET_KEYWORDS: readonly IndicatorKeywords[] = [
  { code: 'QPAN_TY_LE_BD', all: [['boi duong'], QPAN] },
  { code: 'QPAN_TY_LE_BD', all: [['boi duong'], ['doi tuong', 'can bo', 'dang vien', 'cong chuc']] },
  { code: 'QPAN_SO_LOP', all: [['boi duong', 'lop']], units: ['lop'] },
  { code: 'QPAN_LUOT_NGUOI', all: [['boi duong']], units: ['luot nguoi', 'luot'] },
  { code: 'GDQP_TY_LE', all: [['hoc sinh', 'sinh vien']] },
  { code: 'TQ_TY_LE', all: [CONSCRIPTION] },
  { code: 'TQ_DA_GIAO', all: [CONSCRIPTION], units: ['cong dan', 'tan binh', 'thanh nien', 'nguoi'] },
  { code: 'NVQS_TY_LE_DANG_KY', all: [['dang ky nghia vu quan su', 'dang ky nvqs', 'dang ky lan dau']] },
  { code: 'DT_TY_LE_XA', all: [['dien tap'], DEFENCE_DRILL] },
  { code: 'DT_XA_DA_DIEN_TAP', all: [['dien tap'], DEFENCE_DRILL], units: ['xa', 'xa phuong', 'don vi'] },
  { code: 'DT_CDPT_SO_CUOC', all: [['dien tap'], DEFENCE_DRILL] },
  { code: 'DT_KVPT_SO_CUOC', all: [['dien tap'], ['khu vuc phong thu', 'kvpt']] },
  { code: 'DT_PTDS_SO_CUOC', all: [['dien tap', 'phong chong'], CIVIL_DRILL] },
  { code: 'DQTV_TY_LE_DANG_VIEN', all: [['dang vien', 'phat trien dang', 'ket nap dang'], DQTV] },
  { code: 'DQTV_TY_LE_HL', all: [['huan luyen'], [...DQTV, 'quan so']] },
  { code: 'DQTV_TY_LE_CHI_BO_QS', all: [['chi bo quan su']] },
  { code: 'DBDV_TY_LE_DUNG_CNQS', all: [['chuyen nghiep quan su', 'cnqs']] },
  { code: 'CT_TY_LE_THAO_TRUONG', all: [['thao truong']] },
  { code: 'CT_THAO_TRUONG_XONG', all: [['thao truong']] },
  { code: 'CS_HO_SO_GIAI_QUYET', all: [['chinh sach', 'hau phuong quan doi']], units: ['ho so'] },
  { code: 'KT_TAP_THE', all: [['khen thuong']] },
  { code: 'KT_CA_NHAN', all: [['khen thuong']] },
];

/** Lower case, no diacritics, punctuation as single spaces, padded: the form words are compared in. */
export function foldWords(text: string): string {
  const folded = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return ` ${folded} `;
}

const hasWords = (folded: string, words: string) => folded.includes(` ${words} `);

const BY_CODE = new Map(INDICATOR_CATALOGUE.map((i) => [i.code, i]));

/** Whether a count target's unit ("lớp", "lượt người") is what the indicator counts. */
function countsTheSame(indicator: CatalogueIndicator, unit: string, extra: readonly string[]): boolean {
  if (indicator.kind !== 'quantity') return false;
  const written = foldWords(unit).trim();
  return [foldWords(indicator.unitOfMeasure).trim(), ...extra].includes(written);
}

/**
 * The catalogue indicator a target's words most likely measure, or null. A percentage is a rate,
 * so only ratio indicators can take it; a count only a quantity counting the same thing. Among
 * several matches the one whose keywords cover the most text wins (then the table's order).
 */
export function matchTargetIndicator(words: string, unit: string): CatalogueIndicator | null {
  const folded = foldWords(words);
  const isPercent = unit.trim() === '%';
  let best: { indicator: CatalogueIndicator; score: number } | null = null;
  for (const rule of TARGET_KEYWORDS) {
    const indicator = BY_CODE.get(rule.code);
    if (!indicator) continue;
    if (isPercent ? indicator.kind !== 'ratio' : !countsTheSame(indicator, unit, rule.units ?? [])) continue;
    let score = 0;
    for (const group of rule.all) {
      const hits = group.filter((w) => hasWords(folded, w));
      if (hits.length === 0) {
        score = -1;
        break;
      }
      score += Math.max(...hits.map((w) => w.length));
    }
    if (score > 0 && (!best || score > best.score)) best = { indicator, score };
  }
  return best?.indicator ?? null;
}

// "các xã, phường", "cấp xã", "mỗi xã": the target is each commune's, not the whole unit's.
const COMMUNE_WORDS = ['cap xa', 'xa phuong', 'xa thi tran', 'phuong xa', 'cac xa', 'moi xa', 'tung xa'];

/**
 * Whether the words set the target for each commune. Not for an indicator that counts communes
 * (its denominator is the number of communes): there "xã, phường" names what is counted.
 */
export function isForEachCommune(words: string, indicator: CatalogueIndicator): boolean {
  if (indicator.kind === 'ratio' && indicator.denominator === 'DV_XA_TONG_SO') return false;
  const folded = foldWords(words);
  return COMMUNE_WORDS.some((w) => hasWords(folded, w));
}

/** The category the words name ("đối tượng 2" → dt2) when the indicator is broken down by đối tượng; else ''. */
export function categoryIn(words: string, indicator: CatalogueIndicator): string {
  if (indicator.disaggregation !== 'doi_tuong') return '';
  const m = / doi tuong ([1-4]) /.exec(foldWords(words));
  return m ? `dt${m[1]}` : '';
}
