/** Kinds of drill (diễn tập) the register records, in the order the work names them. */
export const DRILL_KINDS = [
  'kvpt_tinh',
  'kvpt_huyen',
  'chien_dau_xa',
  'ptds_thien_tai',
  'ptds_cuu_nan',
  'ptds_chay_rung',
  'ptds_dich_benh',
  'ptds_khac',
] as const;
export type DrillKind = (typeof DRILL_KINDS)[number];

/** How the plans and reports name each kind. */
export const DRILL_KIND_LABELS: Record<DrillKind, string> = {
  kvpt_tinh: 'Diễn tập KVPT cấp tỉnh',
  kvpt_huyen: 'Diễn tập KVPT cấp huyện (trước 7/2025)',
  chien_dau_xa: 'Diễn tập chiến đấu xã, phường trong KVPT',
  ptds_thien_tai: 'Diễn tập phòng thủ dân sự: thiên tai',
  ptds_cuu_nan: 'Diễn tập phòng thủ dân sự: tìm kiếm, cứu nạn',
  ptds_chay_rung: 'Diễn tập phòng thủ dân sự: cháy rừng',
  ptds_dich_benh: 'Diễn tập phòng thủ dân sự: dịch bệnh',
  ptds_khac: 'Diễn tập phòng thủ dân sự khác',
};

/** The three families the indicators count: defence zone, commune combat, civil defence. */
export type DrillFamily = 'kvpt' | 'chien_dau' | 'ptds';

/** Which family a kind is counted in (DT_KVPT_SO_CUOC, DT_CDPT_SO_CUOC, DT_PTDS_SO_CUOC). */
export function drillFamily(kind: DrillKind): DrillFamily {
  if (kind === 'kvpt_tinh' || kind === 'kvpt_huyen') return 'kvpt';
  if (kind === 'chien_dau_xa') return 'chien_dau';
  return 'ptds';
}

/**
 * The administrative level a kind is held at (1 province, 2 district, 3 commune), or null when any
 * level may hold it (civil-defence drills).
 */
export const DRILL_KIND_LEVEL: Record<DrillKind, 1 | 2 | 3 | null> = {
  kvpt_tinh: 1,
  kvpt_huyen: 2,
  chien_dau_xa: 3,
  ptds_thien_tai: null,
  ptds_cuu_nan: null,
  ptds_chay_rung: null,
  ptds_dich_benh: null,
  ptds_khac: null,
};

/** Result grades of a drill. */
export const DRILL_GRADES = ['xuat_sac', 'gioi', 'kha', 'dat', 'khong_dat'] as const;
export type DrillGrade = (typeof DRILL_GRADES)[number];

/** Grades as the conclusions word them. */
export const DRILL_GRADE_LABELS: Record<DrillGrade, string> = {
  xuat_sac: 'Xuất sắc',
  gioi: 'Giỏi',
  kha: 'Khá',
  dat: 'Đạt',
  khong_dat: 'Không đạt',
};

/** Forces that take part in a drill. */
export const DRILL_FORCES = [
  'dan_quan_tu_ve',
  'du_bi_dong_vien',
  'bo_doi_thuong_truc',
  'cong_an',
  'bien_phong',
  'ban_nganh',
  'nhan_dan',
  'khac',
] as const;
export type DrillForce = (typeof DRILL_FORCES)[number];

/** Forces as the plans name them. */
export const DRILL_FORCE_LABELS: Record<DrillForce, string> = {
  dan_quan_tu_ve: 'Dân quân tự vệ',
  du_bi_dong_vien: 'Dự bị động viên',
  bo_doi_thuong_truc: 'Bộ đội thường trực',
  cong_an: 'Công an',
  bien_phong: 'Bộ đội biên phòng',
  ban_nganh: 'Các ban, ngành, đoàn thể',
  nhan_dan: 'Nhân dân',
  khac: 'Lực lượng khác',
};

/** Where a register entry stands: planned, held (with its result) or called off. */
export const REGISTER_STATUSES = ['planned', 'done', 'cancelled'] as const;
export type RegisterStatus = (typeof REGISTER_STATUSES)[number];

/** Statuses of a drill as the register shows them. */
export const DRILL_STATUS_LABELS: Record<RegisterStatus, string> = {
  planned: 'Kế hoạch',
  done: 'Đã tổ chức',
  cancelled: 'Đã hủy',
};

/** Share of communes that must drill each year under the rotation rule (20–25 %). */
export const DRILL_ROTATION_SHARE = { min: 0.2, max: 0.25 } as const;
