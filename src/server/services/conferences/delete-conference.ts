import { eq } from 'drizzle-orm';
import type { Actor } from '../../auth/actor.ts';
import { type Clock, todayIn } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import { conferenceConclusions, conferenceParticipants, conferences } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { canEditConference } from '../../policies/conferences.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadConference } from './conference-rows.ts';

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
  if (current.proposalsTotal > 0 || current.conclusions.tasks > 0)
    throw new AppError(
      'conflict',
      'Hội nghị đã có đề nghị khen thưởng hoặc kết luận đã giao thành nhiệm vụ: không xóa được, hãy chuyển sang "Đã hủy".',
    );
  await db.transaction(async (tx) => {
    await tx.delete(conferenceParticipants).where(eq(conferenceParticipants.conferenceId, conferenceId));
    await tx.delete(conferenceConclusions).where(eq(conferenceConclusions.conferenceId, conferenceId));
    await tx.delete(conferences).where(eq(conferences.id, conferenceId));
    const { actions: _a, ...before } = current;
    await recordAudit(tx, { userId: actor.userId, requestId: actor.requestId }, [
      { entityType: 'conference', entityId: conferenceId, action: 'delete', unitId: current.unit.id, before },
    ]);
  });
}
