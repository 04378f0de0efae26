import type { TTaskTarget } from '../../shared/schemas/tasks.ts';
import type { TargetProgress } from '../services/targets/target-progress.ts';

/** A target tied to a task, as the task's page shows it. */
export function presentTaskTarget(p: TargetProgress): TTaskTarget {
  const { target } = p;
  return {
    id: target.id,
    indicator: p.indicator,
    category: target.category,
    unit: { id: target.unitId, name: target.unitName },
    level: target.level,
    periodCode: target.period,
    min: target.min,
    max: target.max,
    actual: p.actual,
    met: p.met,
    ...(p.perUnit ? { perUnit: p.perUnit } : {}),
  };
}
