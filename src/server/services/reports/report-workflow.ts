import { and, eq } from 'drizzle-orm';
import type { TReportSigner } from '../../../shared/schemas/reports.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import { reports, reportVersions } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { canDecideReport, canEditReport } from '../../policies/reports.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { reportFigures } from './report-figures.ts';
import { isLate, loadReport, type ReportRow } from './report-rows.ts';
import { sanitizeHtml } from './sanitize-html.ts';

const auditActor = (actor: Actor) => ({ userId: actor.userId, requestId: actor.requestId });

/**
 * Writes to a report being written: loads it, checks the actor may edit it, and updates it only if
 * it is still in the state and version that was read (a submission in between has frozen it: 409),
 * together with its audit entry.
 */
async function updateDraft(
  db: Db,
  actor: Actor,
  reportId: number,
  change: (report: ReportRow) => {
    set: Partial<typeof reports.$inferInsert>;
    before: Record<string, unknown>;
    after: Record<string, unknown>;
  },
): Promise<void> {
  const report = await loadReport(db, actor, reportId);
  if (!canEditReport(actor, { unitId: report.unitId, unitPath: report.unitPath, state: report.state })) {
    throw new AppError('forbidden', 'Báo cáo đã gửi hoặc không phải của đơn vị bạn: không sửa được.');
  }
  const { set, before, after } = change(report);
  await db.transaction(async (tx) => {
    const changed = await tx
      .update(reports)
      .set(set)
      .where(
        and(eq(reports.id, reportId), eq(reports.state, report.state), eq(reports.version, report.version)),
      )
      .returning({ id: reports.id });
    if (changed.length === 0) {
      throw new AppError('conflict', 'Báo cáo vừa được gửi hoặc thay đổi ở nơi khác. Hãy tải lại trang.');
    }
    await recordAudit(tx, auditActor(actor), [
      { entityType: 'report', entityId: reportId, action: 'edit', unitId: report.unitId, before, after },
    ]);
  });
}

/** Saves the narrative being written; every section is sanitised, unknown sections are refused. */
export function saveNarrative(
  db: Db,
  actor: Actor,
  reportId: number,
  sections: Record<string, string>,
): Promise<void> {
  return updateDraft(db, actor, reportId, (report) => {
    const keys = new Set(report.form.sections.map((s) => s.key));
    const unknown = Object.keys(sections).filter((k) => !keys.has(k));
    if (unknown.length > 0)
      throw new AppError('validation_failed', `Mục không có trong mẫu báo cáo: ${unknown.join(', ')}.`);
    const narrative = { ...report.narrative };
    for (const [key, html] of Object.entries(sections)) narrative[key] = sanitizeHtml(html);
    return { set: { narrative }, before: report.narrative, after: narrative };
  });
}

/** Chooses who signs the report's Word document; only while it is being written. */
export function setReportSigner(
  db: Db,
  actor: Actor,
  reportId: number,
  signer: TReportSigner,
): Promise<void> {
  return updateDraft(db, actor, reportId, (report) => ({
    set: { signer },
    before: { signer: report.signer },
    after: { signer },
  }));
}

/** A report is sent with every section written: "Chưa viết các mục: …" names the empty ones. */
function refuseUnwritten(
  sections: readonly { key: string; heading: string }[],
  narrative: Record<string, string>,
) {
  const missing = sections.filter((s) => !(narrative[s.key] ?? '').replace(/<[^>]+>/g, '').trim());
  if (missing.length > 0) {
    throw new AppError(
      'validation_failed',
      `Chưa viết các mục: ${missing.map((s) => s.heading).join('; ')}.`,
    );
  }
}

/** Sends the report up: its figures and text are frozen as a version; on time or late against the level's deadline. */
export async function submitReport(
  db: Db,
  clock: Clock,
  actor: Actor,
  reportId: number,
): Promise<{ isLate: boolean }> {
  const report = await loadReport(db, actor, reportId);
  if (!canEditReport(actor, { unitId: report.unitId, unitPath: report.unitPath, state: report.state })) {
    throw new AppError('forbidden', 'Chỉ đơn vị lập báo cáo gửi được báo cáo đang soạn hoặc bị trả lại.');
  }
  refuseUnwritten(report.form.sections, report.narrative);
  const figures = await reportFigures(db, actor, report.form, report.unitId, report.period.code);
  const now = clock.now();
  const late = isLate(report.dueOn, now.toISOString(), now);
  await db.transaction(async (tx) => {
    // Only the submission that still finds the report as it was read wins; a second one sent at
    // the same moment gets a clear conflict instead of tripping over the frozen version's key.
    const claimed = await tx
      .update(reports)
      .set({ state: 'submitted', submittedAt: now, submittedBy: actor.userId, returnReason: null })
      .where(
        and(eq(reports.id, reportId), eq(reports.state, report.state), eq(reports.version, report.version)),
      )
      .returning({ narrative: reports.narrative, signer: reports.signer });
    if (claimed.length === 0) {
      throw new AppError('conflict', 'Báo cáo vừa được gửi hoặc thay đổi ở nơi khác. Hãy tải lại trang.');
    }
    // An edit saved after the read above is part of what is sent: the version freezes the row as
    // claimed, not as it was read.
    const sent = claimed[0]!;
    const narrative = (sent.narrative ?? {}) as Record<string, string>;
    refuseUnwritten(report.form.sections, narrative);
    await tx.insert(reportVersions).values({
      reportId,
      version: report.version,
      narrative,
      figures,
      submittedAt: now,
      submittedBy: actor.userId,
      isLate: late,
      signer: sent.signer,
    });
    await recordAudit(tx, auditActor(actor), [
      {
        entityType: 'report',
        entityId: reportId,
        action: 'submit',
        unitId: report.unitId,
        before: { state: report.state },
        after: { state: 'submitted', version: report.version, isLate: late },
      },
    ]);
  });
  return { isLate: late };
}

/** The level above returns a report with a reason; the unit then writes a new version. */
export async function returnReport(
  db: Db,
  clock: Clock,
  actor: Actor,
  reportId: number,
  reason: string,
): Promise<void> {
  const report = await loadReport(db, actor, reportId);
  if (!canDecideReport(actor, { unitId: report.unitId, unitPath: report.unitPath, state: report.state })) {
    throw new AppError('forbidden', 'Chỉ lãnh đạo cấp trên trả lại được báo cáo đã gửi.');
  }
  await db.transaction(async (tx) => {
    await tx
      .update(reports)
      .set({
        state: 'returned',
        version: report.version + 1,
        returnReason: reason,
        decidedAt: clock.now(),
        decidedBy: actor.userId,
      })
      .where(eq(reports.id, reportId));
    await recordAudit(tx, auditActor(actor), [
      {
        entityType: 'report',
        entityId: reportId,
        action: 'return',
        unitId: report.unitId,
        before: { state: report.state },
        after: { state: 'returned', reason },
      },
    ]);
  });
}

/** The level above accepts a submitted report. */
export async function acceptReport(db: Db, clock: Clock, actor: Actor, reportId: number): Promise<void> {
  const report = await loadReport(db, actor, reportId);
  if (!canDecideReport(actor, { unitId: report.unitId, unitPath: report.unitPath, state: report.state })) {
    throw new AppError('forbidden', 'Chỉ lãnh đạo cấp trên tiếp nhận được báo cáo đã gửi.');
  }
  await db.transaction(async (tx) => {
    await tx
      .update(reports)
      .set({ state: 'accepted', decidedAt: clock.now(), decidedBy: actor.userId })
      .where(eq(reports.id, reportId));
    await recordAudit(tx, auditActor(actor), [
      {
        entityType: 'report',
        entityId: reportId,
        action: 'accept',
        unitId: report.unitId,
        before: { state: report.state },
        after: { state: 'accepted' },
      },
    ]);
  });
}
