/** Groups of indicators, as the domain organises the work. */
export const INDICATOR_GROUPS = {
  chung: 'Chung',
  giao_duc_qpan: 'Giáo dục, bồi dưỡng kiến thức QP-AN',
  tuyen_quan: 'Tuyển quân, nghĩa vụ quân sự',
  dien_tap: 'Diễn tập',
  dqtv: 'Dân quân tự vệ',
  dbdv: 'Dự bị động viên',
  cong_trinh_qp: 'Công trình quốc phòng, thao trường',
  chinh_sach: 'Chính sách hậu phương quân đội',
  khen_thuong: 'Thi đua, khen thưởng',
} as const;
export type IndicatorGroup = keyof typeof INDICATOR_GROUPS;

/** Disaggregation schemes and their categories. */
export const DISAGGREGATIONS = {
  none: [{ code: '', name: 'Tổng số' }],
  doi_tuong: [
    { code: 'dt1', name: 'Đối tượng 1' },
    { code: 'dt2', name: 'Đối tượng 2' },
    { code: 'dt3', name: 'Đối tượng 3' },
    { code: 'dt4', name: 'Đối tượng 4' },
  ],
} as const;
export type Disaggregation = keyof typeof DISAGGREGATIONS;

/** How a quantity combines over sub-units: add up, take the largest, or add up each unit's latest figure. */
export const AGGREGATIONS = ['sum', 'max', 'latest'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/**
 * Where a figure that nobody types comes from: a register (drills, QP-AN classes, conscription,
 * militia and reserves, awards) or the tree of administrative units.
 */
export const DETERMINED_BY = ['drills', 'training', 'conscription', 'militia', 'awards', 'units'] as const;
export type DeterminedBy = (typeof DETERMINED_BY)[number];

/** How each source is named next to a figure it computes ("Tính từ sổ diễn tập"). */
export const DETERMINED_BY_LABELS: Record<DeterminedBy, string> = {
  drills: 'Tính từ sổ diễn tập',
  training: 'Tính từ sổ lớp bồi dưỡng QP-AN',
  conscription: 'Tính từ sổ tuyển quân',
  militia: 'Tính từ số liệu DQTV, DBĐV',
  awards: 'Tính từ sổ khen thưởng',
  units: 'Tính từ danh mục đơn vị hành chính',
};

/** The web page where the entries behind a computed figure are kept. */
export const DETERMINED_BY_PATHS: Record<DeterminedBy, string> = {
  drills: '/so-dang-ky/dien-tap',
  training: '/so-dang-ky/boi-duong',
  conscription: '/so-dang-ky/tuyen-quan',
  militia: '/so-dang-ky/dqtv',
  awards: '/khen-thuong',
  units: '/don-vi',
};

/** True when `value` names a source of computed figures (the database stores it as text). */
export function isDeterminedBy(value: unknown): value is DeterminedBy {
  return typeof value === 'string' && (DETERMINED_BY as readonly string[]).includes(value);
}

/** Why a computed figure cannot be typed: "«name» được tính từ sổ diễn tập, không nhập tay." */
export function notTypedMessage(name: string, source: DeterminedBy): string {
  const label = DETERMINED_BY_LABELS[source];
  return `«${name}» được ${label.charAt(0).toLowerCase()}${label.slice(1)}, không nhập tay.`;
}

/**
 * Quantities that are themselves the quota handed down, split in their register (the conscription
 * quota is split from province to communes there): a target on them would be a second quota. Their
 * achievement is targeted instead (TQ_TY_LE, "tuyển quân đạt 100% chỉ tiêu").
 */
export const QUOTA_INDICATORS: Readonly<Record<string, string>> = {
  TQ_CHI_TIEU:
    'Chỉ tiêu giao quân được chia ở Sổ theo dõi → Tuyển quân, không giao lần nữa ở đây; hãy giao mục tiêu cho «Tỷ lệ hoàn thành chỉ tiêu giao quân».',
};

/** A catalogue entry: a quantity that is entered, or a ratio of two quantities that is computed. */
export type CatalogueIndicator =
  | {
      code: string;
      name: string;
      kind: 'quantity';
      unitOfMeasure: string;
      aggregation: Aggregation;
      group: IndicatorGroup;
      disaggregation?: Disaggregation;
      isInteger?: boolean;
      /** Set when a register (or the unit tree) computes the figure: it is then never typed. */
      determinedBy?: DeterminedBy;
    }
  | {
      code: string;
      name: string;
      kind: 'ratio';
      numerator: string;
      denominator: string;
      group: IndicatorGroup;
      disaggregation?: Disaggregation;
    };

const q = (
  code: string,
  name: string,
  unitOfMeasure: string,
  group: IndicatorGroup,
  extra: {
    aggregation?: Aggregation;
    disaggregation?: Disaggregation;
    isInteger?: boolean;
    determinedBy?: DeterminedBy;
  } = {},
): CatalogueIndicator => ({
  code,
  name,
  kind: 'quantity',
  unitOfMeasure,
  aggregation: extra.aggregation ?? 'sum',
  group,
  ...extra,
});
const r = (
  code: string,
  name: string,
  numerator: string,
  denominator: string,
  group: IndicatorGroup,
  disaggregation?: Disaggregation,
): CatalogueIndicator => ({ code, name, kind: 'ratio', numerator, denominator, group, disaggregation });

/**
 * The domain's indicators (domain reference §4.10 and the sample documents). Every rate is a
 * ratio of two quantities, so a province's rate is never a mean of commune rates. A quantity with
 * `determinedBy` is computed from its register's entries, so nobody types it twice.
 */
export const INDICATOR_CATALOGUE: CatalogueIndicator[] = [
  q('DV_XA_TONG_SO', 'Số xã, phường, đặc khu', 'xã', 'chung', {
    aggregation: 'latest',
    determinedBy: 'units',
  }),

  q('QPAN_PHAI_BD', 'Cán bộ, đảng viên thuộc diện bồi dưỡng kiến thức QP-AN', 'người', 'giao_duc_qpan', {
    disaggregation: 'doi_tuong',
    determinedBy: 'training',
  }),
  q('QPAN_DA_BD', 'Cán bộ, đảng viên đã được bồi dưỡng kiến thức QP-AN', 'người', 'giao_duc_qpan', {
    disaggregation: 'doi_tuong',
    determinedBy: 'training',
  }),
  r(
    'QPAN_TY_LE_BD',
    'Tỷ lệ cán bộ, đảng viên được bồi dưỡng kiến thức QP-AN',
    'QPAN_DA_BD',
    'QPAN_PHAI_BD',
    'giao_duc_qpan',
    'doi_tuong',
  ),
  q('QPAN_SO_LOP', 'Số lớp bồi dưỡng kiến thức QP-AN', 'lớp', 'giao_duc_qpan', { determinedBy: 'training' }),
  q('QPAN_LUOT_NGUOI', 'Số lượt người được bồi dưỡng kiến thức QP-AN', 'lượt người', 'giao_duc_qpan', {
    determinedBy: 'training',
  }),
  q('GDQP_HS_PHAI_HOC', 'Học sinh, sinh viên thuộc diện học GDQP-AN', 'người', 'giao_duc_qpan'),
  q('GDQP_HS_DA_HOC', 'Học sinh, sinh viên đã học GDQP-AN', 'người', 'giao_duc_qpan'),
  r(
    'GDQP_TY_LE',
    'Tỷ lệ học sinh, sinh viên được học GDQP-AN',
    'GDQP_HS_DA_HOC',
    'GDQP_HS_PHAI_HOC',
    'giao_duc_qpan',
  ),

  q('TQ_CHI_TIEU', 'Chỉ tiêu giao quân được giao', 'công dân', 'tuyen_quan', {
    determinedBy: 'conscription',
  }),
  q('TQ_DA_GIAO', 'Công dân đã giao quân (nhập ngũ)', 'công dân', 'tuyen_quan', {
    determinedBy: 'conscription',
  }),
  r('TQ_TY_LE', 'Tỷ lệ hoàn thành chỉ tiêu giao quân', 'TQ_DA_GIAO', 'TQ_CHI_TIEU', 'tuyen_quan'),
  q('NVQS_NAM_17', 'Nam công dân đủ 17 tuổi trong năm', 'công dân', 'tuyen_quan', {
    determinedBy: 'conscription',
  }),
  q('NVQS_DA_DANG_KY', 'Nam công dân đã đăng ký NVQS lần đầu', 'công dân', 'tuyen_quan', {
    determinedBy: 'conscription',
  }),
  r('NVQS_TY_LE_DANG_KY', 'Tỷ lệ đăng ký NVQS lần đầu', 'NVQS_DA_DANG_KY', 'NVQS_NAM_17', 'tuyen_quan'),

  q('DT_XA_DA_DIEN_TAP', 'Số xã đã diễn tập chiến đấu phòng thủ trong năm', 'xã', 'dien_tap', {
    determinedBy: 'drills',
  }),
  r(
    'DT_TY_LE_XA',
    'Tỷ lệ xã diễn tập chiến đấu phòng thủ trong năm',
    'DT_XA_DA_DIEN_TAP',
    'DV_XA_TONG_SO',
    'dien_tap',
  ),
  q('DT_KVPT_SO_CUOC', 'Số cuộc diễn tập khu vực phòng thủ', 'cuộc', 'dien_tap', { determinedBy: 'drills' }),
  q('DT_CDPT_SO_CUOC', 'Số cuộc diễn tập chiến đấu phòng thủ', 'cuộc', 'dien_tap', {
    determinedBy: 'drills',
  }),
  q(
    'DT_PTDS_SO_CUOC',
    'Số cuộc diễn tập phòng thủ dân sự (thiên tai, cứu nạn, cháy rừng…)',
    'cuộc',
    'dien_tap',
    { determinedBy: 'drills' },
  ),

  q('DQTV_TONG_SO', 'Tổng số dân quân tự vệ', 'người', 'dqtv', {
    aggregation: 'latest',
    determinedBy: 'militia',
  }),
  q('DQTV_DANG_VIEN', 'Đảng viên trong dân quân tự vệ', 'người', 'dqtv', {
    aggregation: 'latest',
    determinedBy: 'militia',
  }),
  r('DQTV_TY_LE_DANG_VIEN', 'Tỷ lệ đảng viên trong dân quân tự vệ', 'DQTV_DANG_VIEN', 'DQTV_TONG_SO', 'dqtv'),
  q('DQTV_TRIEU_TAP_HL', 'Dân quân tự vệ được triệu tập huấn luyện', 'người', 'dqtv', {
    determinedBy: 'militia',
  }),
  q('DQTV_THAM_GIA_HL', 'Dân quân tự vệ tham gia huấn luyện', 'người', 'dqtv', { determinedBy: 'militia' }),
  r('DQTV_TY_LE_HL', 'Tỷ lệ quân số tham gia huấn luyện', 'DQTV_THAM_GIA_HL', 'DQTV_TRIEU_TAP_HL', 'dqtv'),
  q('DQTV_XA_CO_CHI_BO_QS', 'Số xã có chi bộ quân sự', 'xã', 'dqtv', {
    aggregation: 'latest',
    determinedBy: 'militia',
  }),
  r('DQTV_TY_LE_CHI_BO_QS', 'Tỷ lệ xã có chi bộ quân sự', 'DQTV_XA_CO_CHI_BO_QS', 'DV_XA_TONG_SO', 'dqtv'),

  q('DBDV_QNDB_SAP_XEP', 'Quân nhân dự bị đã sắp xếp vào đơn vị dự bị động viên', 'người', 'dbdv', {
    aggregation: 'latest',
    determinedBy: 'militia',
  }),
  q('DBDV_DUNG_CNQS', 'Quân nhân dự bị sắp xếp đúng chuyên nghiệp quân sự', 'người', 'dbdv', {
    aggregation: 'latest',
    determinedBy: 'militia',
  }),
  r(
    'DBDV_TY_LE_DUNG_CNQS',
    'Tỷ lệ xếp đúng chuyên nghiệp quân sự',
    'DBDV_DUNG_CNQS',
    'DBDV_QNDB_SAP_XEP',
    'dbdv',
  ),

  q('CT_THAO_TRUONG_KH', 'Thao trường huấn luyện theo kế hoạch', 'thao trường', 'cong_trinh_qp'),
  q('CT_THAO_TRUONG_XONG', 'Thao trường huấn luyện đã xây dựng', 'thao trường', 'cong_trinh_qp'),
  r(
    'CT_TY_LE_THAO_TRUONG',
    'Tỷ lệ thao trường đã xây dựng',
    'CT_THAO_TRUONG_XONG',
    'CT_THAO_TRUONG_KH',
    'cong_trinh_qp',
  ),

  q('CS_HO_SO_GIAI_QUYET', 'Hồ sơ chính sách hậu phương quân đội đã giải quyết', 'hồ sơ', 'chinh_sach'),
  q('CS_KINH_PHI', 'Kinh phí thực hiện chính sách hậu phương quân đội', 'đồng', 'chinh_sach'),

  q('KT_TAP_THE', 'Tập thể được khen thưởng', 'tập thể', 'khen_thuong', { determinedBy: 'awards' }),
  q('KT_CA_NHAN', 'Cá nhân được khen thưởng', 'cá nhân', 'khen_thuong', { determinedBy: 'awards' }),
];

/** Reporting sets every installation has. */
export const REPORTING_SET_CATALOGUE = [
  {
    code: 'QPQSDP_NAM',
    name: 'Số liệu công tác quốc phòng, quân sự địa phương năm',
    periodType: 'year' as const,
    cutoff: 'nd09' as const,
    lockAfterDays: 30,
    indicators: INDICATOR_CATALOGUE.filter((i) => i.kind === 'quantity').map((i) => i.code),
  },
  {
    code: 'QPQSDP_6T',
    name: 'Số liệu công tác quốc phòng, quân sự địa phương 6 tháng',
    periodType: 'half_year' as const,
    cutoff: 'nd09' as const,
    lockAfterDays: 15,
    indicators: [
      'DV_XA_TONG_SO',
      'QPAN_PHAI_BD',
      'QPAN_DA_BD',
      'QPAN_SO_LOP',
      'QPAN_LUOT_NGUOI',
      'DQTV_TRIEU_TAP_HL',
      'DQTV_THAM_GIA_HL',
      'DT_XA_DA_DIEN_TAP',
    ],
  },
];
