import { type Actor, isInScope } from '../auth/actor.ts';

/** A task as the policies need it. */
export interface TaskForPolicy {
  unitPath: string;
  leadAgencyId: number;
  completedOn: string | null;
  completionConfirmed: boolean;
}

/** Everyone in scope sees a task. */
export function canViewTask(actor: Actor, task: TaskForPolicy): boolean {
  return isInScope(actor, task.unitPath);
}

/** The lead agency's officers (and leaders or admins in scope) report progress and completion. */
export function canUpdateTask(actor: Actor, task: TaskForPolicy): boolean {
  if (!isInScope(actor, task.unitPath) || actor.role === 'viewer') return false;
  return actor.agencyId === task.leadAgencyId || actor.role === 'leader' || actor.role === 'admin';
}

/** A leader in scope confirms a completed task. */
export function canConfirmTask(actor: Actor, task: TaskForPolicy): boolean {
  return (
    (actor.role === 'leader' || actor.role === 'admin') &&
    isInScope(actor, task.unitPath) &&
    task.completedOn !== null &&
    !task.completionConfirmed
  );
}

/** Officers and above in scope break a task into sub-tasks for lower units. */
export function canCascadeTask(actor: Actor, task: TaskForPolicy): boolean {
  return canUpdateTask(actor, task) && task.completedOn === null;
}
