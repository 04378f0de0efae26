import { type Actor, isInScope } from '../auth/actor.ts';

/** Leaders and admins set targets for units in their subtree. */
export function canSetTargets(actor: Actor, unit: { path: string }): boolean {
  return (actor.role === 'leader' || actor.role === 'admin') && isInScope(actor, unit.path);
}
