/**
 * Militia and self-defence forces (dân quân tự vệ, Luật DQTV 48/2019/QH14) by type, as a unit's
 * yearly aggregate counts them. Aggregates only: no personal records.
 */
export const MILITIA_FORCE_TYPES = [
  'thuong_truc',
  'co_dong',
  'tai_cho',
  'bien',
  'phong_khong',
  'phao_binh',
  'trinh_sat',
  'thong_tin',
  'cong_binh',
  'phong_hoa',
  'y_te',
  'tu_ve',
] as const;
export type MilitiaForceType = (typeof MILITIA_FORCE_TYPES)[number];

/** How each force type is named (Vietnamese, for exports; the web app has its own catalogs). */
export const MILITIA_FORCE_LABELS: Record<MilitiaForceType, string> = {
  thuong_truc: 'Dân quân thường trực',
  co_dong: 'Dân quân cơ động',
  tai_cho: 'Dân quân tại chỗ',
  bien: 'Dân quân biển',
  phong_khong: 'Phòng không',
  phao_binh: 'Pháo binh',
  trinh_sat: 'Trinh sát',
  thong_tin: 'Thông tin',
  cong_binh: 'Công binh',
  phong_hoa: 'Phòng hóa',
  y_te: 'Y tế',
  tu_ve: 'Tự vệ',
};

/** A unit's force by type; a type the unit does not have is left out. */
export type MilitiaForces = Partial<Record<MilitiaForceType, number>>;

/** The whole force: every type added up. */
export function totalForce(forces: MilitiaForces): number {
  return MILITIA_FORCE_TYPES.reduce((sum, type) => sum + (forces[type] ?? 0), 0);
}

/**
 * The dân quân part of the force: everything but tự vệ (the self-defence units of agencies and
 * enterprises), the whole that "đảng viên trong dân quân" is a share of.
 */
export function militiaOnly(forces: MilitiaForces): number {
  return totalForce(forces) - (forces.tu_ve ?? 0);
}

/** A share in percent with two decimals, or null when the whole is zero or unknown. */
export function percentOf(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole === 0) return null;
  return Math.round((part / whole) * 10000) / 100;
}
