import { sql } from 'drizzle-orm';
import { cutoffWindow, parsePeriod } from '../../../shared/periods.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { unitInForce } from '../../db/sql-helpers.ts';
import { AppError, notFound } from '../../errors.ts';
import { unitInScope } from '../units/unit-in-scope.ts';

/** Completeness and timeliness of one reporting set for one period under a unit. */
export interface Completeness {
  expected: number;
  entered: number;
  onTime: number;
  completenessPercent: number | null;
  timelinessPercent: number | null;
  deadline: string;
  units: { unitId: number; unitName: string; firstEnteredAt: string | null; onTime: boolean }[];
}

/**
 * Which of the units expected to report (the set's entry level, existing in the period, under
 * `unitId`) have entered any figure of the set, and which did so by the end of the data window.
 * Figures computed from registers or the unit tree are nobody's entry, so they do not count.
 */
export async function getCompleteness(
  db: Db,
  actor: Actor,
  query: { unitId: number; setId: number; period: string },
): Promise<Completeness> {
  const unit = await unitInScope(db, actor, query.unitId);
  const [set] = await queryRows<{ period_type: string; cutoff: string; entry_level: number }>(
    db,
    sql`select period_type, cutoff, entry_level from reporting_sets where id = ${query.setId}`,
  );
  if (!set) throw notFound('Không tìm thấy bộ chỉ tiêu báo cáo.');
  const period = parsePeriod(query.period);
  if (!period || period.type !== set.period_type)
    throw new AppError('validation_failed', 'Kỳ báo cáo không khớp với bộ chỉ tiêu.');
  const deadline = set.cutoff === 'nd09' ? cutoffWindow(period).end : period.end;
  const rows = await queryRows<{ id: string; name: string; first: string | Date | null }>(
    db,
    sql`select u.id, u.name,
               (select min(dv.first_entered_at) from data_values dv
                 where dv.unit_id = u.id and dv.period_code = ${period.code}
                   and dv.indicator_id in (select si.indicator_id from reporting_set_indicators si
                                             join indicators i on i.id = si.indicator_id
                                            where si.set_id = ${query.setId} and i.determined_by is null)) as first
          from units u
         where u.path <@ ${unit.path}::ltree and u.level = ${set.entry_level}
           and ${unitInForce('u', period.start, period.end)}
         order by u.name`,
  );
  // Deadline is a calendar day in Vietnam (UTC+7): entries up to its end count as on time.
  const deadlineEnd = new Date(`${deadline}T23:59:59.999+07:00`).getTime();
  const units = rows.map((r) => {
    const first = r.first === null ? null : new Date(r.first);
    return {
      unitId: Number(r.id),
      unitName: r.name,
      firstEnteredAt: first?.toISOString() ?? null,
      onTime: first !== null && first.getTime() <= deadlineEnd,
    };
  });
  const entered = units.filter((u) => u.firstEnteredAt !== null).length;
  const onTime = units.filter((u) => u.onTime).length;
  const pct = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 10000) / 100);
  return {
    expected: units.length,
    entered,
    onTime,
    completenessPercent: pct(entered, units.length),
    timelinessPercent: pct(onTime, units.length),
    deadline,
    units,
  };
}
