import type { TUser } from '../../shared/schemas/units.ts';
import type { Actor } from '../auth/actor.ts';
import { canResetUserPassword, canUpdateUser } from '../policies/users.ts';
import type { UserRow } from '../services/users/user-rows.ts';

/** A user as admins and leaders see them, with what the actor may do. */
export function presentUser(actor: Actor, user: UserRow): TUser {
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    position: user.position,
    role: user.role,
    agency: { id: user.agencyId, name: user.agencyName, unitId: user.unitId, unitName: user.unitName },
    mustChangePassword: user.mustChangePassword,
    disabled: user.disabledAt !== null,
    createdAt: user.createdAt,
    actions: {
      update: canUpdateUser(actor, user),
      resetPassword: canResetUserPassword(actor, user),
      revokeSessions: canResetUserPassword(actor, user),
    },
  };
}
