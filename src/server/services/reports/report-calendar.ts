import { sql } from 'drizzle-orm';
import { type Period, parsePeriod } from '../../../shared/periods.ts';
import type { ReportState, TCalendarEntry } from '../../../shared/schemas/reports.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { isLate, loadForms, obligation } from './report-rows.ts';

// One collator for every sort: `localeCompare(b, 'vi')` sets one up on each comparison.
const VI_COLLATOR = new Intl.Collator('vi');

function periodsOf(type: string, year: number, term?: string): Period[] {
  if (type === 'year') return [parsePeriod(String(year))!];
  if (type === 'half_year') return [parsePeriod(`${year}H1`)!, parsePeriod(`${year}H2`)!];
  if (type === 'quarter') return [1, 2, 3, 4].map((q) => parsePeriod(`${year}Q${q}`)!);
  if (type === 'month')
    return Array.from({ length: 12 }, (_, m) => parsePeriod(`${year}-${String(m + 1).padStart(2, '0')}`)!);
  const p = term ? parsePeriod(term) : null;
  return p?.type === 'term' ? [p] : [];
}

/**
 * The reports owed in a year: by the actor's own unit, and — for leaders and admins — by every
 * unit below it that submits (the chase view: who has sent, who is late, who has not started).
 */
export async function reportCalendar(
  db: Db,
  clock: Clock,
  actor: Actor,
  query: { year: number; term?: string },
): Promise<TCalendarEntry[]> {
  const forms = await loadForms(db);
  const chase = actor.role === 'leader' || actor.role === 'admin';
  const units = await queryRows<{
    id: string;
    name: string;
    level: number;
    valid_from: string | null;
    valid_to: string | null;
  }>(
    db,
    sql`select id, name, level, valid_from::text as valid_from, valid_to::text as valid_to from units
         where ${chase ? sql`path <@ ${actor.unitPath}::ltree` : sql`id = ${actor.unitId}`}
         order by level, name`,
  );
  const periodsByForm = new Map(forms.map((f) => [f.id, periodsOf(f.periodType, query.year, query.term)]));
  const shownCodes = [...new Set([...periodsByForm.values()].flat().map((p) => p.code))];
  // Only the periods shown: the reports of every other year would grow this read without end.
  const existing =
    shownCodes.length === 0
      ? []
      : await queryRows<{
          id: string;
          form_id: string;
          unit_id: string;
          period_code: string;
          state: ReportState;
          submitted_at: string | Date | null;
        }>(
          db,
          sql`select r.id, r.form_id, r.unit_id, r.period_code, r.state, r.submitted_at
                from reports r join units u on u.id = r.unit_id where u.path <@ ${actor.unitPath}::ltree
                 and r.period_code in (${sql.join(
                   shownCodes.map((c) => sql`${c}`),
                   sql`, `,
                 )})`,
        );
  const byKey = new Map(existing.map((r) => [`${r.form_id}|${r.unit_id}|${r.period_code}`, r]));
  const now = clock.now();
  const entries: TCalendarEntry[] = [];
  for (const form of forms) {
    for (const period of periodsByForm.get(form.id)!) {
      // The obligation depends on the level only: computed once per level, not once per unit.
      const owedByLevel = new Map<number, ReturnType<typeof obligation>>();
      for (const unit of units) {
        if (!owedByLevel.has(unit.level)) owedByLevel.set(unit.level, obligation(form, unit.level, period));
        const owed = owedByLevel.get(unit.level)!;
        // A unit owes a report only if it exists on the due date: units merged away before it do not.
        if (!owed) continue;
        if (
          (unit.valid_from && unit.valid_from > owed.dueOn) ||
          (unit.valid_to && unit.valid_to < owed.dueOn)
        )
          continue;
        const report = byKey.get(`${form.id}|${unit.id}|${period.code}`);
        const submittedAt = report?.submitted_at ? new Date(report.submitted_at).toISOString() : null;
        const sent = report?.state === 'submitted' || report?.state === 'accepted';
        entries.push({
          formId: form.id,
          formTitle: form.title,
          period: period.code,
          unitId: Number(unit.id),
          unitName: unit.name,
          dueOn: owed.dueOn,
          recipient: owed.recipient,
          state: report?.state ?? 'not_started',
          reportId: report ? Number(report.id) : null,
          submittedAt,
          isLate: sent ? isLate(owed.dueOn, submittedAt, now) : isLate(owed.dueOn, null, now),
        });
      }
    }
  }
  return entries.sort(
    (a, b) => a.dueOn.localeCompare(b.dueOn) || VI_COLLATOR.compare(a.unitName, b.unitName),
  );
}
