import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/actor.ts';
import { type Clock, todayIn } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { conferenceConclusions, conferenceParticipants, conferences } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { canEditConference } from '../../policies/conferences.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadConference, lockConference } from './conference-rows.ts';

/**
 * Deletes a conference planned by mistake, with its participants and conclusions. One that award
 * proposals cite or whose conclusions became tasks stays: cancel it instead.
 */
export async function deleteConference(
  db: Db,
  clock: Clock,
  actor: Actor,
  conferenceId: number,
): Promise<void> {
  const current = await loadConference(db, actor, todayIn(clock), conferenceId);
  if (!canEditConference(actor, current)) throw new AppError('forbidden');
  if (current.proposalsTotal > 0 || current.conclusions.tasks > 0) throw inUse();
  await db.transaction(async (tx) => {
    // Proposals and conclusion tasks attach under a lock on this row; counting again once it is
    // held sees any that landed since the check above, instead of failing on a foreign key.
    await lockConference(tx, conferenceId, 'update');
    const [uses] = await queryRows<{ n: number }>(
      tx,
      sql`select (select count(*) from award_proposals where conference_id = ${conferenceId})::int
               + (select count(*) from conference_conclusions
                   where conference_id = ${conferenceId} and task_id is not null)::int as n`,
    );
    if ((uses?.n ?? 0) > 0) throw inUse();
    await tx.delete(conferenceParticipants).where(eq(conferenceParticipants.conferenceId, conferenceId));
    await tx.delete(conferenceConclusions).where(eq(conferenceConclusions.conferenceId, conferenceId));
    await tx.delete(conferences).where(eq(conferences.id, conferenceId));
    const { actions: _a, ...before } = current;
    await recordAudit(tx, { userId: actor.userId, requestId: actor.requestId }, [
      { entityType: 'conference', entityId: conferenceId, action: 'delete', unitId: current.unit.id, before },
    ]);
  });
}

const inUse = () =>
  new AppError(
    'conflict',
    'Hội nghị đã có đề nghị khen thưởng hoặc kết luận đã giao thành nhiệm vụ: không xóa được, hãy chuyển sang "Đã hủy".',
  );
