import type { AwardState } from '../../shared/schemas/awards.ts';
import { type Actor, isInScope } from '../auth/actor.ts';

/** A proposal as the policies need it. */
export interface AwardForPolicy {
  unitId: number;
  unitPath: string;
  grantingUnitId: number;
  state: AwardState;
}

const isLeader = (actor: Actor) => actor.role === 'leader' || actor.role === 'admin';

/** Officers and above in scope propose for their unit or a unit below. */
export function canProposeAward(actor: Actor, unit: { path: string }): boolean {
  return actor.role !== 'viewer' && isInScope(actor, unit.path);
}

/** A proposal is edited or withdrawn by officers and above in scope until the council has reviewed it. */
export function canEditAward(actor: Actor, proposal: AwardForPolicy): boolean {
  return actor.role !== 'viewer' && isInScope(actor, proposal.unitPath) && proposal.state === 'proposed';
}

/**
 * "Reviewed" is the proposing level's Hội đồng thi đua, khen thưởng confirming the nomination:
 * a leader (or admin) of the proposing unit itself.
 */
export function mayReviewAward(actor: Actor, proposal: AwardForPolicy): boolean {
  return isLeader(actor) && actor.unitId === proposal.unitId;
}

/**
 * Only the level that grants the award decides it: a leader (or admin) of the granting unit. A
 * commune's leader cannot grant the provincial chair's Bằng khen.
 */
export function mayDecideAward(actor: Actor, proposal: AwardForPolicy): boolean {
  return isLeader(actor) && actor.unitId === proposal.grantingUnitId;
}

/** The actions open to the actor on a proposal in its current state (for the UI; the server checks again). */
export function awardActions(actor: Actor, proposal: AwardForPolicy) {
  const editable = canEditAward(actor, proposal);
  return {
    edit: editable,
    withdraw: editable,
    review: proposal.state === 'proposed' && mayReviewAward(actor, proposal),
    approve: proposal.state === 'reviewed' && mayDecideAward(actor, proposal),
    reject:
      (proposal.state === 'proposed' && mayReviewAward(actor, proposal)) ||
      (proposal.state === 'reviewed' && mayDecideAward(actor, proposal)),
  };
}
