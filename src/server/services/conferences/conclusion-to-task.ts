import { eq, sql } from 'drizzle-orm';
import { vnDate } from '../../../shared/iso-dates.ts';
import type { TConclusionTaskRequest } from '../../../shared/schemas/conferences.ts';
import type { Actor } from '../../auth/actor.ts';
import { type Clock, todayIn } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { conferenceConclusions, taskSupportAgencies, tasks } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { canEditConference } from '../../policies/conferences.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { lockConclusion } from './conclusions.ts';
import { loadConference, lockConference, nextPeriodStart } from './conference-rows.ts';

const TITLE_MAX = 300;

/** A task's title from a conclusion: its first sentence, shortened at a word when long. */
function titleOf(text: string): string {
  const first = text
    .split(/(?<=[.;:])\s/u)[0]!
    .replace(/[.;:]$/u, '')
    .trim();
  if (first.length <= TITLE_MAX) return first;
  const cut = first.slice(0, TITLE_MAX);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : TITLE_MAX)} …`;
}

/**
 * Turns a conclusion into a task of the next period: the lead agency (of the conference's unit or
 * a unit below) gets it, due after the reviewed period ends, described by the conclusion's words;
 * the conclusion then points at its task, which is how the task shows the conference as its source.
 */
export async function conclusionToTask(
  db: Db,
  clock: Clock,
  actor: Actor,
  conferenceId: number,
  conclusionId: number,
  input: TConclusionTaskRequest,
): Promise<{ taskId: number }> {
  const conference = await loadConference(db, actor, todayIn(clock), conferenceId);
  if (!canEditConference(actor, conference)) throw new AppError('forbidden');
  const from = nextPeriodStart(conference.periodCode);
  if (input.dueOn < from)
    throw new AppError(
      'validation_failed',
      `Nhiệm vụ từ kết luận hội nghị thuộc kỳ sau: hạn phải từ ngày ${vnDate(from)} trở đi.`,
    );
  const ids = [...new Set([input.leadAgencyId, ...input.supportAgencyIds])];
  const agencies = await queryRows<{ id: string; unit_id: string }>(
    db,
    sql`select a.id, a.unit_id from agencies a join units u on u.id = a.unit_id
         where a.id = any(${`{${ids.join(',')}}`}::bigint[]) and u.path <@ ${conference.unitPath}::ltree
           and u.valid_to is null`,
  );
  const unitOf = new Map(agencies.map((a) => [Number(a.id), Number(a.unit_id)]));
  if (!unitOf.has(input.leadAgencyId) || unitOf.size !== ids.length)
    throw new AppError(
      'validation_failed',
      'Cơ quan chủ trì và phối hợp phải thuộc đơn vị tổ chức hội nghị hoặc đơn vị cấp dưới.',
    );

  return db.transaction(async (tx) => {
    // Ordered against a delete of the conference, which would otherwise drop the new task's source.
    await lockConference(tx, conferenceId, 'key share');
    const conclusion = await lockConclusion(tx, conferenceId, conclusionId);
    if (conclusion.taskId !== null)
      throw new AppError('conflict', 'Kết luận này đã được giao thành nhiệm vụ.');
    const title = input.title ?? titleOf(conclusion.text);
    const unitId = unitOf.get(input.leadAgencyId)!;
    const [task] = await tx
      .insert(tasks)
      .values({
        documentId: null,
        unitId,
        leadAgencyId: input.leadAgencyId,
        title,
        description: conclusion.text,
        dueOn: input.dueOn,
        recurrence: 'once',
        createdBy: actor.userId,
      })
      .returning({ id: tasks.id });
    const support = ids.filter((id) => id !== input.leadAgencyId);
    if (support.length > 0)
      await tx
        .insert(taskSupportAgencies)
        .values(support.map((agencyId) => ({ taskId: task!.id, agencyId })));
    await tx
      .update(conferenceConclusions)
      .set({ taskId: task!.id })
      .where(eq(conferenceConclusions.id, conclusionId));
    await recordAudit(tx, { userId: actor.userId, requestId: actor.requestId }, [
      {
        entityType: 'task',
        entityId: task!.id,
        action: 'create',
        unitId,
        after: {
          conferenceId,
          conclusionId,
          title,
          leadAgencyId: input.leadAgencyId,
          supportAgencyIds: support,
          dueOn: input.dueOn,
        },
      },
      {
        entityType: 'conference_conclusion',
        entityId: conclusionId,
        action: 'assign',
        unitId: conference.unit.id,
        before: { taskId: null },
        after: { taskId: task!.id },
      },
    ]);
    return { taskId: task!.id };
  });
}
