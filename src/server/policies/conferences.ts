import { type Actor, isInScope } from '../auth/actor.ts';

/** A conference as the policies need it. */
export interface ConferenceForPolicy {
  unitPath: string;
}

/** Everyone in scope sees a conference (a province sees its communes' conferences). */
export function canViewConference(actor: Actor, conference: ConferenceForPolicy): boolean {
  return isInScope(actor, conference.unitPath);
}

/**
 * Officers and above of the conference's unit or a unit above plan it, record who attended and
 * what it concluded, and turn conclusions into tasks (as they turn a plan's assignments into tasks).
 */
export function canEditConference(actor: Actor, conference: ConferenceForPolicy): boolean {
  return actor.role !== 'viewer' && isInScope(actor, conference.unitPath);
}
