import type { TCreateTrainingClassRequest } from '../../../shared/schemas/training.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { trainingClasses } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { canWriteRegister } from '../../policies/registers.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { checkOrganiser, checkUnitInForce } from '../registers/register-checks.ts';
import { unitInScope } from '../units/unit-in-scope.ts';
import { classAuditShape, loadTrainingClass, type TrainingClassRow } from './class-rows.ts';

/** Enters a planned QP-AN class of a unit in the actor's subtree (no figure until it is held). */
export async function createTrainingClass(
  db: Db,
  actor: Actor,
  input: TCreateTrainingClassRequest,
): Promise<TrainingClassRow> {
  const unit = await unitInScope(db, actor, input.unitId);
  if (!canWriteRegister(actor, unit)) throw new AppError('forbidden');
  checkUnitInForce(unit, input.startsOn, 'startsOn');
  await checkOrganiser(db, input.organiserAgencyId, unit.path);
  const id = await db.transaction(async (tx) => {
    const values = {
      unitId: unit.id,
      title: input.title,
      audience: input.audience,
      // A note only qualifies "another group"; for đối tượng 1–4 the group says it all.
      audienceNote: input.audience === 'khac' ? input.audienceNote || null : null,
      organiserAgencyId: input.organiserAgencyId ?? null,
      organiserText: input.organiserText || null,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      plannedParticipants: input.plannedParticipants,
      status: 'planned',
      notes: input.notes || null,
      createdBy: actor.userId,
    };
    const [row] = await tx.insert(trainingClasses).values(values).returning({ id: trainingClasses.id });
    await recordAudit(tx, actor, [
      {
        entityType: 'training_class',
        entityId: row!.id,
        action: 'create',
        unitId: unit.id,
        after: classAuditShape(values),
      },
    ]);
    return row!.id;
  });
  return loadTrainingClass(db, actor, id);
}
