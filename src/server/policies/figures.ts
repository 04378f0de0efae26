import { type Actor, isInScope } from '../auth/actor.ts';

/** Officers, leaders and admins enter figures for units in their subtree; viewers only read. */
export function canEnterFigures(actor: Actor, unit: { path: string }): boolean {
  return actor.role !== 'viewer' && isInScope(actor, unit.path);
}

/** Leaders (and admins) of a unit above reopen a locked period for one unit. */
export function canGrantEntryException(actor: Actor, unit: { path: string }): boolean {
  return (
    (actor.role === 'leader' || actor.role === 'admin') &&
    isInScope(actor, unit.path) &&
    unit.path !== actor.unitPath
  );
}
