/** Kinds of administrative unit, before and after the 2025 reform. */
export const UNIT_KINDS = [
  'quoc_gia',
  'tinh',
  'thanh_pho_tw',
  'huyen',
  'quan',
  'thi_xa',
  'thanh_pho_thuoc_tinh',
  'xa',
  'phuong',
  'thi_tran',
  'dac_khu',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Administrative tier of each kind: 0 the nation (national roll-ups), 1 province, 2 district (to 2025), 3 commune. */
export const UNIT_KIND_LEVEL: Record<UnitKind, 0 | 1 | 2 | 3> = {
  quoc_gia: 0,
  tinh: 1,
  thanh_pho_tw: 1,
  huyen: 2,
  quan: 2,
  thi_xa: 2,
  thanh_pho_thuoc_tinh: 2,
  xa: 3,
  phuong: 3,
  thi_tran: 3,
  dac_khu: 3,
};

/** Kinds of agency (cơ quan, tổ chức) acting in a unit. */
export const AGENCY_KINDS = [
  'ubnd',
  'hdnd',
  'party_committee',
  'mttq',
  'military_command',
  'defence_zone_command',
  'police',
  'border_guard',
  'department',
  'mass_organisation',
  'other',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

/** Roles a user can hold in their agency. */
export const ROLES = ['admin', 'leader', 'officer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** The date the two-level local government took effect (Nghị quyết 202/2025/QH15). */
export const REFORM_DATE_2025 = '2025-07-01';
