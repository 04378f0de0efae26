import type { TSessionResponse } from '../../shared/schemas/auth.ts';
import type { Actor } from '../auth/actor.ts';

/** The session answer for the web app: who is signed in and the CSRF token for writes. */
export function presentSession(actor: Actor): TSessionResponse {
  return {
    user: {
      id: actor.userId,
      username: actor.username,
      fullName: actor.fullName,
      role: actor.role,
      mustChangePassword: actor.mustChangePassword,
      agency: { id: actor.agencyId, name: actor.agencyName, shortName: actor.agencyShortName },
      unit: { id: actor.unitId, code: actor.unitCode, name: actor.unitName, kind: actor.unitKind },
    },
    csrfToken: actor.csrfToken,
  };
}
