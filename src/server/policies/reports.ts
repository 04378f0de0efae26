import type { Actor } from '../auth/actor.ts';

/** A report as the policies need it. */
export interface ReportForPolicy {
  unitId: number;
  unitPath: string;
  state: string;
}

/** Each unit writes its own report: officers and above of that unit, while it is a draft or returned. */
export function canEditReport(actor: Actor, report: ReportForPolicy): boolean {
  return (
    actor.unitId === report.unitId &&
    actor.role !== 'viewer' &&
    (report.state === 'draft' || report.state === 'returned')
  );
}

/** The level above decides: leaders and admins of an ancestor unit accept or return a submitted report. */
export function canDecideReport(actor: Actor, report: ReportForPolicy): boolean {
  return (
    (actor.role === 'leader' || actor.role === 'admin') &&
    report.unitPath.startsWith(`${actor.unitPath}.`) &&
    report.state === 'submitted'
  );
}
