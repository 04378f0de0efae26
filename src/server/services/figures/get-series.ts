import { sql } from 'drizzle-orm';
import { parsePeriod, previousPeriods } from '../../../shared/periods.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { AppError, notFound } from '../../errors.ts';
import { unitInScope } from '../units/unit-in-scope.ts';

/** An indicator's value for a unit over the `count` periods ending with `period` (for line charts). */
export async function getSeries(
  db: Db,
  actor: Actor,
  query: { unitId: number; indicatorId: number; period: string; count: number },
): Promise<{ period: string; value: number | null }[]> {
  await unitInScope(db, actor, query.unitId);
  const last = parsePeriod(query.period);
  if (!last) throw new AppError('validation_failed', 'Kỳ báo cáo không hợp lệ.');
  const [indicator] = await queryRows<{
    kind: string;
    aggregation: string;
    numerator_id: string | null;
    denominator_id: string | null;
  }>(
    db,
    sql`select kind, aggregation, numerator_id, denominator_id from indicators where id = ${query.indicatorId}`,
  );
  if (!indicator) throw notFound('Không tìm thấy chỉ tiêu.');
  const periods = previousPeriods(last, query.count).map((p) => p.code);
  const parts =
    indicator.kind === 'ratio'
      ? [String(indicator.numerator_id), String(indicator.denominator_id)]
      : [String(query.indicatorId)];
  const rows = await queryRows<{
    indicator_id: string;
    period_code: string;
    total: number;
    maximum: number | null;
  }>(
    db,
    sql`select indicator_id, period_code, sum(total)::float8 as total, max(maximum)::float8 as maximum from data_rollups
         where unit_id = ${query.unitId} and indicator_id = any(${`{${parts.join(',')}}`}::bigint[])
           and period_code = any(${`{${periods.join(',')}}`}::text[]) and contributors > 0
         group by indicator_id, period_code`,
  );
  const value = (indicatorId: string, period: string) => {
    // Compared as text: bigint columns come back as strings from one driver and numbers from the other.
    const r = rows.find((x) => String(x.indicator_id) === indicatorId && x.period_code === period);
    if (!r) return null;
    return indicator.aggregation === 'max' && indicator.kind === 'quantity' ? r.maximum : r.total;
  };
  return periods.map((period) => {
    if (indicator.kind === 'quantity') return { period, value: value(parts[0]!, period) };
    const num = value(parts[0]!, period);
    const den = value(parts[1]!, period);
    return { period, value: num !== null && den ? Math.round((num / den) * 10000) / 100 : null };
  });
}
