import { sql } from 'drizzle-orm';
import type { TTask } from '../../../shared/schemas/tasks.ts';
import { type Recurrence, taskStatus } from '../../../shared/task-status.ts';
import type { Actor } from '../../auth/actor.ts';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { notFound } from '../../errors.ts';
import { canReadDocumentBody } from '../../policies/documents.ts';
import { canCascadeTask, canConfirmTask, canUpdateTask, canViewTask } from '../../policies/tasks.ts';

/** SQL of a task's derived status for `today`, the same rule as `taskStatus`. */
export function taskStatusSql(today: string) {
  return sql`case when t.completed_on is not null then
                    case when t.due_on is null or t.completed_on <= t.due_on then 'done_on_time' else 'done_late' end
                  when t.due_on < ${today}::date then 'overdue' else 'in_term' end`;
}

interface Raw {
  id: string;
  title: string;
  due_on: string | null;
  recurrence: Recurrence;
  progress_percent: number;
  completed_on: string | null;
  completion_confirmed_at: string | null;
  lead_agency_id: string;
  lead_name: string;
  unit_id: string;
  unit_name: string;
  unit_path: string;
  document_id: string | null;
  doc_number: string | null;
  doc_subject: string | null;
  doc_path: string | null;
  doc_classification: string | null;
  doc_body_slice: string | null;
  parent_task_id: string | null;
  support: { id: number; name: string }[] | null;
  children_total: number;
  children_done: number;
  children_overdue: number;
  implementing_document_id: string | null;
  description: string | null;
  conference_id: string | null;
  conference_title: string | null;
  conclusion_id: string | null;
  total: number;
}

/** Tasks within the actor's scope matching `where` (over t, la, u, d), with everything the API shows. */
export async function selectTasks(
  db: DbOrTx,
  actor: Actor,
  today: string,
  where: ReturnType<typeof sql>,
  page: { limit: number; offset: number } = { limit: 500, offset: 0 },
): Promise<{ items: TTask[]; total: number }> {
  const rows = await queryRows<Raw>(
    db,
    sql`select t.id, t.title, t.due_on::text as due_on, t.recurrence, t.progress_percent, t.completed_on::text as completed_on,
               t.completion_confirmed_at, t.lead_agency_id, la.name as lead_name, t.unit_id, u.name as unit_name,
               u.path::text as unit_path, t.document_id, d.number as doc_number, d.subject as doc_subject,
               du.path::text as doc_path, d.classification as doc_classification,
               -- A subquery, so only the page's rows cut their quote out of the (compressed) body,
               -- not every row the total counts.
               (select substr(q.body, t.span_start + 1, least(t.span_end - t.span_start, 2000))
                  from documents q where q.id = t.document_id and t.span_start is not null) as doc_body_slice,
               t.parent_task_id, t.implementing_document_id,
               t.description, cc.conference_id, cf.title as conference_title, cc.id as conclusion_id,
               (select json_agg(json_build_object('id', sa.id, 'name', sa.name) order by sa.name)
                  from task_support_agencies ts join agencies sa on sa.id = ts.agency_id where ts.task_id = t.id) as support,
               (select count(*)::int from tasks c where c.parent_task_id = t.id) as children_total,
               (select count(*)::int from tasks c where c.parent_task_id = t.id and c.completed_on is not null) as children_done,
               (select count(*)::int from tasks c where c.parent_task_id = t.id and c.completed_on is null and c.due_on < ${today}::date) as children_overdue,
               count(*) over ()::int as total
          from tasks t
          join agencies la on la.id = t.lead_agency_id
          join units u on u.id = t.unit_id
          left join documents d on d.id = t.document_id
          left join units du on du.id = d.unit_id
          -- The conference a task came from is named only to those who may open it: a commune's
          -- task from a province conference shows no source rather than a link that answers 404.
          left join (conference_conclusions cc
                     join conferences cf on cf.id = cc.conference_id
                     join units cu on cu.id = cf.unit_id and cu.path <@ ${actor.unitPath}::ltree)
                 on cc.task_id = t.id
         where u.path <@ ${actor.unitPath}::ltree and ${where}
         order by t.due_on nulls last, t.id
         limit ${page.limit} offset ${page.offset}`,
  );
  return {
    total: rows[0]?.total ?? 0,
    items: rows.map((r) => {
      const policy = {
        unitPath: r.unit_path,
        leadAgencyId: Number(r.lead_agency_id),
        completedOn: r.completed_on,
        completionConfirmed: r.completion_confirmed_at !== null,
      };
      // The source document may lie above the actor's scope (a province plan seen by a commune):
      // its number and subject are shown, its text only to those who may read it.
      const docVisible =
        r.doc_path !== null &&
        canReadDocumentBody(actor, {
          unitPath: r.doc_path,
          classification: r.doc_classification ?? 'thuong',
          reviewState: 'confirmed',
        });
      const mayQuote = r.doc_classification !== 'mat' || docVisible;
      return {
        id: Number(r.id),
        title: r.title,
        status: taskStatus(r.due_on, r.completed_on, today),
        dueOn: r.due_on,
        recurrence: r.recurrence,
        progressPercent: r.progress_percent,
        completedOn: r.completed_on,
        completionConfirmed: r.completion_confirmed_at !== null,
        leadAgency: {
          id: Number(r.lead_agency_id),
          name: r.lead_name,
          unitId: Number(r.unit_id),
          unitName: r.unit_name,
        },
        supportAgencies: r.support ?? [],
        document: r.document_id
          ? { id: Number(r.document_id), number: r.doc_number, subject: r.doc_subject, visible: docVisible }
          : null,
        // A task without a source document (from a conference's conclusion) quotes its own description.
        sourceText: r.document_id ? (mayQuote ? r.doc_body_slice : null) : r.description,
        conference:
          r.conference_id === null
            ? null
            : {
                id: Number(r.conference_id),
                title: r.conference_title ?? '',
                conclusionId: Number(r.conclusion_id),
              },
        parentTaskId: r.parent_task_id === null ? null : Number(r.parent_task_id),
        children: { total: r.children_total, done: r.children_done, overdue: r.children_overdue },
        implementingDocumentId:
          r.implementing_document_id === null ? null : Number(r.implementing_document_id),
        actions: {
          update: canUpdateTask(actor, policy),
          complete: canUpdateTask(actor, policy) && r.completed_on === null,
          confirm: canConfirmTask(actor, policy),
          cascade: canCascadeTask(actor, policy),
        },
      };
    }),
  };
}

/** One task the actor may see, else 404. */
export async function loadTask(
  db: DbOrTx,
  actor: Actor,
  today: string,
  taskId: number,
): Promise<TTask & { unitPath: string }> {
  const { items } = await selectTasks(db, actor, today, sql`t.id = ${taskId}`, { limit: 1, offset: 0 });
  const task = items[0];
  const [path] = task
    ? await queryRows<{ path: string }>(
        db,
        sql`select path::text as path from units where id = ${task.leadAgency.unitId}`,
      )
    : [];
  if (
    !task ||
    !path ||
    !canViewTask(actor, {
      unitPath: path.path,
      leadAgencyId: 0,
      completedOn: null,
      completionConfirmed: false,
    })
  ) {
    throw notFound('Không tìm thấy nhiệm vụ này hoặc bạn không có quyền xem.');
  }
  return { ...task, unitPath: path.path };
}
