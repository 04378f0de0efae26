import { sql } from 'drizzle-orm';
import type { TTrainingPopulation } from '../../../shared/schemas/training.ts';
import { TRAINING_GROUPS, type TrainingGroup } from '../../../shared/training-audiences.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { canWriteRegister } from '../../policies/registers.ts';
import { unitInScope } from '../units/unit-in-scope.ts';

/**
 * The share trained of a unit's subtree for a year, per group: read from the maintained roll-ups
 * of the figures the classes and populations determine, so the page and the Chỉ tiêu dashboard
 * can never disagree. Also the unit's own population as entered, for the form.
 */
export async function getTrainingPopulation(
  db: Db,
  actor: Actor,
  query: { unitId: number; year: number },
): Promise<TTrainingPopulation> {
  const unit = await unitInScope(db, actor, query.unitId);
  const own = await queryRows<{ audience: TrainingGroup; persons: number }>(
    db,
    sql`select audience, persons from training_populations where unit_id = ${unit.id} and year = ${query.year}`,
  );
  const totals = await queryRows<{ code: string; category: string; total: number }>(
    db,
    sql`select i.code, r.category, r.total::float8 as total from data_rollups r
          join indicators i on i.id = r.indicator_id
         where r.unit_id = ${unit.id} and r.period_code = ${String(query.year)} and r.contributors > 0
           and i.code in ('QPAN_PHAI_BD', 'QPAN_DA_BD', 'QPAN_SO_LOP', 'QPAN_LUOT_NGUOI')`,
  );
  const total = (code: string, category = '') =>
    totals.find((r) => r.code === code && r.category === category)?.total ?? null;
  return {
    unit: { id: unit.id, name: unit.name },
    year: query.year,
    own: Object.fromEntries(
      TRAINING_GROUPS.map((g) => [g, own.find((p) => p.audience === g)?.persons ?? null]),
    ) as Record<TrainingGroup, number | null>,
    groups: TRAINING_GROUPS.map((audience) => {
      const population = total('QPAN_PHAI_BD', audience);
      const trained = total('QPAN_DA_BD', audience);
      return {
        audience,
        population,
        trained,
        share: population ? (trained ?? 0) / population : null,
      };
    }),
    classes: { done: total('QPAN_SO_LOP') ?? 0, participants: total('QPAN_LUOT_NGUOI') ?? 0 },
    actions: { edit: canWriteRegister(actor, unit) },
  };
}
