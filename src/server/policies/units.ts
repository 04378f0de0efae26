import { type Actor, isInScope } from '../auth/actor.ts';

/** A unit as the policies need it. */
export interface UnitForPolicy {
  path: string;
}

/** Anyone may see a unit in their subtree. */
export function canViewUnit(actor: Actor, unit: UnitForPolicy): boolean {
  return isInScope(actor, unit.path);
}

/** Admins manage units and agencies in their subtree. */
export function canManageUnit(actor: Actor, unit: UnitForPolicy): boolean {
  return actor.role === 'admin' && isInScope(actor, unit.path);
}

/** Admins manage the users of agencies in their subtree. */
export function canManageUsers(actor: Actor, unit: UnitForPolicy): boolean {
  return actor.role === 'admin' && isInScope(actor, unit.path);
}

/** Importing unit lists changes the tree itself: admins only (the rows are checked against scope). */
export function canImportUnits(actor: Actor): boolean {
  return actor.role === 'admin';
}
