import { sql } from 'drizzle-orm';
import type { TSaveTrainingPopulationRequest } from '../../../shared/schemas/training.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { AppError } from '../../errors.ts';
import { canWriteRegister } from '../../policies/registers.ts';
import { type AuditInput, recordAudit } from '../audit/record-audit.ts';
import { unitInScope } from '../units/unit-in-scope.ts';
import { refreshTrainingFigures } from './training-figures.ts';

/**
 * Saves how many persons of each group a unit must have trained in a year (null clears a group),
 * and recomputes the QP-AN figures of that year with it, all in one transaction.
 */
export async function saveTrainingPopulation(
  db: Db,
  actor: Actor,
  input: TSaveTrainingPopulationRequest,
): Promise<{ changed: number }> {
  const unit = await unitInScope(db, actor, input.unitId);
  if (!canWriteRegister(actor, unit)) throw new AppError('forbidden');
  const start = `${input.year}-01-01`;
  const end = `${input.year}-12-31`;
  if ((unit.validFrom !== null && unit.validFrom > end) || (unit.validTo !== null && unit.validTo < start))
    throw new AppError('validation_failed', `${unit.name} không tồn tại trong năm ${input.year}.`);
  return db.transaction(async (tx) => {
    const current = new Map(
      (
        await queryRows<{ audience: string; persons: number }>(
          tx,
          sql`select audience, persons from training_populations
               where unit_id = ${unit.id} and year = ${input.year} for update`,
        )
      ).map((r) => [r.audience, Number(r.persons)]),
    );
    const audit: AuditInput[] = [];
    for (const item of input.items) {
      const before = current.get(item.audience) ?? null;
      if (before === item.persons) continue;
      if (item.persons === null) {
        await tx.execute(sql`delete from training_populations
                              where unit_id = ${unit.id} and year = ${input.year} and audience = ${item.audience}`);
      } else {
        await tx.execute(sql`
          insert into training_populations (unit_id, year, audience, persons, updated_by)
          values (${unit.id}, ${input.year}, ${item.audience}, ${item.persons}, ${actor.userId})
          on conflict (unit_id, year, audience) do update
             set persons = excluded.persons, updated_by = excluded.updated_by, updated_at = now()`);
      }
      audit.push({
        entityType: 'training_population',
        entityId: `${unit.id}|${input.year}|${item.audience}`,
        action: before === null ? 'create' : item.persons === null ? 'delete' : 'update',
        unitId: unit.id,
        before: before === null ? null : { persons: before },
        after: item.persons === null ? null : { persons: item.persons },
      });
    }
    if (audit.length > 0) {
      await refreshTrainingFigures(tx, actor, unit.id, [input.year]);
      await recordAudit(tx, actor, audit);
    }
    return { changed: audit.length };
  });
}
