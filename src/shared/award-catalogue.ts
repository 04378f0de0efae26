/**
 * Forms of award (hình thức khen thưởng) under Luật Thi đua, khen thưởng 06/2022/QH15: orders,
 * certificates of merit, certificates of commendation, commemorative medals, emulation titles.
 */
export const AWARD_FORMS = ['huan_chuong', 'bang_khen', 'giay_khen', 'ky_niem_chuong', 'danh_hieu'] as const;
export type AwardForm = (typeof AWARD_FORMS)[number];

/** Vietnamese names of the forms. */
export const AWARD_FORM_LABELS: Record<AwardForm, string> = {
  huan_chuong: 'Huân chương',
  bang_khen: 'Bằng khen',
  giay_khen: 'Giấy khen',
  ky_niem_chuong: 'Kỷ niệm chương',
  danh_hieu: 'Danh hiệu thi đua',
};

/** Who an award may go to. */
export const NOMINEE_KINDS = ['collective', 'individual'] as const;
export type NomineeKind = (typeof NOMINEE_KINDS)[number];

/** Vietnamese names of the nominee kinds. */
export const NOMINEE_KIND_LABELS: Record<NomineeKind, string> = {
  collective: 'Tập thể',
  individual: 'Cá nhân',
};

/** One award of the catalogue. */
export interface CatalogueAward {
  code: string;
  /** As a decision names it: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh". */
  name: string;
  form: AwardForm;
  /** Collectives, individuals, or both. */
  for: readonly NomineeKind[];
  /** Who signs the award (Điều 77–80 of the law). */
  authority: string;
  /**
   * The administrative level (1 province, 3 commune) whose leaders decide the proposal in QPTD:
   * they grant it, or, for awards of the State, the Government, the Ministry or the military
   * region, they approve the province's submission upward and record the outcome.
   */
  decidingLevel: 1 | 3;
  /** True when the award is granted above the province, which only forwards the proposal. */
  forwarded: boolean;
}

const BOTH = ['collective', 'individual'] as const;
const INDIVIDUAL = ['individual'] as const;
const COLLECTIVE = ['collective'] as const;

/**
 * The awards a defence review proposes (domain reference §4.8 and the Bắc Kạn 2019 guideline:
 * Huân chương Bảo vệ Tổ quốc hạng Ba; Bằng khen of the Prime Minister, the Minister of Defence,
 * the provincial chair, the military region; Giấy khen; Kỷ niệm chương "Vì sự nghiệp xây dựng
 * Quân đội nhân dân Việt Nam"). District awards are left out: district powers lapsed in 2025.
 */
export const AWARD_CATALOGUE: readonly CatalogueAward[] = [
  {
    code: 'hcbvtq_1',
    name: 'Huân chương Bảo vệ Tổ quốc hạng Nhất',
    form: 'huan_chuong',
    for: BOTH,
    authority: 'Chủ tịch nước',
    decidingLevel: 1,
    forwarded: true,
  },
  {
    code: 'hcbvtq_2',
    name: 'Huân chương Bảo vệ Tổ quốc hạng Nhì',
    form: 'huan_chuong',
    for: BOTH,
    authority: 'Chủ tịch nước',
    decidingLevel: 1,
    forwarded: true,
  },
  {
    code: 'hcbvtq_3',
    name: 'Huân chương Bảo vệ Tổ quốc hạng Ba',
    form: 'huan_chuong',
    for: BOTH,
    authority: 'Chủ tịch nước',
    decidingLevel: 1,
    forwarded: true,
  },
  {
    code: 'bk_ttg',
    name: 'Bằng khen của Thủ tướng Chính phủ',
    form: 'bang_khen',
    for: BOTH,
    authority: 'Thủ tướng Chính phủ',
    decidingLevel: 1,
    forwarded: true,
  },
  {
    code: 'bk_bqp',
    name: 'Bằng khen của Bộ trưởng Bộ Quốc phòng',
    form: 'bang_khen',
    for: BOTH,
    authority: 'Bộ trưởng Bộ Quốc phòng',
    decidingLevel: 1,
    forwarded: true,
  },
  {
    code: 'bk_qk',
    name: 'Bằng khen của Tư lệnh Quân khu',
    form: 'bang_khen',
    for: BOTH,
    authority: 'Tư lệnh Quân khu',
    decidingLevel: 1,
    forwarded: true,
  },
  {
    code: 'kn_qdnd',
    name: 'Kỷ niệm chương "Vì sự nghiệp xây dựng Quân đội nhân dân Việt Nam"',
    form: 'ky_niem_chuong',
    for: INDIVIDUAL,
    authority: 'Bộ trưởng Bộ Quốc phòng',
    decidingLevel: 1,
    forwarded: true,
  },
  {
    code: 'bk_ct_ubnd_tinh',
    name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    form: 'bang_khen',
    for: BOTH,
    authority: 'Chủ tịch Ủy ban nhân dân tỉnh',
    decidingLevel: 1,
    forwarded: false,
  },
  {
    code: 'co_thi_dua_tinh',
    name: 'Cờ thi đua của Ủy ban nhân dân tỉnh',
    form: 'danh_hieu',
    for: COLLECTIVE,
    authority: 'Chủ tịch Ủy ban nhân dân tỉnh',
    decidingLevel: 1,
    forwarded: false,
  },
  {
    code: 'cstd_tinh',
    name: 'Chiến sĩ thi đua cấp tỉnh',
    form: 'danh_hieu',
    for: INDIVIDUAL,
    authority: 'Chủ tịch Ủy ban nhân dân tỉnh',
    decidingLevel: 1,
    forwarded: false,
  },
  {
    code: 'gk_bo_chqs',
    name: 'Giấy khen của Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh',
    form: 'giay_khen',
    for: BOTH,
    authority: 'Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh',
    decidingLevel: 1,
    forwarded: false,
  },
  {
    code: 'gk_ct_ubnd_xa',
    name: 'Giấy khen của Chủ tịch Ủy ban nhân dân xã',
    form: 'giay_khen',
    for: BOTH,
    authority: 'Chủ tịch Ủy ban nhân dân xã',
    decidingLevel: 3,
    forwarded: false,
  },
  {
    code: 'ldtt',
    name: 'Lao động tiên tiến',
    form: 'danh_hieu',
    for: INDIVIDUAL,
    authority: 'Chủ tịch Ủy ban nhân dân xã',
    decidingLevel: 3,
    forwarded: false,
  },
];

/** Codes of the catalogue, for enums. */
export const AWARD_CODES = AWARD_CATALOGUE.map((a) => a.code) as [string, ...string[]];

/** The catalogue entry of `code`, or undefined. */
export function awardByCode(code: string): CatalogueAward | undefined {
  return AWARD_CATALOGUE.find((a) => a.code === code);
}

/** "xã" or "tỉnh" as the level is spoken of in messages. */
export const DECIDING_LEVEL_WORDS: Record<CatalogueAward['decidingLevel'], string> = {
  1: 'cấp tỉnh',
  3: 'cấp xã',
};
