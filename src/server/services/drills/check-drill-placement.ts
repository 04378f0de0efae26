import { DRILL_KIND_LEVEL, type DrillKind } from '../../../shared/drill-kinds.ts';
import { REFORM_DATE_2025 } from '../../../shared/enums.ts';
import { checkUnitInForce, fieldError, type RegisterUnit } from '../registers/register-checks.ts';

const LEVEL_MESSAGES: Record<1 | 2 | 3, string> = {
  1: 'Diễn tập khu vực phòng thủ cấp tỉnh chỉ ghi cho đơn vị cấp tỉnh.',
  2: 'Diễn tập khu vực phòng thủ cấp huyện chỉ ghi cho đơn vị cấp huyện (trước 01/7/2025).',
  3: 'Diễn tập chiến đấu xã, phường chỉ ghi cho đơn vị cấp xã (xã, phường, đặc khu).',
};

/**
 * Checks that a kind of drill may be held by this unit on this date: commune combat drills at a
 * commune, provincial defence-zone drills at a province, district drills only at a district and
 * before the 2025 reform abolished the level, and never at a unit not in force that day.
 */
export function checkDrillPlacement(
  kind: DrillKind,
  unit: RegisterUnit,
  date: string,
  dateField: 'plannedFrom' | 'actualFrom',
): void {
  const level = DRILL_KIND_LEVEL[kind];
  if (level !== null && unit.level !== level) throw fieldError('kind', LEVEL_MESSAGES[level]);
  if (kind === 'kvpt_huyen' && date >= REFORM_DATE_2025)
    throw fieldError(
      dateField,
      'Cấp huyện kết thúc hoạt động từ 01/7/2025: diễn tập khu vực phòng thủ cấp huyện chỉ ghi cho thời gian trước ngày đó.',
    );
  checkUnitInForce(unit, date, dateField);
}
