import { type Actor, isInScope } from '../auth/actor.ts';

/** A register entry (drill, class) as the policies need it. */
export interface RegisterEntryForPolicy {
  unitPath: string;
  status: string;
}

/** Officers, leaders and admins keep the registers of units in their subtree; viewers only read. */
export function canWriteRegister(actor: Actor, unit: { path: string }): boolean {
  return actor.role !== 'viewer' && isInScope(actor, unit.path);
}

/** A planned or held entry can still be corrected; a cancelled one stays as it was. */
export function canUpdateRegisterEntry(actor: Actor, entry: RegisterEntryForPolicy): boolean {
  return canWriteRegister(actor, { path: entry.unitPath }) && entry.status !== 'cancelled';
}

/** Only what has not happened can be called off. */
export function canCancelRegisterEntry(actor: Actor, entry: RegisterEntryForPolicy): boolean {
  return canWriteRegister(actor, { path: entry.unitPath }) && entry.status === 'planned';
}

/** Only a plan can be deleted: what was held or called off stays on record. */
export function canDeleteRegisterEntry(actor: Actor, entry: RegisterEntryForPolicy): boolean {
  return canWriteRegister(actor, { path: entry.unitPath }) && entry.status === 'planned';
}

/** Leaders (and admins) plan and adjust the commune drill rotation of a province in their subtree. */
export function canPlanDrillRotation(actor: Actor, unit: { path: string }): boolean {
  return (actor.role === 'leader' || actor.role === 'admin') && isInScope(actor, unit.path);
}
