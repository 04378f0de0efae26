import type { TTaskTarget } from '../../../shared/schemas/tasks.ts';

/** Where a task's target stands: met, not yet, past its ceiling, or no figure to judge. */
export type TargetStanding = 'met' | 'below' | 'above' | 'noData';

/**
 * The target's standing from the server's judgement: `met` decides, and a figure that missed only
 * by passing the maximum reads "above" rather than "not yet". A target for each unit of a level is
 * met when all of them are, and otherwise simply not yet.
 */
export function targetStanding(target: TTaskTarget): TargetStanding {
  if (target.met === null) return 'noData';
  if (target.met) return 'met';
  if (!target.perUnit && target.actual !== null && target.max !== null && target.actual > target.max)
    return 'above';
  return 'below';
}

/**
 * How full the target's bar is (0–100): for a target per unit of a level, the share of those
 * units that meet it; otherwise the figure against the minimum to reach (or, for an "at most"
 * target, against the maximum). Null when there is nothing to draw.
 */
export function targetFill(target: TTaskTarget): number | null {
  if (target.perUnit) {
    return target.perUnit.total > 0 ? (target.perUnit.met / target.perUnit.total) * 100 : null;
  }
  if (target.actual === null) return null;
  const reference = target.min !== null && target.min > 0 ? target.min : target.max;
  if (reference === null || reference <= 0) return target.actual > 0 ? 100 : 0;
  return Math.min(100, Math.max(0, (target.actual / reference) * 100));
}
