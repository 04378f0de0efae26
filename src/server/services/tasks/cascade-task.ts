import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/actor.ts';
import { type Clock, todayIn } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { tasks } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { canCascadeTask } from '../../policies/tasks.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadTask } from './task-rows.ts';

/** Breaks a task into one sub-task per chosen agency of the units below the task's unit. */
export async function cascadeTask(
  db: Db,
  clock: Clock,
  actor: Actor,
  taskId: number,
  input: { agencyIds: number[]; dueOn?: string | null },
): Promise<{ created: number }> {
  const today = todayIn(clock);
  const task = await loadTask(db, actor, today, taskId);
  if (
    !canCascadeTask(actor, {
      unitPath: task.unitPath,
      leadAgencyId: task.leadAgency.id,
      completedOn: task.completedOn,
      completionConfirmed: task.completionConfirmed,
    })
  ) {
    throw new AppError('forbidden');
  }
  const dueOn = input.dueOn ?? task.dueOn;
  if (dueOn && task.dueOn && dueOn > task.dueOn) {
    throw new AppError(
      'validation_failed',
      'Hạn của nhiệm vụ cấp dưới không được sau hạn của nhiệm vụ cấp trên.',
    );
  }
  const ids = [...new Set(input.agencyIds)];
  const below = await queryRows<{ id: string; unit_id: string }>(
    db,
    sql`select a.id, a.unit_id from agencies a join units u on u.id = a.unit_id
         where a.id = any(${`{${ids.join(',')}}`}::bigint[]) and u.path <@ ${task.unitPath}::ltree and u.path <> ${task.unitPath}::ltree
           and u.valid_to is null`,
  );
  if (below.length !== ids.length)
    throw new AppError('validation_failed', 'Chỉ giao nhiệm vụ con cho cơ quan của các đơn vị cấp dưới.');
  const [source] = await db.select().from(tasks).where(eq(tasks.id, taskId));
  return db.transaction(async (tx) => {
    const created = await tx
      .insert(tasks)
      .values(
        below.map((a) => ({
          documentId: source!.documentId,
          parentTaskId: taskId,
          unitId: Number(a.unit_id),
          leadAgencyId: Number(a.id),
          title: source!.title,
          spanStart: source!.spanStart,
          spanEnd: source!.spanEnd,
          dueOn,
          recurrence: source!.recurrence,
          createdBy: actor.userId,
        })),
      )
      .returning({ id: tasks.id, unitId: tasks.unitId, leadAgencyId: tasks.leadAgencyId });
    await recordAudit(
      tx,
      { userId: actor.userId, requestId: actor.requestId },
      created.map((c) => ({
        entityType: 'task',
        entityId: c.id,
        action: 'cascade',
        unitId: c.unitId,
        after: { parentTaskId: taskId, leadAgencyId: c.leadAgencyId, dueOn },
      })),
    );
    return { created: created.length };
  });
}
