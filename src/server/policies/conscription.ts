import { type Actor, isInScope } from '../auth/actor.ts';

/**
 * Leaders and admins plan the quota: they split their unit's quota among the units under it.
 * Planning is the leader's act, like setting targets; officers enter what happened.
 */
export function canSplitQuota(actor: Actor, unit: { path: string }): boolean {
  return (actor.role === 'leader' || actor.role === 'admin') && isInScope(actor, unit.path);
}

/**
 * A unit's own quota is set directly only at the top of the chain: the province receives it from
 * the Military Region and the Government, outside this system. Every other quota comes from the
 * split of the level above, so a commune cannot raise or lower its own.
 */
export function canSetOwnQuota(actor: Actor, unit: { path: string; level: number }): boolean {
  return canSplitQuota(actor, unit) && unit.level <= 1;
}

/** Officers, leaders and admins enter the step counts of units in their subtree; viewers read. */
export function canEnterConscriptionSteps(actor: Actor, unit: { path: string }): boolean {
  return actor.role !== 'viewer' && isInScope(actor, unit.path);
}
