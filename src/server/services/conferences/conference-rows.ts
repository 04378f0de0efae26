import { type SQL, sql } from 'drizzle-orm';
import { addDays } from '../../../shared/iso-dates.ts';
import { parsePeriod } from '../../../shared/periods.ts';
import type {
  ConferenceKind,
  ConferenceStatus,
  ParticipantRole,
  TConference,
  TConferenceSummary,
} from '../../../shared/schemas/conferences.ts';
import type { Actor } from '../../auth/actor.ts';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { notFound } from '../../errors.ts';
import { canProposeAward } from '../../policies/awards.ts';
import { canEditConference } from '../../policies/conferences.ts';

interface Raw {
  id: string;
  unit_id: string;
  unit_name: string;
  unit_level: number;
  unit_path: string;
  kind: ConferenceKind;
  title: string;
  period_code: string;
  due_on: string | null;
  held_on: string | null;
  duration: string | null;
  chair: string | null;
  location: string | null;
  status: ConferenceStatus;
  award_quota_collective: number | null;
  award_quota_individual: number | null;
  report_id: string | null;
  report_title: string | null;
  report_period: string | null;
  report_state: string | null;
  conclusions_total: number;
  conclusions_tasks: number;
  awards_collective: number;
  awards_individual: number;
  awards_any: number;
}

/** A conference with what the services check: its unit's path, level and the quota counts. */
export type ConferenceRow = TConferenceSummary & { unitPath: string; proposalsTotal: number };

/**
 * Conferences whose unit lies in the actor's subtree and matches `where` (over c, u), with their
 * report, conclusion and award counts. Rejected proposals do not use up a quota.
 */
export async function selectConferences(
  db: DbOrTx,
  actor: Actor,
  today: string,
  where: SQL,
): Promise<ConferenceRow[]> {
  const rows = await queryRows<Raw>(
    db,
    sql`select c.id, c.unit_id, u.name as unit_name, u.level as unit_level, u.path::text as unit_path, c.kind,
               c.title, c.period_code, c.due_on::text as due_on, c.held_on::text as held_on, c.duration, c.chair,
               c.location, c.status, c.award_quota_collective, c.award_quota_individual, c.report_id,
               rf.title as report_title, r.period_code as report_period, r.state as report_state,
               (select count(*)::int from conference_conclusions cc where cc.conference_id = c.id) as conclusions_total,
               (select count(*)::int from conference_conclusions cc where cc.conference_id = c.id and cc.task_id is not null) as conclusions_tasks,
               (select count(*)::int from award_proposals ap where ap.conference_id = c.id and ap.state <> 'rejected'
                   and ap.nominee_kind = 'collective') as awards_collective,
               (select count(*)::int from award_proposals ap where ap.conference_id = c.id and ap.state <> 'rejected'
                   and ap.nominee_kind = 'individual') as awards_individual,
               (select count(*)::int from award_proposals ap where ap.conference_id = c.id) as awards_any
          from conferences c
          join units u on u.id = c.unit_id
          left join reports r on r.id = c.report_id
          left join report_forms rf on rf.id = r.form_id
         where u.path <@ ${actor.unitPath}::ltree and ${where}
         order by coalesce(c.held_on, c.due_on) nulls last, u.level, u.name, c.id`,
  );
  return rows.map((r) => {
    const policy = { unitPath: r.unit_path };
    const canEdit = canEditConference(actor, policy);
    return {
      id: Number(r.id),
      unit: { id: Number(r.unit_id), name: r.unit_name, level: r.unit_level },
      unitPath: r.unit_path,
      kind: r.kind,
      title: r.title,
      periodCode: r.period_code,
      dueOn: r.due_on,
      heldOn: r.held_on,
      duration: r.duration,
      chair: r.chair,
      location: r.location,
      status: r.status,
      isLate:
        r.due_on !== null &&
        ((r.status === 'planned' && r.due_on < today) || (r.held_on !== null && r.held_on > r.due_on)),
      report:
        r.report_id === null
          ? null
          : {
              id: Number(r.report_id),
              title: r.report_title ?? '',
              periodCode: r.report_period ?? '',
              state: r.report_state ?? '',
            },
      conclusions: { total: r.conclusions_total, tasks: r.conclusions_tasks },
      awards: {
        quotaCollective: r.award_quota_collective,
        quotaIndividual: r.award_quota_individual,
        collective: r.awards_collective,
        individual: r.awards_individual,
      },
      proposalsTotal: r.awards_any,
      actions: {
        edit: canEdit,
        delete: canEdit && r.awards_any === 0 && r.conclusions_tasks === 0,
        propose: canProposeAward(actor, { path: r.unit_path }) && r.status !== 'cancelled',
      },
    };
  });
}

/** One conference the actor may see, else 404. */
export async function loadConference(
  db: DbOrTx,
  actor: Actor,
  today: string,
  conferenceId: number,
): Promise<ConferenceRow> {
  const [row] = await selectConferences(db, actor, today, sql`c.id = ${conferenceId}`);
  if (!row) throw notFound('Không tìm thấy hội nghị này hoặc bạn không có quyền xem.');
  return row;
}

/**
 * Locks a conference row inside a transaction, else 404 (it was deleted meanwhile). `update` is
 * for deleting it; `key share` is for attaching rows to it: the two wait for each other, so an
 * attachment either lands before the delete (which then sees it) or finds the conference gone.
 */
export async function lockConference(
  tx: DbOrTx,
  conferenceId: number,
  mode: 'update' | 'key share',
): Promise<void> {
  const [row] = await queryRows<{ id: string }>(
    tx,
    sql`select id from conferences where id = ${conferenceId} ${mode === 'update' ? sql`for update` : sql`for key share`}`,
  );
  if (!row) throw notFound('Không tìm thấy hội nghị này hoặc bạn không có quyền xem.');
}

/** The first day after a period: a conclusion's task falls due in the next period, from this day. */
export function nextPeriodStart(periodCode: string): string {
  const period = parsePeriod(periodCode);
  // Stored codes were validated on the way in; an unreadable one leaves no lower bound.
  return period ? addDays(period.end, 1) : '1945-01-01';
}

/** A conference's page: the summary, its participants and its conclusions with their tasks. */
export async function getConference(
  db: DbOrTx,
  actor: Actor,
  today: string,
  conferenceId: number,
): Promise<TConference> {
  const {
    unitPath: _path,
    proposalsTotal: _n,
    ...conference
  } = await loadConference(db, actor, today, conferenceId);
  const participants = await queryRows<{ id: string; agency_id: string | null; name: string; role: string }>(
    db,
    sql`select id, agency_id, name, role from conference_participants where conference_id = ${conferenceId}
         order by case role when 'chu_tri' then 0 when 'bao_cao' then 1 when 'tham_luan' then 2 else 3 end, id`,
  );
  const conclusions = await queryRows<{
    id: string;
    position: number;
    text: string;
    task_id: string | null;
    task_title: string | null;
    task_due: string | null;
    task_completed: string | null;
    lead_name: string | null;
  }>(
    db,
    sql`select cc.id, cc.position, cc.text, cc.task_id, t.title as task_title, t.due_on::text as task_due,
               t.completed_on::text as task_completed, a.name as lead_name
          from conference_conclusions cc
          left join tasks t on t.id = cc.task_id
          left join agencies a on a.id = t.lead_agency_id
         where cc.conference_id = ${conferenceId}
         order by cc.position, cc.id`,
  );
  return {
    ...conference,
    participants: participants.map((p) => ({
      id: Number(p.id),
      agencyId: p.agency_id === null ? null : Number(p.agency_id),
      name: p.name,
      role: p.role as ParticipantRole,
    })),
    conclusionItems: conclusions.map((c) => ({
      id: Number(c.id),
      position: c.position,
      text: c.text,
      task:
        c.task_id === null
          ? null
          : {
              id: Number(c.task_id),
              title: c.task_title ?? '',
              dueOn: c.task_due,
              leadAgencyName: c.lead_name ?? '',
              completedOn: c.task_completed,
            },
    })),
    nextPeriodStart: nextPeriodStart(conference.periodCode),
  };
}
