import { sql } from 'drizzle-orm';
import type { TTask } from '../../../shared/schemas/tasks.ts';
import type { Actor } from '../../auth/actor.ts';
import type { DbOrTx } from '../../db/client.ts';
import { type TargetProgress, targetProgress } from '../targets/target-progress.ts';
import { selectTargets } from '../targets/target-rows.ts';
import { loadTask } from './task-rows.ts';

/**
 * One task the actor may see (else 404) with the targets tied to it that lie in the actor's
 * scope, each with where it stands now.
 */
export async function getTask(
  db: DbOrTx,
  actor: Actor,
  today: string,
  taskId: number,
): Promise<{ task: TTask; targets: TargetProgress[] }> {
  const { unitPath: _path, ...task } = await loadTask(db, actor, today, taskId);
  const rows = await selectTargets(db, actor.unitPath, sql`t.source_task_id = ${taskId}`);
  return { task, targets: await targetProgress(db, rows) };
}
