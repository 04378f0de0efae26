import { sql } from 'drizzle-orm';
import {
  type DeterminedBy,
  DISAGGREGATIONS,
  type Disaggregation,
  isDeterminedBy,
} from '../../../shared/indicator-catalogue.ts';
import { addDays } from '../../../shared/iso-dates.ts';
import { cutoffWindow, type Period, parsePeriod } from '../../../shared/periods.ts';
import type { Actor } from '../../auth/actor.ts';
import { type Clock, todayIn } from '../../clock.ts';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { AppError, notFound } from '../../errors.ts';

/** A quantity indicator of a reporting set, as the grid and the save need it. */
export interface SetIndicator {
  id: number;
  code: string;
  name: string;
  unitOfMeasure: string;
  isInteger: boolean;
  aggregation: 'sum' | 'max' | 'latest';
  /** The register that computes it (never typed), or null when people enter it. */
  determinedBy: DeterminedBy | null;
  categories: { code: string; name: string }[];
}

/** Everything a data-entry request is checked against. */
export interface EntryContext {
  unit: { id: number; name: string; path: string };
  set: { id: number; code: string; name: string; periodType: string };
  period: Period;
  window: { start: string; end: string; locksOn: string; isLocked: boolean; exceptionUntil: string | null };
  indicators: SetIndicator[];
  /** Ratios whose two parts are both in the set: numerator ≤ denominator is checked on save. */
  ratios: { name: string; numeratorId: number; denominatorId: number }[];
}

/** Loads and checks the unit (in scope, existing in the period), the set, the period and its lock. */
export async function loadEntryContext(
  db: DbOrTx,
  clock: Clock,
  actor: Actor,
  input: { unitId: number; setId: number; period: string },
): Promise<EntryContext> {
  const [unit] = await queryRows<{
    id: string;
    name: string;
    path: string;
    valid_from: string | null;
    valid_to: string | null;
  }>(
    db,
    sql`select id, name, path::text as path, valid_from::text as valid_from, valid_to::text as valid_to
          from units where id = ${input.unitId} and path <@ ${actor.unitPath}::ltree`,
  );
  if (!unit) throw notFound('Không tìm thấy đơn vị này hoặc bạn không có quyền xem.');
  const [set] = await queryRows<{
    id: string;
    code: string;
    name: string;
    period_type: string;
    cutoff: string;
    lock_after_days: number;
  }>(
    db,
    sql`select id, code, name, period_type, cutoff, lock_after_days from reporting_sets where id = ${input.setId}`,
  );
  if (!set) throw notFound('Không tìm thấy bộ chỉ tiêu báo cáo.');
  const period = parsePeriod(input.period);
  if (!period) throw new AppError('validation_failed', 'Kỳ báo cáo không hợp lệ.');
  if (period.type !== set.period_type) {
    throw new AppError(
      'validation_failed',
      `Bộ chỉ tiêu "${set.name}" báo cáo theo kỳ khác với kỳ ${period.code}.`,
    );
  }
  if ((unit.valid_from && unit.valid_from > period.end) || (unit.valid_to && unit.valid_to < period.start)) {
    throw new AppError('validation_failed', `${unit.name} không tồn tại trong kỳ ${period.code}.`);
  }
  const bounds = set.cutoff === 'nd09' ? cutoffWindow(period) : { start: period.start, end: period.end };
  const locksOn = addDays(bounds.end, set.lock_after_days + 1);
  const today = todayIn(clock);
  const [exception] = await queryRows<{ until: string }>(
    db,
    sql`select max(until)::text as until from entry_exceptions
         where set_id = ${input.setId} and unit_id = ${input.unitId} and period_code = ${period.code} having max(until) is not null`,
  );
  const exceptionUntil = exception && exception.until >= today ? exception.until : null;
  const indicatorRows = await queryRows<{
    id: string;
    code: string;
    name: string;
    unit_of_measure: string;
    is_integer: boolean;
    aggregation: 'sum' | 'max' | 'latest';
    disaggregation: Disaggregation;
    determined_by: string | null;
  }>(
    db,
    sql`select i.id, i.code, i.name, i.unit_of_measure, i.is_integer, i.aggregation, i.disaggregation,
               i.determined_by
          from reporting_set_indicators si join indicators i on i.id = si.indicator_id
         where si.set_id = ${input.setId} and i.kind = 'quantity' order by si.position`,
  );
  const ids = indicatorRows.map((r) => Number(r.id));
  const ratioRows = await queryRows<{ name: string; numerator_id: string; denominator_id: string }>(
    db,
    sql`select name, numerator_id, denominator_id from indicators where kind = 'ratio'`,
  );
  return {
    unit: { id: Number(unit.id), name: unit.name, path: unit.path },
    set: { id: Number(set.id), code: set.code, name: set.name, periodType: set.period_type },
    period,
    window: {
      start: bounds.start,
      end: bounds.end,
      locksOn,
      isLocked: today >= locksOn && !exceptionUntil,
      exceptionUntil,
    },
    indicators: indicatorRows.map((r) => ({
      id: Number(r.id),
      code: r.code,
      name: r.name,
      unitOfMeasure: r.unit_of_measure,
      isInteger: r.is_integer,
      aggregation: r.aggregation,
      determinedBy: isDeterminedBy(r.determined_by) ? r.determined_by : null,
      categories: DISAGGREGATIONS[r.disaggregation].map((c) => ({ code: c.code, name: c.name })),
    })),
    ratios: ratioRows
      .map((r) => ({
        name: r.name,
        numeratorId: Number(r.numerator_id),
        denominatorId: Number(r.denominator_id),
      }))
      .filter((r) => ids.includes(r.numeratorId) && ids.includes(r.denominatorId)),
  };
}
