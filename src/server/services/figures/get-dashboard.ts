import { sql } from 'drizzle-orm';
import { parsePeriod } from '../../../shared/periods.ts';
import type { TDashboard, TDashboardQuery } from '../../../shared/schemas/figures.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { unitInForce } from '../../db/sql-helpers.ts';
import { AppError, notFound } from '../../errors.ts';
import { ratioPercent, rollupPeriodCodes } from './unit-figures.ts';

interface IndicatorRow {
  id: string;
  code: string;
  name: string;
  kind: 'quantity' | 'ratio';
  unit_of_measure: string;
  group_code: string;
  aggregation: 'sum' | 'max' | 'latest';
  numerator_id: string | null;
  denominator_id: string | null;
}

type Bounds = { min: number | null; max: number | null };

// A unit without figures is not known to be below its target: the page says "no figures" instead.
function isBelow(value: number | null, target: Bounds | null): boolean {
  if (!target || target.min === null || value === null) return false;
  return value < target.min;
}

/**
 * Each indicator for a unit and period — read from the maintained roll-ups, so it is current the
 * moment a figure commits — against its target, with every direct sub-unit and whether it is below
 * its own target. Ratios are Σ numerators ÷ Σ denominators (in %).
 */
export async function getDashboard(db: Db, actor: Actor, query: TDashboardQuery): Promise<TDashboard> {
  const period = parsePeriod(query.period);
  if (!period) throw new AppError('validation_failed', 'Kỳ báo cáo không hợp lệ.');
  const [unit] = await queryRows<{ id: string; name: string; level: number }>(
    db,
    sql`select id, name, level from units where id = ${query.unitId} and path <@ ${actor.unitPath}::ltree`,
  );
  if (!unit) throw notFound('Không tìm thấy đơn vị này hoặc bạn không có quyền xem.');
  const children = await queryRows<{ id: string; name: string; level: number }>(
    db,
    sql`select id, name, level from units
         where parent_id = ${query.unitId}
           and ${unitInForce(null, period.start, period.end)}
         order by name`,
  );
  const indicatorRows = await queryRows<IndicatorRow>(
    db,
    query.setId
      ? sql`select i.* from indicators i where i.id in (
              select indicator_id from reporting_set_indicators where set_id = ${query.setId})
              or (i.kind = 'ratio' and i.numerator_id in (select indicator_id from reporting_set_indicators where set_id = ${query.setId})
                  and i.denominator_id in (select indicator_id from reporting_set_indicators where set_id = ${query.setId}))
            order by i.group_code, i.id`
      : sql`select i.* from indicators i order by i.group_code, i.id`,
  );
  const unitIds = [Number(unit.id), ...children.map((c) => Number(c.id))];
  const idList = `{${unitIds.join(',')}}`;
  // One read of the maintained totals; disaggregated figures add up into their indicator's total.
  // A multi-year term (sơ kết, tổng kết) adds up its years; other periods are read as entered.
  const codes = rollupPeriodCodes(period);
  const rollups = await queryRows<{
    indicator_id: string;
    unit_id: string;
    total: number;
    maximum: number | null;
  }>(
    db,
    sql`select indicator_id, unit_id, sum(total)::float8 as total, max(maximum)::float8 as maximum from data_rollups
         where period_code = any(${`{${codes.join(',')}}`}::text[]) and unit_id = any(${idList}::bigint[])
           and contributors > 0
         group by indicator_id, unit_id`,
  );
  const totals = new Map<string, { total: number; maximum: number | null }>();
  for (const r of rollups)
    totals.set(`${r.indicator_id}|${r.unit_id}`, { total: r.total, maximum: r.maximum });
  const targets = await queryRows<{
    indicator_id: string;
    unit_id: string;
    level: number | null;
    min: number | null;
    max: number | null;
  }>(
    db,
    sql`select indicator_id, unit_id, level, min_value::float8 as min, max_value::float8 as max from targets
         where period_code = ${period.code} and category = ''
           and (unit_id = any(${idList}::bigint[])
                or (level is not null and unit_id in (select a.id from units a where a.path @> (select path from units where id = ${query.unitId}))))`,
  );
  const targetFor = (indicatorId: string, unitId: number, level: number): Bounds | null => {
    const own = targets.find(
      (t) => t.indicator_id === indicatorId && Number(t.unit_id) === unitId && t.level === null,
    );
    const byLevel = targets.find((t) => t.indicator_id === indicatorId && t.level === level);
    const found = own ?? byLevel;
    return found ? { min: found.min, max: found.max } : null;
  };
  const byId = new Map(indicatorRows.map((i) => [i.id, i]));
  const quantity = (indicatorId: string, unitId: number): number | null => {
    const t = totals.get(`${indicatorId}|${unitId}`);
    if (!t) return null;
    return byId.get(indicatorId)?.aggregation === 'max' ? t.maximum : t.total;
  };
  const figure = (i: IndicatorRow, unitId: number) => {
    if (i.kind === 'quantity') return { value: quantity(i.id, unitId), numerator: null, denominator: null };
    const numerator = quantity(i.numerator_id!, unitId);
    const denominator = quantity(i.denominator_id!, unitId);
    return { value: ratioPercent(numerator, denominator), numerator, denominator };
  };
  return {
    unit: { id: Number(unit.id), name: unit.name },
    period: { code: period.code, start: period.start, end: period.end },
    indicators: indicatorRows.map((i) => {
      const own = figure(i, Number(unit.id));
      const target = targetFor(i.id, Number(unit.id), unit.level);
      return {
        indicatorId: Number(i.id),
        code: i.code,
        name: i.name,
        kind: i.kind,
        unitOfMeasure: i.unit_of_measure,
        group: i.group_code,
        ...own,
        target,
        belowTarget: isBelow(own.value, target),
        children: children.map((c) => {
          const value = figure(i, Number(c.id)).value;
          const childTarget = targetFor(i.id, Number(c.id), c.level);
          return {
            unitId: Number(c.id),
            unitName: c.name,
            value,
            target: childTarget,
            belowTarget: isBelow(value, childTarget),
          };
        }),
      };
    }),
  };
}
