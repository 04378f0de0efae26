import type { TCreateConferenceRequest } from '../../../shared/schemas/conferences.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { conferences } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { canEditConference } from '../../policies/conferences.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { unitInScope } from '../units/unit-in-scope.ts';
import { checkConferenceReport } from './conference-checks.ts';

/** Plans a review conference for a unit of the actor's subtree. */
export async function createConference(
  db: Db,
  actor: Actor,
  input: TCreateConferenceRequest,
): Promise<{ id: number }> {
  const unit = await unitInScope(db, actor, input.unitId);
  if (!canEditConference(actor, { unitPath: unit.path })) throw new AppError('forbidden');
  if (unit.validTo !== null)
    throw new AppError(
      'validation_failed',
      `${unit.name} đã sáp nhập: hãy tổ chức hội nghị ở đơn vị kế thừa.`,
    );
  if (input.reportId) await checkConferenceReport(db, unit.id, input.reportId);
  return db.transaction(async (tx) => {
    const values = {
      unitId: unit.id,
      kind: input.kind,
      title: input.title,
      periodCode: input.periodCode,
      reportId: input.reportId ?? null,
      dueOn: input.dueOn ?? null,
      duration: input.duration || null,
      chair: input.chair || null,
      location: input.location || null,
      awardQuotaCollective: input.awardQuotaCollective ?? null,
      awardQuotaIndividual: input.awardQuotaIndividual ?? null,
      createdBy: actor.userId,
    };
    const [row] = await tx.insert(conferences).values(values).returning({ id: conferences.id });
    await recordAudit(tx, { userId: actor.userId, requestId: actor.requestId }, [
      {
        entityType: 'conference',
        entityId: row!.id,
        action: 'create',
        unitId: unit.id,
        after: { ...values, createdBy: undefined },
      },
    ]);
    return { id: row!.id };
  });
}
