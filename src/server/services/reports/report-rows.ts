import { sql } from 'drizzle-orm';
import { type Period, parsePeriod } from '../../../shared/periods.ts';
import type { ReportLevel, ReportSection } from '../../../shared/report-catalogue.ts';
import { reportDueDate } from '../../../shared/report-deadline.ts';
import type { ReportState, TReportSigner } from '../../../shared/schemas/reports.ts';
import type { Actor } from '../../auth/actor.ts';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { AppError, notFound } from '../../errors.ts';

/** A report form row. */
export interface FormRow {
  id: number;
  code: string;
  title: string;
  periodType: string;
  sections: ReportSection[];
  indicatorCodes: string[];
  levels: ReportLevel[];
}

// biome-ignore lint/suspicious/noExplicitAny: raw row from the driver
const toForm = (r: any): FormRow => ({
  id: Number(r.id),
  code: r.code,
  title: r.title,
  periodType: r.period_type,
  sections: r.sections,
  indicatorCodes: r.indicator_codes ?? [],
  levels: r.levels,
});

/** Every report form. */
export async function loadForms(db: DbOrTx): Promise<FormRow[]> {
  return (await queryRows(db, sql`select * from report_forms order by id`)).map(toForm);
}

/** One report form, else 404. */
export async function loadForm(db: DbOrTx, formId: number): Promise<FormRow> {
  const [row] = await queryRows(db, sql`select * from report_forms where id = ${formId}`);
  if (!row) throw notFound('Không tìm thấy mẫu báo cáo.');
  return toForm(row);
}

/** What a unit at `level` owes under a form for a period: due date and recipient (null if it does not submit). */
export function obligation(
  form: FormRow,
  level: number,
  period: Period,
): { dueOn: string; recipient: string } | null {
  const entry = form.levels.find((l) => l.level === level);
  return entry ? { dueOn: reportDueDate(entry.deadline, period), recipient: entry.recipient } : null;
}

/** A report with its unit, form and obligation. */
export interface ReportRow {
  id: number;
  form: FormRow;
  unitId: number;
  unitName: string;
  unitPath: string;
  unitLevel: number;
  period: Period;
  state: ReportState;
  version: number;
  narrative: Record<string, string>;
  dueOn: string;
  recipient: string;
  submittedAt: string | null;
  returnReason: string | null;
  signer: TReportSigner | null;
}

/** Loads a report the actor may see (its unit in scope), else 404. */
export async function loadReport(db: DbOrTx, actor: Actor, reportId: number): Promise<ReportRow> {
  const [r] = await queryRows<{
    id: string;
    form_id: string;
    unit_id: string;
    unit_name: string;
    unit_path: string;
    unit_level: number;
    period_code: string;
    state: ReportState;
    version: number;
    narrative: Record<string, string>;
    submitted_at: string | Date | null;
    return_reason: string | null;
    signer: TReportSigner | null;
  }>(
    db,
    sql`select r.id, r.form_id, r.unit_id, u.name as unit_name, u.path::text as unit_path, u.level as unit_level,
               r.period_code, r.state, r.version, r.narrative, r.submitted_at, r.return_reason, r.signer
          from reports r join units u on u.id = r.unit_id
         where r.id = ${reportId} and u.path <@ ${actor.unitPath}::ltree`,
  );
  if (!r) throw notFound('Không tìm thấy báo cáo này hoặc bạn không có quyền xem.');
  const form = await loadForm(db, Number(r.form_id));
  const period = parsePeriod(r.period_code)!;
  const owed = obligation(form, r.unit_level, period);
  if (!owed) throw new AppError('internal');
  return {
    id: Number(r.id),
    form,
    unitId: Number(r.unit_id),
    unitName: r.unit_name,
    unitPath: r.unit_path,
    unitLevel: r.unit_level,
    period,
    state: r.state,
    version: r.version,
    narrative: r.narrative ?? {},
    ...owed,
    submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
    returnReason: r.return_reason,
    signer: r.signer,
  };
}

/** Late when sent after the end of the due day (Vietnam time), or not sent and the day has passed. */
export function isLate(dueOn: string, submittedAt: string | null, now: Date): boolean {
  const dueEnd = new Date(`${dueOn}T23:59:59.999+07:00`).getTime();
  return (submittedAt ? new Date(submittedAt).getTime() : now.getTime()) > dueEnd;
}
