/** The four groups (đối tượng) of "bồi dưỡng kiến thức QP-AN" with a population in scope. */
export const TRAINING_GROUPS = ['dt1', 'dt2', 'dt3', 'dt4'] as const;
export type TrainingGroup = (typeof TRAINING_GROUPS)[number];

/** Who a class is for: one of the four groups, or another group named in a note. */
export const TRAINING_AUDIENCES = [...TRAINING_GROUPS, 'khac'] as const;
export type TrainingAudience = (typeof TRAINING_AUDIENCES)[number];

/** Groups as the plans name them. */
export const TRAINING_AUDIENCE_LABELS: Record<TrainingAudience, string> = {
  dt1: 'Đối tượng 1',
  dt2: 'Đối tượng 2',
  dt3: 'Đối tượng 3',
  dt4: 'Đối tượng 4',
  khac: 'Đối tượng khác',
};

/** Who each group usually is (domain reference §4.3), shown beside the group in forms. */
export const TRAINING_AUDIENCE_HINTS: Record<TrainingAudience, string> = {
  dt1: 'Cán bộ lãnh đạo chủ chốt cấp Trung ương, cấp tỉnh',
  dt2: 'Giám đốc, phó giám đốc sở, ngành và tương đương',
  dt3: 'Trưởng, phó phòng; bí thư, chủ tịch cấp xã; hiệu trưởng',
  dt4: 'Cán bộ, công chức; đại biểu HĐND xã; trưởng thôn; giáo viên',
  khac: 'Chức sắc, chức việc tôn giáo, người có uy tín…',
};

/** True when the audience is one of the four groups (it then counts towards the share trained). */
export function isTrainingGroup(audience: string): audience is TrainingGroup {
  return (TRAINING_GROUPS as readonly string[]).includes(audience);
}
