import { cutoffWindow, type Period } from './periods.ts';
import type { ReportDeadline } from './report-catalogue.ts';

const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** The ISO date a report of `period` is due under `deadline`. */
export function reportDueDate(deadline: ReportDeadline, period: Period): string {
  if (deadline.type === 'days_after_end') return addDays(period.end, deadline.days);
  if (deadline.type === 'days_after_cutoff') return addDays(cutoffWindow(period).end, deadline.days);
  return `${period.end.slice(0, 4)}-${deadline.monthDay}`;
}
