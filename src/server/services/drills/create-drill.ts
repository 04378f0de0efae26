import type { TCreateDrillRequest } from '../../../shared/schemas/drills.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { drills } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { canWriteRegister } from '../../policies/registers.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { checkOrganiser } from '../registers/register-checks.ts';
import { unitInScope } from '../units/unit-in-scope.ts';
import { checkDrillPlacement } from './check-drill-placement.ts';
import { type DrillRow, drillAuditShape, loadDrill } from './drill-rows.ts';

/** Enters a planned drill for a unit of the actor's subtree (it determines no figure until held). */
export async function createDrill(db: Db, actor: Actor, input: TCreateDrillRequest): Promise<DrillRow> {
  const unit = await unitInScope(db, actor, input.unitId);
  if (!canWriteRegister(actor, unit)) throw new AppError('forbidden');
  checkDrillPlacement(input.kind, unit, input.plannedFrom, 'plannedFrom');
  await checkOrganiser(db, input.organiserAgencyId, unit.path);
  const id = await db.transaction(async (tx) => {
    const values = {
      unitId: unit.id,
      kind: input.kind,
      title: input.title,
      plannedFrom: input.plannedFrom,
      plannedTo: input.plannedTo,
      organiserAgencyId: input.organiserAgencyId ?? null,
      organiserText: input.organiserText || null,
      participants: input.participants ?? [],
      notes: input.notes || null,
      status: 'planned',
      createdBy: actor.userId,
    };
    const [row] = await tx.insert(drills).values(values).returning({ id: drills.id });
    await recordAudit(tx, actor, [
      {
        entityType: 'drill',
        entityId: row!.id,
        action: 'create',
        unitId: unit.id,
        after: drillAuditShape(values),
      },
    ]);
    return row!.id;
  });
  return loadDrill(db, actor, id);
}
