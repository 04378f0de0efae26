import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/actor.ts';
import { type Clock, todayIn } from '../../clock.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { conferenceConclusions } from '../../db/schema/index.ts';
import { AppError, notFound } from '../../errors.ts';
import { canEditConference } from '../../policies/conferences.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { type ConferenceRow, loadConference, lockConference } from './conference-rows.ts';

const auditActor = (actor: Actor) => ({ userId: actor.userId, requestId: actor.requestId });

async function editableConference(db: Db, clock: Clock, actor: Actor, conferenceId: number) {
  const conference = await loadConference(db, actor, todayIn(clock), conferenceId);
  if (!canEditConference(actor, conference)) throw new AppError('forbidden');
  return conference;
}

/** One conclusion of the conference, locked for the change being made, else 404. */
export async function lockConclusion(
  tx: DbOrTx,
  conferenceId: number,
  conclusionId: number,
): Promise<{ id: number; position: number; text: string; taskId: number | null }> {
  const [row] = await queryRows<{ id: string; position: number; text: string; task_id: string | null }>(
    tx,
    sql`select id, position, text, task_id from conference_conclusions
         where id = ${conclusionId} and conference_id = ${conferenceId} for update`,
  );
  if (!row) throw notFound('Không tìm thấy kết luận này của hội nghị.');
  return {
    id: Number(row.id),
    position: row.position,
    text: row.text,
    taskId: row.task_id === null ? null : Number(row.task_id),
  };
}

/** Adds a conclusion at the end of the list (or at `position`). */
export async function addConclusion(
  db: Db,
  clock: Clock,
  actor: Actor,
  conferenceId: number,
  input: { text: string; position?: number },
): Promise<{ id: number }> {
  const conference = await editableConference(db, clock, actor, conferenceId);
  return db.transaction(async (tx) => {
    await lockConference(tx, conferenceId, 'key share');
    const [last] = await queryRows<{ max: number | null }>(
      tx,
      sql`select max(position)::int as max from conference_conclusions where conference_id = ${conferenceId}`,
    );
    const position = input.position ?? (last?.max ?? 0) + 1;
    const [row] = await tx
      .insert(conferenceConclusions)
      .values({ conferenceId, position, text: input.text })
      .returning({ id: conferenceConclusions.id });
    await recordAudit(tx, auditActor(actor), [
      {
        entityType: 'conference_conclusion',
        entityId: row!.id,
        action: 'create',
        unitId: conference.unit.id,
        after: { conferenceId, position, text: input.text },
      },
    ]);
    return { id: row!.id };
  });
}

/** Rewords or moves a conclusion; one already given as a task keeps its words (the task quotes them). */
export async function updateConclusion(
  db: Db,
  clock: Clock,
  actor: Actor,
  conferenceId: number,
  conclusionId: number,
  input: { text: string; position?: number },
): Promise<void> {
  const conference = await editableConference(db, clock, actor, conferenceId);
  await db.transaction(async (tx) => {
    const before = await lockConclusion(tx, conferenceId, conclusionId);
    if (before.taskId !== null && before.text !== input.text)
      throw new AppError('conflict', 'Kết luận đã giao thành nhiệm vụ: không sửa được nội dung.');
    const after = { text: input.text, position: input.position ?? before.position };
    await tx
      .update(conferenceConclusions)
      .set(after)
      .where(
        and(eq(conferenceConclusions.id, conclusionId), eq(conferenceConclusions.conferenceId, conferenceId)),
      );
    await recordAudit(tx, auditActor(actor), [
      {
        entityType: 'conference_conclusion',
        entityId: conclusionId,
        action: 'update',
        unitId: conference.unit.id,
        before: { text: before.text, position: before.position },
        after,
      },
    ]);
  });
}

/** Deletes a conclusion that has not become a task. */
export async function deleteConclusion(
  db: Db,
  clock: Clock,
  actor: Actor,
  conferenceId: number,
  conclusionId: number,
): Promise<void> {
  const conference: ConferenceRow = await editableConference(db, clock, actor, conferenceId);
  await db.transaction(async (tx) => {
    const before = await lockConclusion(tx, conferenceId, conclusionId);
    if (before.taskId !== null)
      throw new AppError('conflict', 'Kết luận đã giao thành nhiệm vụ: không xóa được.');
    await tx.delete(conferenceConclusions).where(eq(conferenceConclusions.id, conclusionId));
    await recordAudit(tx, auditActor(actor), [
      {
        entityType: 'conference_conclusion',
        entityId: conclusionId,
        action: 'delete',
        unitId: conference.unit.id,
        before: { conferenceId, text: before.text, position: before.position },
      },
    ]);
  });
}
