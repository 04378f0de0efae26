import { sql } from 'drizzle-orm';
import { addDays, vnDate } from '../../../shared/iso-dates.ts';
import { type Clock, todayIn } from '../../clock.ts';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import type { Mailer } from './mailer.ts';

/** What one run did. */
export interface ReminderRun {
  created: number;
  emailed: number;
  emailFailures: number;
}

/**
 * The daily reminder job: notifies the users of each lead agency about its tasks due in 7 days,
 * due tomorrow, and newly overdue. Each (user, task, kind, due date) is notified once — the
 * dedupe key makes a second run on the same day, or on another instance, a no-op — and, when
 * mail is configured, e-mailed once.
 */
export async function runReminders(
  db: DbOrTx,
  clock: Clock,
  mailer: Mailer | null,
  publicUrl?: string,
): Promise<ReminderRun> {
  const today = todayIn(clock);
  // One statement: the notifications of a run appear together or not at all.
  const created = await queryRows<{
    id: string;
    user_id: string;
    title: string;
    link: string;
    email: string | null;
  }>(
    db,
    sql`with due as (
            select t.id, t.title, t.due_on, t.lead_agency_id,
                   case when t.due_on = ${addDays(today, 7)}::date then 'due_in_7'
                        when t.due_on = ${addDays(today, 1)}::date then 'due_in_1'
                        else 'overdue' end as kind
              from tasks t
             where t.completed_on is null
               and (t.due_on in (${addDays(today, 7)}::date, ${addDays(today, 1)}::date) or t.due_on < ${today}::date)
          )
          insert into notifications (user_id, kind, title, link, dedupe_key)
          select u.id, due.kind,
                 case due.kind when 'due_in_7' then 'Còn 7 ngày đến hạn: '
                               when 'due_in_1' then 'Ngày mai đến hạn: '
                               else 'Quá hạn: ' end || left(due.title, 200) || ' (hạn ' || to_char(due.due_on, 'DD/MM/YYYY') || ')',
                 '/nhiem-vu/' || due.id,
                 'task:' || due.id || ':' || due.kind || ':' || due.due_on
            from due join users u on u.agency_id = due.lead_agency_id and u.disabled_at is null
          on conflict (user_id, dedupe_key) do nothing
          returning id, user_id, title, link, (select email from users where users.id = notifications.user_id) as email`,
  );
  let emailed = 0;
  let emailFailures = 0;
  if (mailer) {
    for (const n of created.filter((x) => x.email)) {
      try {
        await mailer.send({
          to: n.email!,
          subject: `[QPTD] ${n.title}`,
          text: `${n.title}\n\nXem nhiệm vụ: ${publicUrl ?? ''}${n.link}\n\nThư tự động ngày ${vnDate(today)} từ hệ thống QPTD.`,
        });
        await db.execute(sql`update notifications set emailed_at = now() where id = ${n.id}`);
        emailed += 1;
      } catch {
        // A failed send stays unmarked; the in-app notification is already there.
        emailFailures += 1;
      }
    }
  }
  return { created: created.length, emailed, emailFailures };
}
