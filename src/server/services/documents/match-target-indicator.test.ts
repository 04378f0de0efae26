import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../extract/index.ts';
import { INDICATOR_CATALOGUE } from '../../../shared/indicator-catalogue.ts';
import { categoryIn, isForEachCommune, matchTargetIndicator } from './match-target-indicator.ts';
import { documentPeriod, wordsOfTarget } from './propose-targets.ts';

const EXTRACTION_DIR = fileURLToPath(new URL('../../../../../shared/extraction/', import.meta.url));
const hasSamples = fs.existsSync(`${EXTRACTION_DIR}gold`);
if (!hasSamples && process.env.CI === 'true')
  throw new Error('sample documents missing beside the repository');

interface GoldTarget {
  text: string;
  min: number | null;
  max: number | null;
  unit: string;
  measure: string | null;
}

const gold = (name: string): GoldTarget[] =>
  JSON.parse(fs.readFileSync(`${EXTRACTION_DIR}gold/${name}.json`, 'utf8')).targets;
const code = (text: string, unit = '%') => matchTargetIndicator(text, unit)?.code ?? null;
const byCode = (c: string) => INDICATOR_CATALOGUE.find((i) => i.code === c)!;

describe.skipIf(!hasSamples)('the five samples’ gold targets map to the indicator catalogue', () => {
  // Each gold target's words as the document writes them, and the indicator they must suggest.
  const expected: [string, string, (string | null)[]][] = [
    ['000_5d64ef3177a2499c', 'MTTQ guideline', ['QPAN_TY_LE_BD']],
    ['001_60660ca0874115e3', 'Party secretary’s article', []],
    ['002_6753d6cceaaa3df3', 'city Party directive', ['TQ_TY_LE']],
    [
      '003_1059ca6f720f76d4',
      'Lạng Sơn plan',
      [
        'QPAN_TY_LE_BD',
        'GDQP_TY_LE',
        // Drills of the district and the province: no rate of the catalogue counts them.
        null,
        'DT_TY_LE_XA',
        'DQTV_TY_LE_DANG_VIEN',
        // "(trong đó dân quân đạt 15%)": the militia's share only, a part the catalogue has no rate for.
        null,
        'DBDV_TY_LE_DUNG_CNQS',
        'TQ_TY_LE',
        'CT_TY_LE_THAO_TRUONG',
      ],
    ],
    // "3-4 bài học kinh nghiệm": nothing in the catalogue counts lessons learnt.
    ['004_c174a5f89955ce3c', 'Bắc Kạn guideline', [null]],
  ];

  it.each(expected)('%s (%s)', (name, _, codes) => {
    const targets = gold(name);
    expect(targets.map((t) => code(t.text, t.unit))).toEqual(codes);
  });
});

describe('matching a target’s words to an indicator', () => {
  it('matches the domain’s usual wording, with or without accents', () => {
    expect(code('bồi dưỡng kiến thức QP-AN cho 100% đối tượng 2')).toBe('QPAN_TY_LE_BD');
    expect(code('boi duong kien thuc quoc phong an ninh dat 98%')).toBe('QPAN_TY_LE_BD');
    expect(code('tuyển quân đạt 100% chỉ tiêu')).toBe('TQ_TY_LE');
    expect(code('giao quân đủ 100% chỉ tiêu')).toBe('TQ_TY_LE');
    expect(code('quân số tham gia huấn luyện hằng năm đạt từ 94% trở lên')).toBe('DQTV_TY_LE_HL');
    expect(code('100% xã, phường có chi bộ quân sự')).toBe('DQTV_TY_LE_CHI_BO_QS');
    expect(code('đăng ký nghĩa vụ quân sự lần đầu đạt 100%')).toBe('NVQS_TY_LE_DANG_KY');
  });

  it('gives a percentage only to a rate and a count only to a quantity counting the same thing', () => {
    expect(code('tổ chức 12 lớp bồi dưỡng kiến thức quốc phòng', 'lớp')).toBe('QPAN_SO_LOP');
    expect(code('bồi dưỡng cho 32.266 lượt người', 'lượt người')).toBe('QPAN_LUOT_NGUOI');
    expect(code('diễn tập chiến đấu phòng thủ 5 cuộc', 'cuộc')).toBe('DT_CDPT_SO_CUOC');
    expect(code('diễn tập chiến đấu phòng thủ đạt 25%')).toBe('DT_TY_LE_XA');
    expect(code('giao 120 công dân nhập ngũ', 'công dân')).toBe('TQ_DA_GIAO');
    expect(code('xác định từ 3-4 bài học kinh nghiệm', 'bài học kinh nghiệm')).toBeNull();
    expect(code('bồi dưỡng kiến thức quốc phòng cho 500 người', 'tấn')).toBeNull();
  });

  it('does not read a word inside another (đăng ký is not đảng viên, “xa” is not a commune)', () => {
    expect(code('đăng ký quân nhân dự bị trong dân quân tự vệ đạt 100%')).toBeNull();
    expect(code('nâng cao chất lượng tuyên truyền đạt 100%')).toBeNull();
    expect(isForEachCommune('xây dựng thao trường xa khu dân cư', byCode('CT_TY_LE_THAO_TRUONG'))).toBe(
      false,
    );
  });

  it('sets a target for each commune when the words say so, unless the indicator counts communes', () => {
    expect(isForEachCommune('100% cán bộ cấp xã được bồi dưỡng', byCode('QPAN_TY_LE_BD'))).toBe(true);
    expect(isForEachCommune('quân số huấn luyện ở các xã, phường đạt 95%', byCode('DQTV_TY_LE_HL'))).toBe(
      true,
    );
    expect(isForEachCommune('quân số huấn luyện đạt 95%', byCode('DQTV_TY_LE_HL'))).toBe(false);
    expect(
      isForEachCommune('diễn tập chiến đấu phòng thủ xã, phường, thị trấn đạt 20-25%', byCode('DT_TY_LE_XA')),
    ).toBe(false);
  });

  it('reads the đối tượng of a disaggregated indicator, and none for the others', () => {
    expect(categoryIn('bồi dưỡng đối tượng 3 đạt 100%', byCode('QPAN_TY_LE_BD'))).toBe('dt3');
    expect(categoryIn('bồi dưỡng các đối tượng đạt 100%', byCode('QPAN_TY_LE_BD'))).toBe('');
    expect(categoryIn('đối tượng 3 tuyển quân', byCode('TQ_TY_LE'))).toBe('');
  });
});

describe('the words and period of a proposed target', () => {
  it('keeps to each target the words between its neighbours’ numbers in a shared sentence', () => {
    const body =
      'Phát triển đảng trong lực lượng dân quân tự vệ đạt trên 20% (trong đó dân quân đạt 15%); khác.';
    const text = 'Phát triển đảng trong lực lượng dân quân tự vệ đạt trên 20% (trong đó dân quân đạt 15%)';
    const at = (s: string) => ({ start: body.indexOf(s), end: body.indexOf(s) + s.length });
    const targets = [
      { text, min: 20, max: null, unit: '%', measure: null, span: at('20%') },
      { text, min: 15, max: 15, unit: '%', measure: null, span: at('15%') },
    ];
    const [whole, part] = [0, 1].map((i) => wordsOfTarget(body, targets, i));
    expect(code(whole!)).toBe('DQTV_TY_LE_DANG_VIEN');
    expect(part).toBe(' (trong đó dân quân đạt 15%)');
    expect(code(part!)).toBeNull();
  });

  it('takes the term or year of the subject, else the body’s term that holds the issue year, else that year', () => {
    expect(documentPeriod('Xây dựng nền quốc phòng toàn dân giai đoạn 2021 - 2025', '', 2021)).toBe(
      '2021-2025',
    );
    expect(documentPeriod('Về nhiệm vụ quốc phòng, quân sự địa phương năm 2022', '', 2021)).toBe('2022');
    const body = 'căn cứ giai đoạn 2011 - 2015; nội dung giai đoạn 2016- 2020 … giai đoạn 2016 - 2020';
    expect(documentPeriod(null, body, 2016)).toBe('2016-2020');
    expect(documentPeriod(null, 'không nói giai đoạn', 2019)).toBe('2019');
  });

  it.skipIf(!hasSamples)(
    'proposes the Lạng Sơn plan’s targets for 2016-2020, its yearly drills for 2016',
    () => {
      const text = fs.readFileSync(`${EXTRACTION_DIR}docs/003_1059ca6f720f76d4.txt`, 'utf8');
      const ex = extractDocument(text);
      expect(documentPeriod(ex.subject, text, 2016)).toBe('2016-2020');
      const words = ex.targets.map((_, i) => wordsOfTarget(text, ex.targets, i));
      expect(words.map((w, i) => code(w, ex.targets[i]!.unit))).toEqual([
        'QPAN_TY_LE_BD',
        'GDQP_TY_LE',
        null,
        'DT_TY_LE_XA',
        'DQTV_TY_LE_DANG_VIEN',
        null,
        'DBDV_TY_LE_DUNG_CNQS',
        'TQ_TY_LE',
        'CT_TY_LE_THAO_TRUONG',
      ]);
    },
  );
});
