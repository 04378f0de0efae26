import { sql } from 'drizzle-orm';
import { addDays, vnDate } from '../../../shared/iso-dates.ts';
import { parsePeriod } from '../../../shared/periods.ts';
import { type Clock, todayIn } from '../../clock.ts';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { unitInForce } from '../../db/sql-helpers.ts';
import { loadForms, obligation } from '../reports/report-rows.ts';

/** Periods of this year and last year a form may fall due in (terms are set per review, not here). */
function candidatePeriods(type: string, year: number): string[] {
  const years = [year - 1, year];
  if (type === 'year') return years.map(String);
  if (type === 'half_year') return years.flatMap((y) => [`${y}H1`, `${y}H2`]);
  if (type === 'quarter') return years.flatMap((y) => [1, 2, 3, 4].map((q) => `${y}Q${q}`));
  if (type === 'month')
    return years.flatMap((y) =>
      Array.from({ length: 12 }, (_, m) => `${y}-${String(m + 1).padStart(2, '0')}`),
    );
  return [];
}

/**
 * Reminds each unit that owes a periodic report 3 days before its deadline and the day after it
 * passed, unless the report has been sent; once per unit, report and kind (dedupe key).
 */
export async function runReportReminders(db: DbOrTx, clock: Clock): Promise<number> {
  const today = todayIn(clock);
  const soon = addDays(today, 3);
  const yesterday = addDays(today, -1);
  let created = 0;
  for (const form of await loadForms(db)) {
    for (const code of candidatePeriods(form.periodType, Number(today.slice(0, 4)))) {
      const period = parsePeriod(code)!;
      for (const level of form.levels) {
        const due = obligation(form, level.level, period)!.dueOn;
        const kind = due === soon ? 'report_due_in_3' : due === yesterday ? 'report_overdue' : null;
        if (!kind) continue;
        const title =
          kind === 'report_due_in_3'
            ? `Còn 3 ngày đến hạn gửi ${form.title.charAt(0).toLowerCase()}${form.title.slice(1)} kỳ ${code} (hạn ${vnDate(due)})`
            : `Đã quá hạn gửi ${form.title.charAt(0).toLowerCase()}${form.title.slice(1)} kỳ ${code} (hạn ${vnDate(due)})`;
        const rows = await queryRows<{ id: string }>(
          db,
          sql`insert into notifications (user_id, kind, title, link, dedupe_key)
              select us.id, ${kind}, ${title}, '/bao-cao', 'report:' || ${form.id} || ':' || ${code} || ':' || un.id || ':' || ${kind}
                from units un
                join agencies a on a.unit_id = un.id
                join users us on us.agency_id = a.id and us.disabled_at is null and us.role <> 'viewer'
               where un.level = ${level.level}
                 and ${unitInForce('un', due, due)}
                 and not exists (select 1 from reports r where r.form_id = ${form.id} and r.unit_id = un.id
                                  and r.period_code = ${code} and r.state in ('submitted', 'accepted'))
              on conflict (user_id, dedupe_key) do nothing
              returning id`,
        );
        created += rows.length;
      }
    }
  }
  return created;
}
