import { sql } from 'drizzle-orm';
import { REPORTING_SET_CATALOGUE } from '../../../shared/indicator-catalogue.ts';
import { TRAINING_GROUPS, type TrainingAudience } from '../../../shared/training-audiences.ts';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import type { AuditActor } from '../audit/record-audit.ts';
import { type ComputedFigure, setComputedFigures } from '../figures/set-computed-figures.ts';
import { lockRegisterUnits } from '../registers/register-locks.ts';

// Half-year reports carry only some figures: follow the reporting set, so the two never drift.
const HALF_YEAR_CODES = new Set(
  REPORTING_SET_CATALOGUE.filter((s) => s.periodType === 'half_year').flatMap((s) => s.indicators),
);

interface HeldClass {
  audience: TrainingAudience;
  starts_on: string;
  actual_participants: number;
}

/**
 * The figures of one period from the classes held in it and the unit's population of the year:
 * classes and participants (every group), persons trained per group, and the persons in scope per
 * group. A group with a population but no class held counts 0 trained, so its share reads 0 %,
 * not "no figure"; a group with neither has no figure at all.
 */
function periodFigures(held: HeldClass[], population: Map<string, number>): ComputedFigure[] {
  const figures: ComputedFigure[] = [
    { code: 'QPAN_SO_LOP', category: '', value: held.length === 0 ? null : held.length },
    {
      code: 'QPAN_LUOT_NGUOI',
      category: '',
      value: held.length === 0 ? null : held.reduce((sum, c) => sum + c.actual_participants, 0),
    },
  ];
  for (const group of TRAINING_GROUPS) {
    const ofGroup = held.filter((c) => c.audience === group);
    const persons = population.get(group) ?? null;
    figures.push({
      code: 'QPAN_DA_BD',
      category: group,
      value:
        ofGroup.length > 0
          ? ofGroup.reduce((sum, c) => sum + c.actual_participants, 0)
          : persons !== null
            ? 0
            : null,
    });
    figures.push({ code: 'QPAN_PHAI_BD', category: group, value: persons });
  }
  return figures;
}

/**
 * Recomputes, in the caller's transaction, the QP-AN figures of a unit for each of `years`: from
 * the classes held (filed under the day they start) and the population it entered for the year.
 * The year and both half-years are written (the population is the same in each half), limited to
 * what the half-year set carries.
 */
export async function refreshTrainingFigures(
  tx: DbOrTx,
  actor: AuditActor,
  unitId: number,
  years: (number | string | null | undefined)[],
): Promise<void> {
  const distinct = [
    ...new Set(years.filter((y) => y !== null && y !== undefined).map((y) => Number(String(y).slice(0, 4)))),
  ].sort();
  if (distinct.length === 0) return;
  // Before counting, so a concurrent write to the same unit's classes is counted, not lost.
  await lockRegisterUnits(tx, 'training', [unitId]);
  for (const year of distinct) {
    const held = await queryRows<HeldClass>(
      tx,
      sql`select audience, starts_on::text as starts_on, actual_participants from training_classes
           where unit_id = ${unitId} and status = 'done'
             and starts_on between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date`,
    );
    const population = new Map(
      (
        await queryRows<{ audience: string; persons: number }>(
          tx,
          sql`select audience, persons from training_populations where unit_id = ${unitId} and year = ${year}`,
        )
      ).map((p) => [p.audience, Number(p.persons)]),
    );
    const inHalf = (half: 1 | 2) => held.filter((c) => Number(c.starts_on.slice(5, 7)) <= 6 === (half === 1));
    await setComputedFigures(tx, actor, unitId, String(year), periodFigures(held, population));
    for (const half of [1, 2] as const)
      await setComputedFigures(
        tx,
        actor,
        unitId,
        `${year}H${half}`,
        periodFigures(inHalf(half), population).filter((f) => HALF_YEAR_CODES.has(f.code)),
      );
  }
}
