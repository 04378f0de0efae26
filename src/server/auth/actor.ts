import type { Role } from '../../shared/enums.ts';

/** The signed-in user a request acts as; every service and policy takes one. */
export interface Actor {
  userId: string;
  username: string;
  fullName: string;
  role: Role;
  agencyId: number;
  agencyName: string;
  agencyShortName: string;
  unitId: number;
  unitCode: string;
  unitName: string;
  unitKind: string;
  /** ltree path of the actor's unit: the root of everything they may see. */
  unitPath: string;
  mustChangePassword: boolean;
  sessionId: string;
  csrfToken: string;
  requestId: string;
}

/** True when `path` is the actor's unit or lies under it. */
export function isInScope(actor: Pick<Actor, 'unitPath'>, path: string): boolean {
  return path === actor.unitPath || path.startsWith(`${actor.unitPath}.`);
}
