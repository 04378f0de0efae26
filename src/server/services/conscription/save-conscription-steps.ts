import { sql } from 'drizzle-orm';
import { vnDate } from '../../../shared/iso-dates.ts';
import type { TSaveConscriptionStepsRequest } from '../../../shared/schemas/conscription.ts';
import type { Actor } from '../../auth/actor.ts';
import { type Clock, todayIn } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { canEnterConscriptionSteps } from '../../policies/conscription.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { unitInScope } from '../units/unit-in-scope.ts';
import { syncStepFigures } from './conscription-figures.ts';
import { selectConscriptionRecords } from './conscription-rows.ts';

const STEP_COLUMNS = [
  'listed17',
  'registered',
  'examined',
  'fit',
  'handedOver',
  'handoverOn',
  'notes',
] as const;

/**
 * Records a unit's step counts for a handover year (the quota is left alone: the level above
 * sets it), with its audit entry and the figures it determines, in one transaction. Recruits are
 * counted as handed over once the handover day has come, never ahead of it.
 */
export async function saveConscriptionSteps(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: TSaveConscriptionStepsRequest,
): Promise<void> {
  const unit = await unitInScope(db, actor, input.unitId);
  if (!canEnterConscriptionSteps(actor, unit))
    throw new AppError('forbidden', 'Bạn chỉ được xem sổ tuyển quân, không được nhập số liệu.');
  if (input.handedOver && input.handoverOn && input.handoverOn > todayIn(clock)) {
    const message = `Ngày giao quân (${vnDate(input.handoverOn)}) chưa đến: chỉ nhập số đã giao quân từ ngày đó.`;
    throw new AppError('validation_failed', message, { issues: [{ path: 'body/handoverOn', message }] });
  }
  await db.transaction(async (tx) => {
    const [previous] = await selectConscriptionRecords(tx, input.year, sql`c.unit_id = ${unit.id}`, {
      lock: true,
    });
    const before = previous ? Object.fromEntries(STEP_COLUMNS.map((c) => [c, previous[c]])) : null;
    const after = Object.fromEntries(STEP_COLUMNS.map((c) => [c, input[c]]));
    if (before && STEP_COLUMNS.every((c) => before[c] === after[c])) return;
    await tx.execute(sql`
      insert into conscription_years (unit_id, year, listed_17, registered, examined, fit, handed_over, handover_on, notes, updated_by)
      values (${unit.id}, ${input.year}, ${input.listed17}, ${input.registered}, ${input.examined}, ${input.fit},
              ${input.handedOver}, ${input.handoverOn}, ${input.notes}, ${actor.userId})
      on conflict (unit_id, year) do update
         set listed_17 = excluded.listed_17, registered = excluded.registered, examined = excluded.examined,
             fit = excluded.fit, handed_over = excluded.handed_over, handover_on = excluded.handover_on,
             notes = excluded.notes, updated_by = excluded.updated_by, updated_at = now()`);
    await recordAudit(tx, { userId: actor.userId, requestId: actor.requestId }, [
      {
        entityType: 'conscription_year',
        entityId: `${unit.id}|${input.year}`,
        action: previous ? 'update' : 'create',
        unitId: unit.id,
        before,
        after,
      },
    ]);
    await syncStepFigures(tx, actor, unit.id, input.year, input);
  });
}
