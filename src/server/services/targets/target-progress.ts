import { sql } from 'drizzle-orm';
import { type DeterminedBy, isDeterminedBy } from '../../../shared/indicator-catalogue.ts';
import { parsePeriod } from '../../../shared/periods.ts';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { unitInForce } from '../../db/sql-helpers.ts';
import { meetsBounds, readUnitFigures } from '../figures/unit-figures.ts';
import type { TargetRow } from './target-rows.ts';

/** A target with the indicator it measures and where its unit stands against it. */
export interface TargetProgress {
  target: TargetRow;
  indicator: {
    id: number;
    code: string;
    name: string;
    unitOfMeasure: string;
    kind: 'quantity' | 'ratio';
    determinedBy: DeterminedBy | null;
  };
  /** The target unit's figure for the period (a rate in %, as the bounds), null without one. */
  actual: number | null;
  met: boolean | null;
  /** For a target set for each unit of a level: how many such units there are and meet it. */
  perUnit: { total: number; met: number } | null;
}

/**
 * Where each target stands, from the maintained roll-ups (so a register entry moves it the moment
 * it commits). A target for each unit of a level is judged unit by unit over the units of that
 * level under its unit that exist during the period, and is met when every one of them is.
 */
export async function targetProgress(db: DbOrTx, rows: readonly TargetRow[]): Promise<TargetProgress[]> {
  if (rows.length === 0) return [];
  const ids = `{${[...new Set(rows.map((r) => r.indicatorId))].join(',')}}`;
  const indicators = await queryRows<{
    id: string;
    code: string;
    name: string;
    unit_of_measure: string;
    kind: 'quantity' | 'ratio';
    determined_by: string | null;
  }>(
    db,
    // A rate moves with its numerator: "Tỷ lệ xã diễn tập" is the drill register's, whatever
    // counts the communes.
    sql`select i.id, i.code, i.name, i.unit_of_measure, i.kind, coalesce(i.determined_by, n.determined_by) as determined_by
          from indicators i left join indicators n on n.id = i.numerator_id
         where i.id = any(${ids}::bigint[])`,
  );
  const byId = new Map(indicators.map((i) => [Number(i.id), i]));
  const result: TargetProgress[] = [];
  for (const target of rows) {
    const i = byId.get(target.indicatorId)!;
    const period = parsePeriod(target.period);
    const bounds = { min: target.min, max: target.max };
    let actual: number | null = null;
    let perUnit: TargetProgress['perUnit'] = null;
    if (period) {
      const levelUnits =
        target.level === null
          ? []
          : await queryRows<{ id: string }>(
              db,
              sql`select id from units
                   where path <@ ${target.unitPath}::ltree and level = ${target.level}
                     and ${unitInForce(null, period.start, period.end)}`,
            );
      const figureOf = await readUnitFigures(db, {
        indicatorIds: [target.indicatorId],
        unitIds: [target.unitId, ...levelUnits.map((u) => Number(u.id))],
        period,
        // The plain total ('') adds up every group, as the dashboard reads it.
        category: target.category === '' ? undefined : target.category,
      });
      actual = figureOf(target.indicatorId, target.unitId).value;
      if (target.level !== null) {
        perUnit = {
          total: levelUnits.length,
          met: levelUnits.filter(
            (u) => meetsBounds(figureOf(target.indicatorId, Number(u.id)).value, bounds) === true,
          ).length,
        };
      }
    }
    result.push({
      target,
      indicator: {
        id: target.indicatorId,
        code: i.code,
        name: i.name,
        unitOfMeasure: i.unit_of_measure,
        kind: i.kind,
        determinedBy: isDeterminedBy(i.determined_by) ? i.determined_by : null,
      },
      actual,
      met: perUnit ? (perUnit.total > 0 ? perUnit.met === perUnit.total : null) : meetsBounds(actual, bounds),
      perUnit,
    });
  }
  return result;
}
