import { eq } from 'drizzle-orm';
import { nextOccurrence } from '../../../shared/task-status.ts';
import type { Actor } from '../../auth/actor.ts';
import { type Clock, todayIn } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import { taskSupportAgencies, tasks, taskUpdates } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { canConfirmTask, canUpdateTask } from '../../policies/tasks.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadTask } from './task-rows.ts';

const today = (clock: Clock) => todayIn(clock);
const policyOf = (t: Awaited<ReturnType<typeof loadTask>>) => ({
  unitPath: t.unitPath,
  leadAgencyId: t.leadAgency.id,
  completedOn: t.completedOn,
  completionConfirmed: t.completionConfirmed,
});

/** Records a progress report by the lead agency. */
export async function addTaskUpdate(
  db: Db,
  clock: Clock,
  actor: Actor,
  taskId: number,
  input: { percent: number; note?: string },
): Promise<void> {
  const task = await loadTask(db, actor, today(clock), taskId);
  if (!canUpdateTask(actor, policyOf(task))) throw new AppError('forbidden');
  if (task.completedOn) throw new AppError('conflict', 'Nhiệm vụ đã hoàn thành.');
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(taskUpdates)
      .values({
        taskId,
        reportedOn: today(clock),
        percent: input.percent,
        note: input.note ?? null,
        createdBy: actor.userId,
      })
      .returning({ id: taskUpdates.id });
    await tx.update(tasks).set({ progressPercent: input.percent }).where(eq(tasks.id, taskId));
    await recordAudit(tx, { userId: actor.userId, requestId: actor.requestId }, [
      {
        entityType: 'task',
        entityId: taskId,
        action: 'progress',
        unitId: task.leadAgency.unitId,
        before: { progressPercent: task.progressPercent },
        after: { progressPercent: input.percent, note: input.note ?? null, updateId: row!.id },
      },
    ]);
  });
}

/**
 * Marks a task done on a date; a recurring duty gets its next occurrence in the same
 * transaction, so "hằng năm" work never drops off the list.
 */
export async function completeTask(
  db: Db,
  clock: Clock,
  actor: Actor,
  taskId: number,
  input: { completedOn: string; note?: string },
): Promise<{ nextTaskId: number | null }> {
  const task = await loadTask(db, actor, today(clock), taskId);
  if (!canUpdateTask(actor, policyOf(task))) throw new AppError('forbidden');
  if (task.completedOn) throw new AppError('conflict', 'Nhiệm vụ đã hoàn thành.');
  if (input.completedOn > today(clock))
    throw new AppError('validation_failed', 'Ngày hoàn thành không được sau hôm nay.');
  return db.transaction(async (tx) => {
    await tx
      .update(tasks)
      .set({ completedOn: input.completedOn, progressPercent: 100 })
      .where(eq(tasks.id, taskId));
    await tx.insert(taskUpdates).values({
      taskId,
      reportedOn: input.completedOn,
      percent: 100,
      note: input.note ?? 'Hoàn thành',
      createdBy: actor.userId,
    });
    let nextTaskId: number | null = null;
    if (task.recurrence !== 'once' && task.dueOn) {
      const [source] = await tx.select().from(tasks).where(eq(tasks.id, taskId));
      const [next] = await tx
        .insert(tasks)
        .values({
          documentId: source!.documentId,
          parentTaskId: source!.parentTaskId,
          unitId: source!.unitId,
          leadAgencyId: source!.leadAgencyId,
          title: source!.title,
          spanStart: source!.spanStart,
          spanEnd: source!.spanEnd,
          dueOn: nextOccurrence(task.recurrence, task.dueOn),
          recurrence: task.recurrence,
          createdBy: actor.userId,
        })
        .returning({ id: tasks.id });
      nextTaskId = next!.id;
      const support = task.supportAgencies.map((a) => ({ taskId: next!.id, agencyId: a.id }));
      if (support.length > 0) await tx.insert(taskSupportAgencies).values(support);
    }
    await recordAudit(tx, { userId: actor.userId, requestId: actor.requestId }, [
      {
        entityType: 'task',
        entityId: taskId,
        action: 'complete',
        unitId: task.leadAgency.unitId,
        before: { completedOn: null },
        after: { completedOn: input.completedOn, nextTaskId },
      },
    ]);
    return { nextTaskId };
  });
}

/** A leader confirms that a completed task is really done. */
export async function confirmTask(db: Db, clock: Clock, actor: Actor, taskId: number): Promise<void> {
  const task = await loadTask(db, actor, today(clock), taskId);
  if (!canConfirmTask(actor, policyOf(task))) {
    throw task.completedOn
      ? new AppError('forbidden')
      : new AppError('conflict', 'Nhiệm vụ chưa được báo cáo hoàn thành.');
  }
  await db.transaction(async (tx) => {
    await tx
      .update(tasks)
      .set({ completionConfirmedBy: actor.userId, completionConfirmedAt: clock.now() })
      .where(eq(tasks.id, taskId));
    await recordAudit(tx, { userId: actor.userId, requestId: actor.requestId }, [
      { entityType: 'task', entityId: taskId, action: 'confirm_completion', unitId: task.leadAgency.unitId },
    ]);
  });
}
