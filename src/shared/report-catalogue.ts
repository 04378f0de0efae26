import type { PeriodType } from './periods.ts';

/** When a level's report is due, relative to the period. */
export type ReportDeadline =
  | { type: 'days_after_end'; days: number }
  | { type: 'days_after_cutoff'; days: number }
  /** A fixed day of the period's last year, as sơ kết guidelines set ("cấp xã xong trước 30/8"). */
  | { type: 'last_year_day'; monthDay: string };

/** Who submits, by when, to whom. */
export interface ReportLevel {
  level: 1 | 2 | 3;
  deadline: ReportDeadline;
  /** As the Nơi nhận / Kính gửi line reads: "UBND tỉnh (qua Bộ CHQS tỉnh)". */
  recipient: string;
}

/** A section of the narrative: heading and what the writer should cover. */
export interface ReportSection {
  key: string;
  heading: string;
  guidance: string;
}

/** A report form of the catalogue. */
export interface CatalogueReportForm {
  code: string;
  title: string;
  periodType: PeriodType;
  sections: ReportSection[];
  indicatorCodes: string[];
  levels: ReportLevel[];
}

const REVIEW_SECTIONS: ReportSection[] = [
  {
    key: 'tinh_hinh',
    heading: 'Đặc điểm tình hình',
    guidance: 'Thuận lợi, khó khăn ảnh hưởng đến nhiệm vụ trong kỳ.',
  },
  {
    key: 'ket_qua',
    heading: 'Kết quả đạt được',
    guidance: 'Công tác lãnh đạo, chỉ đạo; kết quả từng mặt công tác, có số liệu.',
  },
  {
    key: 'han_che',
    heading: 'Hạn chế, nguyên nhân',
    guidance: 'Những hạn chế, tồn tại và nguyên nhân khách quan, chủ quan.',
  },
  {
    key: 'bai_hoc',
    heading: 'Bài học kinh nghiệm',
    guidance: 'Những bài học rút ra trong lãnh đạo, chỉ đạo và tổ chức thực hiện.',
  },
  {
    key: 'phuong_huong',
    heading: 'Phương hướng, nhiệm vụ',
    guidance: 'Mục tiêu, chỉ tiêu, nhiệm vụ và giải pháp kỳ tới.',
  },
  { key: 'kien_nghi', heading: 'Đề xuất, kiến nghị', guidance: 'Đề xuất với cấp trên.' },
];

// Key figures of the domain's indicator table (§4.10) that communes and provinces report on.
const KEY_INDICATORS = [
  'QPAN_TY_LE_BD',
  'QPAN_SO_LOP',
  'QPAN_LUOT_NGUOI',
  'GDQP_TY_LE',
  'TQ_TY_LE',
  'NVQS_TY_LE_DANG_KY',
  'DT_TY_LE_XA',
  'DT_CDPT_SO_CUOC',
  'DQTV_TY_LE_HL',
  'DQTV_TY_LE_DANG_VIEN',
  'DBDV_TY_LE_DUNG_CNQS',
];

const COMMUNE_TO_PROVINCE = 'Ủy ban nhân dân tỉnh (qua Bộ Chỉ huy Quân sự tỉnh)';
const PROVINCE_TO_REGION = 'Bộ Tư lệnh Quân khu';

/** The periodic reports every installation has (domain reference §4.9 and the sample guideline). */
export const REPORT_FORM_CATALOGUE: CatalogueReportForm[] = [
  {
    code: 'BC_QPQSDP_NAM',
    title: 'Báo cáo kết quả công tác quốc phòng, quân sự địa phương năm',
    periodType: 'year',
    sections: REVIEW_SECTIONS,
    indicatorCodes: KEY_INDICATORS,
    levels: [
      { level: 3, deadline: { type: 'days_after_cutoff', days: 1 }, recipient: COMMUNE_TO_PROVINCE },
      { level: 1, deadline: { type: 'days_after_cutoff', days: 6 }, recipient: PROVINCE_TO_REGION },
    ],
  },
  {
    code: 'BC_QPQSDP_6T',
    title: 'Báo cáo kết quả công tác quốc phòng, quân sự địa phương 6 tháng',
    periodType: 'half_year',
    sections: REVIEW_SECTIONS,
    indicatorCodes: ['QPAN_TY_LE_BD', 'QPAN_SO_LOP', 'DQTV_TY_LE_HL', 'DT_TY_LE_XA'],
    levels: [
      { level: 3, deadline: { type: 'days_after_cutoff', days: 1 }, recipient: COMMUNE_TO_PROVINCE },
      { level: 1, deadline: { type: 'days_after_cutoff', days: 6 }, recipient: PROVINCE_TO_REGION },
    ],
  },
  {
    code: 'BC_SO_KET_5N',
    title: 'Báo cáo sơ kết 5 năm xây dựng nền quốc phòng toàn dân',
    periodType: 'term',
    sections: REVIEW_SECTIONS,
    indicatorCodes: KEY_INDICATORS,
    levels: [
      { level: 3, deadline: { type: 'last_year_day', monthDay: '08-30' }, recipient: COMMUNE_TO_PROVINCE },
      { level: 2, deadline: { type: 'last_year_day', monthDay: '09-15' }, recipient: COMMUNE_TO_PROVINCE },
      { level: 1, deadline: { type: 'last_year_day', monthDay: '09-30' }, recipient: PROVINCE_TO_REGION },
    ],
  },
  {
    code: 'BC_TONG_KET_10N',
    title: 'Báo cáo tổng kết 10 năm xây dựng nền quốc phòng toàn dân',
    periodType: 'term',
    sections: REVIEW_SECTIONS,
    indicatorCodes: KEY_INDICATORS,
    levels: [
      { level: 3, deadline: { type: 'last_year_day', monthDay: '08-30' }, recipient: COMMUNE_TO_PROVINCE },
      { level: 2, deadline: { type: 'last_year_day', monthDay: '09-15' }, recipient: COMMUNE_TO_PROVINCE },
      { level: 1, deadline: { type: 'last_year_day', monthDay: '09-30' }, recipient: PROVINCE_TO_REGION },
    ],
  },
];
