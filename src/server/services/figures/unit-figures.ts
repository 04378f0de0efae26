import { sql } from 'drizzle-orm';
import type { Period } from '../../../shared/periods.ts';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';

/** A unit's figure of an indicator: a rate (in %) keeps its numerator and denominator beside it. */
export interface UnitFigure {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/** A target's bounds (a rate's in %). */
export interface FigureBounds {
  min: number | null;
  max: number | null;
}

/**
 * The period codes whose roll-ups make up `period`: a multi-year term (sơ kết, tổng kết) adds up
 * its years; any other period is read as entered.
 */
export function rollupPeriodCodes(period: Period): string[] {
  if (period.type !== 'term') return [period.code];
  const first = Number(period.start.slice(0, 4));
  const last = Number(period.end.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
}

/** A rate in % to two decimals, Σ numerators ÷ Σ denominators; null without a denominator. */
export function ratioPercent(numerator: number | null, denominator: number | null): number | null {
  return numerator !== null && denominator ? Math.round((numerator / denominator) * 10000) / 100 : null;
}

/**
 * Whether a figure lies within a target's bounds, as the figures pages judge it (a figure above
 * the maximum does not meet it either); null when there is no figure to judge.
 */
export function meetsBounds(value: number | null, bounds: FigureBounds): boolean | null {
  if (value === null) return null;
  if (bounds.min !== null && value < bounds.min) return false;
  if (bounds.max !== null && value > bounds.max) return false;
  return true;
}

/**
 * The figures of some indicators for some units over a period, read from the maintained roll-ups,
 * so they are current the moment a figure (or a register entry) commits and equal what the
 * dashboard shows. Without `category` the disaggregated figures add up into their indicator's
 * total, as on the dashboard; with it only that category counts. Two queries whatever the number
 * of indicators and units.
 */
export async function readUnitFigures(
  db: DbOrTx,
  query: {
    indicatorIds: readonly number[];
    unitIds: readonly number[];
    period: Period;
    category?: string;
  },
): Promise<(indicatorId: number, unitId: number) => UnitFigure> {
  const idArray = (ids: Iterable<number>) => `{${[...new Set(ids)].join(',')}}`;
  // The indicators with the parts of their ratios, each to be read by its own aggregation.
  const indicators =
    query.indicatorIds.length === 0
      ? []
      : await queryRows<{
          id: string;
          kind: 'quantity' | 'ratio';
          aggregation: string;
          numerator_id: string | null;
          denominator_id: string | null;
        }>(
          db,
          sql`select id, kind, aggregation, numerator_id, denominator_id from indicators
               where id = any(${idArray(query.indicatorIds)}::bigint[])
                  or id in (select unnest(array[numerator_id, denominator_id]) from indicators
                             where id = any(${idArray(query.indicatorIds)}::bigint[]) and kind = 'ratio')`,
        );
  // Keyed by text: bigint columns come back as strings from one driver and numbers from the other.
  const byId = new Map(indicators.map((i) => [String(i.id), i]));
  const quantityIds = indicators.filter((i) => i.kind === 'quantity').map((i) => Number(i.id));
  const rows =
    quantityIds.length === 0 || query.unitIds.length === 0
      ? []
      : await queryRows<{ indicator_id: string; unit_id: string; total: number; maximum: number | null }>(
          db,
          sql`select indicator_id, unit_id, sum(total)::float8 as total, max(maximum)::float8 as maximum
                from data_rollups
               where period_code = any(${`{${rollupPeriodCodes(query.period).join(',')}}`}::text[])
                 and unit_id = any(${idArray(query.unitIds)}::bigint[])
                 and indicator_id = any(${idArray(quantityIds)}::bigint[])
                 and contributors > 0
                 ${query.category === undefined ? sql`` : sql`and category = ${query.category}`}
               group by indicator_id, unit_id`,
        );
  const totals = new Map(rows.map((r) => [`${r.indicator_id}|${r.unit_id}`, r]));
  const quantity = (indicatorId: string, unitId: number): number | null => {
    const t = totals.get(`${indicatorId}|${unitId}`);
    if (!t) return null;
    return byId.get(indicatorId)?.aggregation === 'max' ? t.maximum : t.total;
  };
  return (indicatorId, unitId) => {
    const indicator = byId.get(String(indicatorId));
    if (!indicator) return { value: null, numerator: null, denominator: null };
    if (indicator.kind === 'quantity') {
      return { value: quantity(String(indicator.id), unitId), numerator: null, denominator: null };
    }
    const numerator = quantity(String(indicator.numerator_id), unitId);
    const denominator = quantity(String(indicator.denominator_id), unitId);
    return { value: ratioPercent(numerator, denominator), numerator, denominator };
  };
}
