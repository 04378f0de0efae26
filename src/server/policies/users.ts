import { type Actor, isInScope } from '../auth/actor.ts';

/** A user as the policies need them. */
export interface UserForPolicy {
  id: string;
  unitPath: string;
}

/** Admins and leaders see the users of their subtree. */
export function canViewUser(actor: Actor, user: UserForPolicy): boolean {
  return (actor.role === 'admin' || actor.role === 'leader') && isInScope(actor, user.unitPath);
}

/** Admins change users in their subtree (not their own role or lock: that needs a second admin). */
export function canUpdateUser(actor: Actor, user: UserForPolicy): boolean {
  return actor.role === 'admin' && isInScope(actor, user.unitPath) && user.id !== actor.userId;
}

/** Admins reset passwords and revoke sessions of other users in their subtree. */
export function canResetUserPassword(actor: Actor, user: UserForPolicy): boolean {
  return canUpdateUser(actor, user);
}
