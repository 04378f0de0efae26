import { sql } from 'drizzle-orm';
import type { TReport } from '../../../shared/schemas/reports.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { canDecideReport, canEditReport } from '../../policies/reports.ts';
import { reportFigures } from './report-figures.ts';
import { isLate, loadReport } from './report-rows.ts';

/**
 * A report with its live figures (frozen ones once submitted), its versions and attachments, and —
 * for a parent composing its own — the submitted narratives of the units below, section by section.
 */
export async function getReport(db: Db, clock: Clock, actor: Actor, reportId: number): Promise<TReport> {
  const report = await loadReport(db, actor, reportId);
  const frozen = report.state === 'submitted' || report.state === 'accepted';
  const [versions, attachments, children] = await Promise.all([
    queryRows<{
      version: number;
      submitted_at: string | Date;
      is_late: boolean;
      figures: TReport['figures'];
    }>(
      db,
      sql`select version, submitted_at, is_late, figures from report_versions where report_id = ${reportId} order by version`,
    ),
    queryRows<{ id: string; file_name: string; file_size: number }>(
      db,
      sql`select id, file_name, file_size from report_attachments where report_id = ${reportId} order by id`,
    ),
    queryRows<{
      id: string;
      unit_id: string;
      unit_name: string;
      state: string;
      narrative: Record<string, string>;
    }>(
      db,
      sql`select r.id, r.unit_id, u.name as unit_name, r.state, r.narrative from reports r join units u on u.id = r.unit_id
           where r.form_id = ${report.form.id} and r.period_code = ${report.period.code}
             and u.path <@ ${report.unitPath}::ltree and u.id <> ${report.unitId}
             and r.state in ('submitted', 'accepted')
           order by u.name`,
    ),
  ]);
  const figures =
    frozen && versions.length > 0
      ? versions.at(-1)!.figures
      : await reportFigures(db, actor, report.form, report.unitId, report.period.code);
  const policy = { unitId: report.unitId, unitPath: report.unitPath, state: report.state };
  return {
    id: report.id,
    form: {
      ...report.form,
      levels: report.form.levels.map((l) => ({
        level: l.level,
        recipient: l.recipient,
        deadline: l.deadline,
      })),
    },
    unit: { id: report.unitId, name: report.unitName, level: report.unitLevel },
    period: report.period.code,
    state: report.state,
    version: report.version,
    narrative: report.narrative,
    figures,
    dueOn: report.dueOn,
    recipient: report.recipient,
    submittedAt: report.submittedAt,
    isLate: isLate(report.dueOn, frozen ? report.submittedAt : null, clock.now()),
    returnReason: report.returnReason,
    signer: report.signer,
    versions: versions.map((v) => ({
      version: v.version,
      submittedAt: new Date(v.submitted_at).toISOString(),
      isLate: v.is_late,
    })),
    childNarratives: children
      .sort((a, b) => a.unit_name.localeCompare(b.unit_name, 'vi'))
      .map((c) => ({
        unitId: Number(c.unit_id),
        unitName: c.unit_name,
        reportId: Number(c.id),
        state: c.state,
        sections: c.narrative ?? {},
      })),
    attachments: attachments.map((a) => ({ id: Number(a.id), fileName: a.file_name, fileSize: a.file_size })),
    actions: {
      edit: canEditReport(actor, policy),
      submit: canEditReport(actor, policy),
      decide: canDecideReport(actor, policy),
    },
  };
}
