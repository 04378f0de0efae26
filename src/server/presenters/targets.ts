import type { TTarget } from '../../shared/schemas/targets.ts';
import type { Actor } from '../auth/actor.ts';
import { canSetTargets } from '../policies/targets.ts';
import type { TargetRow } from '../services/targets/target-rows.ts';

/** A target with what the actor may do with it. */
export function presentTarget(actor: Actor, t: TargetRow): TTarget {
  const canSet = canSetTargets(actor, { path: t.unitPath });
  const isQuota = t.level === null && t.min !== null && (t.max === null || t.max === t.min);
  return {
    id: t.id,
    indicatorId: t.indicatorId,
    indicatorName: t.indicatorName,
    category: t.category,
    unitId: t.unitId,
    unitName: t.unitName,
    level: t.level,
    period: t.period,
    min: t.min,
    max: t.max,
    parentTargetId: t.parentTargetId,
    sourceDocumentId: t.sourceDocumentId,
    sourceDocument: t.sourceDocument,
    sourceTaskId: t.sourceTaskId,
    note: t.note,
    actions: { update: canSet, split: canSet && isQuota },
  };
}
