import type { Clock } from '../clock.ts';
import type { Mailer } from '../services/notifications/mailer.ts';
import { runReminders } from '../services/notifications/run-reminders.ts';
import type { Job } from './scheduler.ts';

/** The daily task reminders as a scheduled job (safe to run hourly: each reminder is sent once). */
export function reminderJob(clock: Clock, mailer: Mailer | null, publicUrl?: string): Job {
  return {
    name: 'task-reminders',
    lockKey: 4_242_100,
    run: (db) => runReminders(db, clock, mailer, publicUrl),
  };
}
