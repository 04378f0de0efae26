import { sql } from 'drizzle-orm';
import { addDays } from '../../../shared/iso-dates.ts';
import type { TTask, TTaskListQuery } from '../../../shared/schemas/tasks.ts';
import type { Actor } from '../../auth/actor.ts';
import { type Clock, todayIn } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import { escapeLike } from '../../db/sql-helpers.ts';
import { selectTasks, taskStatusSql } from './task-rows.ts';

/** Days ahead that count as "due soon". */
export const DUE_SOON_DAYS = 7;

/** Task lists: my agency's, due soon, overdue, or all in scope, with filters. */
export async function listTasks(
  db: Db,
  clock: Clock,
  actor: Actor,
  query: TTaskListQuery,
): Promise<{ items: TTask[]; total: number }> {
  const today = todayIn(clock);
  const soon = addDays(today, DUE_SOON_DAYS);
  const conditions = [sql`true`];
  if (query.view === 'mine') conditions.push(sql`t.lead_agency_id = ${actor.agencyId}`);
  if (query.view === 'due_soon')
    conditions.push(sql`t.completed_on is null and t.due_on between ${today}::date and ${soon}::date`);
  if (query.view === 'overdue') conditions.push(sql`t.completed_on is null and t.due_on < ${today}::date`);
  if (query.status) conditions.push(sql`${taskStatusSql(today)} = ${query.status}`);
  if (query.agencyId) conditions.push(sql`t.lead_agency_id = ${query.agencyId}`);
  if (query.unitId) conditions.push(sql`t.unit_id = ${query.unitId}`);
  if (query.documentId) conditions.push(sql`t.document_id = ${query.documentId}`);
  if (query.q)
    conditions.push(
      sql`f_unaccent(lower(t.title)) like f_unaccent(${`%${escapeLike(query.q.toLowerCase())}%`})`,
    );
  return selectTasks(db, actor, today, sql.join(conditions, sql` and `), {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
}
