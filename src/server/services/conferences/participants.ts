import { and, eq, sql } from 'drizzle-orm';
import type { TParticipantRequest } from '../../../shared/schemas/conferences.ts';
import type { Actor } from '../../auth/actor.ts';
import { type Clock, todayIn } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { conferenceParticipants } from '../../db/schema/index.ts';
import { AppError, notFound } from '../../errors.ts';
import { canEditConference } from '../../policies/conferences.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadConference, lockConference } from './conference-rows.ts';

/**
 * Adds a participant: an agency of the conference's unit or of a unit below it (its name is taken
 * from the agency), or a named person such as a delegate of the level above.
 */
export async function addParticipant(
  db: Db,
  clock: Clock,
  actor: Actor,
  conferenceId: number,
  input: TParticipantRequest,
): Promise<{ id: number }> {
  const conference = await loadConference(db, actor, todayIn(clock), conferenceId);
  if (!canEditConference(actor, conference)) throw new AppError('forbidden');
  let name = input.name?.trim() ?? '';
  if (input.agencyId) {
    const [agency] = await queryRows<{ name: string }>(
      db,
      sql`select a.name from agencies a join units u on u.id = a.unit_id
           where a.id = ${input.agencyId} and u.path <@ ${conference.unitPath}::ltree`,
    );
    if (!agency)
      throw new AppError(
        'validation_failed',
        'Cơ quan dự hội nghị phải thuộc đơn vị tổ chức hoặc đơn vị cấp dưới; đại biểu khác hãy nhập tên.',
      );
    name ||= agency.name;
  }
  return db.transaction(async (tx) => {
    await lockConference(tx, conferenceId, 'key share');
    const values = { conferenceId, agencyId: input.agencyId ?? null, name, role: input.role };
    const [row] = await tx
      .insert(conferenceParticipants)
      .values(values)
      .returning({ id: conferenceParticipants.id });
    await recordAudit(tx, { userId: actor.userId, requestId: actor.requestId }, [
      {
        entityType: 'conference_participant',
        entityId: row!.id,
        action: 'create',
        unitId: conference.unit.id,
        after: values,
      },
    ]);
    return { id: row!.id };
  });
}

/** Removes a participant of a conference. */
export async function removeParticipant(
  db: Db,
  clock: Clock,
  actor: Actor,
  conferenceId: number,
  participantId: number,
): Promise<void> {
  const conference = await loadConference(db, actor, todayIn(clock), conferenceId);
  if (!canEditConference(actor, conference)) throw new AppError('forbidden');
  await db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(conferenceParticipants)
      .where(
        and(
          eq(conferenceParticipants.id, participantId),
          eq(conferenceParticipants.conferenceId, conferenceId),
        ),
      )
      .returning();
    if (!removed) throw notFound('Không tìm thấy người dự này trong hội nghị.');
    await recordAudit(tx, { userId: actor.userId, requestId: actor.requestId }, [
      {
        entityType: 'conference_participant',
        entityId: participantId,
        action: 'delete',
        unitId: conference.unit.id,
        before: { name: removed.name, agencyId: removed.agencyId, role: removed.role },
      },
    ]);
  });
}
