import { sql } from 'drizzle-orm';
import { awardByCode } from '../../../shared/award-catalogue.ts';
import type { TProposeAwardRequest } from '../../../shared/schemas/awards.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { awardProposals } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { canProposeAward } from '../../policies/awards.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { unitInScope } from '../units/unit-in-scope.ts';
import { checkAwardFor, checkConferenceQuota, grantingUnitFor } from './award-checks.ts';
import { resolveEvidence } from './award-evidence.ts';

/** The collective's name (and the unit it belongs to) from its agency or unit under `path`. */
async function collectiveNominee(
  db: DbOrTx,
  path: string,
  input: TProposeAwardRequest,
): Promise<{ name: string; organisation: string | null }> {
  const [row] = input.nomineeAgencyId
    ? await queryRows<{ name: string; organisation: string | null }>(
        db,
        sql`select a.name, u.name as organisation from agencies a join units u on u.id = a.unit_id
             where a.id = ${input.nomineeAgencyId} and u.path <@ ${path}::ltree`,
      )
    : await queryRows<{ name: string; organisation: string | null }>(
        db,
        sql`select name, null as organisation from units where id = ${input.nomineeUnitId} and path <@ ${path}::ltree`,
      );
  if (!row)
    throw new AppError(
      'validation_failed',
      'Tập thể được đề nghị phải là cơ quan hoặc đơn vị thuộc đơn vị đề nghị (hoặc cấp dưới).',
    );
  return row;
}

/**
 * Nominates a collective or a person for an award on behalf of a unit of the actor's subtree.
 * The level that will decide is fixed now from the catalogue; the evidence is checked and
 * labelled from the registers; a conference's quota is enforced under its row lock.
 */
export async function proposeAward(
  db: Db,
  actor: Actor,
  input: TProposeAwardRequest,
): Promise<{ id: number }> {
  const unit = await unitInScope(db, actor, input.unitId ?? actor.unitId);
  if (!canProposeAward(actor, unit)) throw new AppError('forbidden');
  if (unit.validTo !== null)
    throw new AppError('validation_failed', `${unit.name} đã sáp nhập: hãy đề nghị từ đơn vị kế thừa.`);
  const award = awardByCode(input.awardCode)!;
  checkAwardFor(award, input.nomineeKind);
  const grantingUnitId = await grantingUnitFor(db, unit, award);
  const nominee =
    input.nomineeKind === 'collective'
      ? await collectiveNominee(db, unit.path, input)
      : { name: input.nomineeName!, organisation: input.nomineeOrganisation ?? null };
  const evidence = await resolveEvidence(db, unit.path, input.evidence);

  return db.transaction(async (tx) => {
    if (input.conferenceId)
      await checkConferenceQuota(tx, {
        conferenceId: input.conferenceId,
        actorPath: actor.unitPath,
        proposingPath: unit.path,
        kind: input.nomineeKind,
        exceptProposalId: null,
      });
    const values = {
      unitId: unit.id,
      conferenceId: input.conferenceId ?? null,
      nomineeKind: input.nomineeKind,
      nomineeAgencyId: input.nomineeAgencyId ?? null,
      nomineeUnitId: input.nomineeUnitId ?? null,
      nomineeName: input.nomineeKind === 'collective' ? input.nomineeName || nominee.name : nominee.name,
      nomineePosition: input.nomineePosition || null,
      nomineeOrganisation: input.nomineeOrganisation || nominee.organisation,
      awardCode: award.code,
      grantingUnitId,
      achievements: input.achievements,
      evidence,
      state: 'proposed',
      createdBy: actor.userId,
    };
    const [row] = await tx.insert(awardProposals).values(values).returning({ id: awardProposals.id });
    await recordAudit(tx, { userId: actor.userId, requestId: actor.requestId }, [
      {
        entityType: 'award_proposal',
        entityId: row!.id,
        action: 'propose',
        unitId: unit.id,
        after: { ...values, createdBy: undefined },
      },
    ]);
    return { id: row!.id };
  });
}
