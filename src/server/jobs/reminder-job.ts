import type { Clock } from '../clock.ts';
import type { Mailer } from '../services/notifications/mailer.ts';
import { runReportReminders } from '../services/notifications/report-reminders.ts';
import { runReminders } from '../services/notifications/run-reminders.ts';
import type { Job } from './scheduler.ts';

/** The daily task and report reminders as a scheduled job (safe to run hourly: each reminder is sent once). */
export function reminderJob(clock: Clock, mailer: Mailer | null, publicUrl?: string): Job {
  return {
    name: 'reminders',
    lockKey: 4_242_100,
    run: async (db) => ({
      tasks: await runReminders(db, clock, mailer, publicUrl),
      reports: await runReportReminders(db, clock),
    }),
  };
}
