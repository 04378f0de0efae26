import { addDays } from './iso-dates.ts';
import { cutoffWindow, type Period } from './periods.ts';
import type { ReportDeadline } from './report-catalogue.ts';

/** The ISO date a report of `period` is due under `deadline`. */
export function reportDueDate(deadline: ReportDeadline, period: Period): string {
  if (deadline.type === 'days_after_end') return addDays(period.end, deadline.days);
  if (deadline.type === 'days_after_cutoff') return addDays(cutoffWindow(period).end, deadline.days);
  return `${period.end.slice(0, 4)}-${deadline.monthDay}`;
}
