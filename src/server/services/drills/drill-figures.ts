import { sql } from 'drizzle-orm';
import { type DrillKind, drillFamily } from '../../../shared/drill-kinds.ts';
import { REPORTING_SET_CATALOGUE } from '../../../shared/indicator-catalogue.ts';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import type { AuditActor } from '../audit/record-audit.ts';
import { type ComputedFigure, setComputedFigures } from '../figures/set-computed-figures.ts';
import { syncCommuneCounts } from '../figures/sync-commune-counts.ts';
import { lockRegisterUnits } from '../registers/register-locks.ts';

const COMMUNE_LEVEL = 3;

/** The figures of the drill register, and how each counts the held drills of a unit in a period. */
const DRILL_FIGURES: { code: string; value: (kinds: DrillKind[], level: number) => number | null }[] = [
  {
    code: 'DT_XA_DA_DIEN_TAP',
    // A commune counts once however many combat drills it held: the numerator of "Tỷ lệ xã diễn tập".
    value: (kinds, level) => (level === COMMUNE_LEVEL && kinds.some((k) => k === 'chien_dau_xa') ? 1 : null),
  },
  { code: 'DT_KVPT_SO_CUOC', value: (kinds) => count(kinds, 'kvpt') },
  { code: 'DT_CDPT_SO_CUOC', value: (kinds) => count(kinds, 'chien_dau') },
  { code: 'DT_PTDS_SO_CUOC', value: (kinds) => count(kinds, 'ptds') },
];

function count(kinds: DrillKind[], family: ReturnType<typeof drillFamily>): number | null {
  const n = kinds.filter((k) => drillFamily(k) === family).length;
  // No held drill leaves no figure rather than a typed-looking zero.
  return n === 0 ? null : n;
}

// Half-year reports carry only some of these figures: follow the reporting set, so the two never drift.
const HALF_YEAR_CODES = new Set(
  REPORTING_SET_CATALOGUE.filter((s) => s.periodType === 'half_year').flatMap((s) => s.indicators),
);

/**
 * Recomputes, in the caller's transaction, the figures a unit's held drills determine for every
 * year in which `dates` fall (the dates a change touched, before and after): the year's figures,
 * and each half-year's where the half-year set carries the figure. A drill is filed under the day
 * it started. The number of communes (the share's denominator) is brought up to date for the same
 * periods, so "Tỷ lệ xã diễn tập" has both its terms.
 */
export async function refreshDrillFigures(
  tx: DbOrTx,
  actor: AuditActor,
  unitId: number,
  dates: (string | null | undefined)[],
): Promise<void> {
  const years = [...new Set(dates.filter((d): d is string => !!d).map((d) => Number(d.slice(0, 4))))].sort();
  if (years.length === 0) return;
  // Before counting, so a concurrent write to the same unit's drills is counted, not lost.
  await lockRegisterUnits(tx, 'drills', [unitId]);
  const [unit] = await queryRows<{ level: number }>(tx, sql`select level from units where id = ${unitId}`);
  const level = Number(unit?.level);
  for (const year of years) {
    const held = await queryRows<{ kind: DrillKind; actual_from: string }>(
      tx,
      sql`select kind, actual_from::text as actual_from from drills
           where unit_id = ${unitId} and status = 'done'
             and actual_from between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date`,
    );
    const periods: { code: string; kinds: DrillKind[]; only?: Set<string> }[] = [
      { code: String(year), kinds: held.map((h) => h.kind) },
      ...[1, 2].map((half) => ({
        code: `${year}H${half}`,
        kinds: held.filter((h) => Number(h.actual_from.slice(5, 7)) <= 6 === (half === 1)).map((h) => h.kind),
        only: HALF_YEAR_CODES,
      })),
    ];
    for (const period of periods) {
      const figures: ComputedFigure[] = DRILL_FIGURES.filter(
        (f) => !period.only || period.only.has(f.code),
      ).map((f) => ({ code: f.code, category: '', value: f.value(period.kinds, level) }));
      await setComputedFigures(tx, actor, unitId, period.code, figures);
      if (level === COMMUNE_LEVEL)
        // The unit tree determines the count, not this user: written as the system, traced to the request.
        await syncCommuneCounts(tx, { userId: null, requestId: actor.requestId }, period.code);
    }
  }
}
