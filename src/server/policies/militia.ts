import { type Actor, isInScope } from '../auth/actor.ts';

/** Officers, leaders and admins record the militia and reserve year of units in their subtree. */
export function canEditMilitiaYear(actor: Actor, unit: { path: string }): boolean {
  return actor.role !== 'viewer' && isInScope(actor, unit.path);
}
