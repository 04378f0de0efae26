import { sql } from 'drizzle-orm';
import type { Actor } from '../../auth/actor.ts';
import { type Clock, todayIn } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';

/** One row of the chase view: an agency with its task counts by state. */
export interface TaskCounts {
  agencyId: number;
  agencyName: string;
  unitId: number;
  unitName: string;
  total: number;
  inTerm: number;
  overdue: number;
  doneOnTime: number;
  doneLate: number;
  notStarted: number;
}

/** Counts by agency across the actor's subtree (who has not acted: overdue and not started first). */
export async function taskSummary(
  db: Db,
  clock: Clock,
  actor: Actor,
  documentId?: number,
): Promise<TaskCounts[]> {
  const today = todayIn(clock);
  const rows = await queryRows<{
    agency_id: string;
    agency_name: string;
    unit_id: string;
    unit_name: string;
    total: number;
    in_term: number;
    overdue: number;
    done_on_time: number;
    done_late: number;
    not_started: number;
  }>(
    db,
    sql`select a.id as agency_id, a.name as agency_name, u.id as unit_id, u.name as unit_name, count(*)::int as total,
               count(*) filter (where t.completed_on is null and (t.due_on is null or t.due_on >= ${today}::date))::int as in_term,
               count(*) filter (where t.completed_on is null and t.due_on < ${today}::date)::int as overdue,
               count(*) filter (where t.completed_on is not null and (t.due_on is null or t.completed_on <= t.due_on))::int as done_on_time,
               count(*) filter (where t.completed_on > t.due_on)::int as done_late,
               count(*) filter (where t.completed_on is null and t.progress_percent = 0
                                  and not exists (select 1 from task_updates tu where tu.task_id = t.id))::int as not_started
          from tasks t join agencies a on a.id = t.lead_agency_id join units u on u.id = t.unit_id
         where u.path <@ ${actor.unitPath}::ltree ${documentId ? sql`and t.document_id = ${documentId}` : sql``}
         group by a.id, a.name, u.id, u.name
         order by count(*) filter (where t.completed_on is null and t.due_on < ${today}::date) desc, u.name, a.name`,
  );
  return rows.map((r) => ({
    agencyId: Number(r.agency_id),
    agencyName: r.agency_name,
    unitId: Number(r.unit_id),
    unitName: r.unit_name,
    total: r.total,
    inTerm: r.in_term,
    overdue: r.overdue,
    doneOnTime: r.done_on_time,
    doneLate: r.done_late,
    notStarted: r.not_started,
  }));
}
