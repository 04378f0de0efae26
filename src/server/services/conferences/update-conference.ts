import { eq, sql } from 'drizzle-orm';
import type { TUpdateConferenceRequest } from '../../../shared/schemas/conferences.ts';
import type { Actor } from '../../auth/actor.ts';
import { type Clock, todayIn } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { conferences } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { canEditConference } from '../../policies/conferences.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { checkConferenceDates, checkConferenceReport } from './conference-checks.ts';
import { loadConference, lockConference } from './conference-rows.ts';

/**
 * Changes a conference: its details, its report, its award quotas, and its status (marking it
 * held with the day it was held). A quota cannot drop below the proposals already attached.
 */
export async function updateConference(
  db: Db,
  clock: Clock,
  actor: Actor,
  conferenceId: number,
  input: TUpdateConferenceRequest,
): Promise<void> {
  const today = todayIn(clock);
  const current = await loadConference(db, actor, today, conferenceId);
  if (!canEditConference(actor, current)) throw new AppError('forbidden');
  const status = input.status ?? current.status;
  // Going back to planned (or cancelling) forgets the day it was held unless one is given.
  const heldOn = input.heldOn !== undefined ? input.heldOn : status === 'held' ? current.heldOn : null;
  checkConferenceDates({ status, heldOn, today });
  if (input.reportId) await checkConferenceReport(db, current.unit.id, input.reportId);

  const changes = {
    ...(input.kind !== undefined && { kind: input.kind }),
    ...(input.title !== undefined && { title: input.title }),
    ...(input.periodCode !== undefined && { periodCode: input.periodCode }),
    ...(input.dueOn !== undefined && { dueOn: input.dueOn }),
    ...(input.duration !== undefined && { duration: input.duration || null }),
    ...(input.chair !== undefined && { chair: input.chair || null }),
    ...(input.location !== undefined && { location: input.location || null }),
    ...(input.reportId !== undefined && { reportId: input.reportId }),
    ...(input.awardQuotaCollective !== undefined && { awardQuotaCollective: input.awardQuotaCollective }),
    ...(input.awardQuotaIndividual !== undefined && { awardQuotaIndividual: input.awardQuotaIndividual }),
    status,
    heldOn,
  };
  await db.transaction(async (tx) => {
    // The row lock orders this change against proposals being attached at the same time. The
    // count is its own statement so that its snapshot, taken after the lock is granted, includes
    // the proposals committed while this waited.
    await lockConference(tx, conferenceId, 'update');
    const [counts] = await queryRows<{ collective: number; individual: number }>(
      tx,
      sql`select count(*) filter (where nominee_kind = 'collective')::int as collective,
                 count(*) filter (where nominee_kind = 'individual')::int as individual
            from award_proposals where conference_id = ${conferenceId} and state <> 'rejected'`,
    );
    for (const [quota, used, label] of [
      [changes.awardQuotaCollective, counts!.collective, 'tập thể'],
      [changes.awardQuotaIndividual, counts!.individual, 'cá nhân'],
    ] as const) {
      if (quota !== undefined && quota !== null && quota < used)
        throw new AppError(
          'conflict',
          `Hội nghị đã có ${used} đề nghị khen thưởng ${label}: chỉ tiêu không được thấp hơn số này.`,
        );
    }
    await tx
      .update(conferences)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(conferences.id, conferenceId));
    await recordAudit(tx, { userId: actor.userId, requestId: actor.requestId }, [
      {
        entityType: 'conference',
        entityId: conferenceId,
        action: status !== current.status && status === 'held' ? 'hold' : 'update',
        unitId: current.unit.id,
        before: Object.fromEntries(
          Object.keys(changes).map((k) => [k, beforeValue(current, k as keyof typeof changes)]),
        ),
        after: changes,
      },
    ]);
  });
}

function beforeValue(
  current: Awaited<ReturnType<typeof loadConference>>,
  key: string,
): string | number | null {
  switch (key) {
    case 'reportId':
      return current.report?.id ?? null;
    case 'awardQuotaCollective':
      return current.awards.quotaCollective;
    case 'awardQuotaIndividual':
      return current.awards.quotaIndividual;
    default:
      return (current as unknown as Record<string, string | number | null>)[key] ?? null;
  }
}
