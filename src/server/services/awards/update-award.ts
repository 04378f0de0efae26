import { sql } from 'drizzle-orm';
import { awardByCode } from '../../../shared/award-catalogue.ts';
import type { TUpdateAwardRequest } from '../../../shared/schemas/awards.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { awardProposals } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { canEditAward } from '../../policies/awards.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { checkAwardFor, checkConferenceQuota, grantingUnitFor } from './award-checks.ts';
import { resolveEvidence } from './award-evidence.ts';
import { type AwardRow, loadProposal } from './award-rows.ts';

const auditActor = (actor: Actor) => ({ userId: actor.userId, requestId: actor.requestId });

/** A proposal the actor may change: officers and above in scope, while it waits for review. */
async function editableProposal(db: Db, actor: Actor, proposalId: number): Promise<AwardRow> {
  const proposal = await loadProposal(db, actor, proposalId);
  if (actor.role === 'viewer') throw new AppError('forbidden');
  if (
    !canEditAward(actor, { ...proposal, unitId: proposal.unit.id, grantingUnitId: proposal.grantingUnit.id })
  )
    throw new AppError('conflict', 'Đề nghị đã được Hội đồng thi đua xét: không sửa, không rút được nữa.');
  return proposal;
}

/** Changes a proposal that waits for review: the award, the conference, the nominee's details, achievements, evidence. */
export async function updateAward(
  db: Db,
  actor: Actor,
  proposalId: number,
  input: TUpdateAwardRequest,
): Promise<void> {
  const current = await editableProposal(db, actor, proposalId);
  const [unit] = await queryRows<{ level: number }>(
    db,
    sql`select level from units where id = ${current.unit.id}`,
  );
  const proposing = {
    id: current.unit.id,
    name: current.unit.name,
    path: current.unitPath,
    level: unit!.level,
  };
  let grantingUnitId = current.grantingUnit.id;
  if (input.awardCode !== undefined && input.awardCode !== current.award.code) {
    const award = awardByCode(input.awardCode)!;
    checkAwardFor(award, current.nomineeKind);
    grantingUnitId = await grantingUnitFor(db, proposing, award);
  }
  if (current.nomineeKind === 'individual') {
    if (input.nomineePosition === null || input.nomineePosition === '')
      throw new AppError('validation_failed', 'Hãy nhập chức vụ.');
    if (input.nomineeOrganisation === null || input.nomineeOrganisation === '')
      throw new AppError('validation_failed', 'Hãy nhập cơ quan, đơn vị công tác.');
  }
  const evidence =
    input.evidence !== undefined ? await resolveEvidence(db, current.unitPath, input.evidence) : undefined;
  const changes = {
    ...(input.conferenceId !== undefined && { conferenceId: input.conferenceId }),
    ...(input.awardCode !== undefined && { awardCode: input.awardCode, grantingUnitId }),
    ...(input.nomineeName !== undefined && { nomineeName: input.nomineeName }),
    ...(input.nomineePosition !== undefined && { nomineePosition: input.nomineePosition || null }),
    ...(input.nomineeOrganisation !== undefined && {
      nomineeOrganisation: input.nomineeOrganisation || null,
    }),
    ...(input.achievements !== undefined && { achievements: input.achievements }),
    ...(evidence !== undefined && { evidence }),
  };
  await db.transaction(async (tx) => {
    if (input.conferenceId && input.conferenceId !== current.conference?.id)
      await checkConferenceQuota(tx, {
        conferenceId: input.conferenceId,
        actorPath: actor.unitPath,
        proposingPath: current.unitPath,
        kind: current.nomineeKind,
        exceptProposalId: proposalId,
      });
    // Only a proposal still waiting is changed: a review made meanwhile wins.
    const updated = await tx
      .update(awardProposals)
      .set({ ...changes, updatedAt: new Date() })
      .where(sql`${awardProposals.id} = ${proposalId} and ${awardProposals.state} = 'proposed'`)
      .returning({ id: awardProposals.id });
    if (updated.length === 0)
      throw new AppError('conflict', 'Đề nghị đã được Hội đồng thi đua xét: không sửa được nữa.');
    await recordAudit(tx, auditActor(actor), [
      {
        entityType: 'award_proposal',
        entityId: proposalId,
        action: 'update',
        unitId: current.unit.id,
        before: {
          conferenceId: current.conference?.id ?? null,
          awardCode: current.award.code,
          nomineeName: current.nomineeName,
          nomineePosition: current.nomineePosition,
          nomineeOrganisation: current.nomineeOrganisation,
          achievements: current.achievements,
          evidence: current.evidence,
        },
        after: changes,
      },
    ]);
  });
}

/** Withdraws (deletes) a proposal that waits for review. */
export async function withdrawAward(db: Db, actor: Actor, proposalId: number): Promise<void> {
  const current = await editableProposal(db, actor, proposalId);
  await db.transaction(async (tx) => {
    const deleted = await tx
      .delete(awardProposals)
      .where(sql`${awardProposals.id} = ${proposalId} and ${awardProposals.state} = 'proposed'`)
      .returning({ id: awardProposals.id });
    if (deleted.length === 0)
      throw new AppError('conflict', 'Đề nghị đã được Hội đồng thi đua xét: không rút được nữa.');
    const { actions: _a, unitPath: _p, ...before } = current;
    await recordAudit(tx, auditActor(actor), [
      {
        entityType: 'award_proposal',
        entityId: proposalId,
        action: 'withdraw',
        unitId: current.unit.id,
        before,
      },
    ]);
  });
}
