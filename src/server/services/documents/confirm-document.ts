import { and, eq, ne, sql } from 'drizzle-orm';
import type { TConfirmDocumentRequest } from '../../../shared/schemas/documents.ts';
import { endOfRecurrencePeriod } from '../../../shared/task-status.ts';
import { type Actor, isInScope } from '../../auth/actor.ts';
import { type Clock, todayIn } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { documentCitations, documents, taskSupportAgencies, tasks } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { canReviewDocument } from '../../policies/documents.ts';
import { type AuditInput, recordAudit } from '../audit/record-audit.ts';
import { insertTargets } from '../targets/insert-targets.ts';
import { validateTargets } from '../targets/validate-targets.ts';
import { loadDocument } from './document-rows.ts';
import { numberKey, resolveCitations } from './resolve-citations.ts';

const targetLabel = (index: number) => `Chỉ tiêu thứ ${index + 1}: `;

/**
 * Saves the reviewed document: corrected metadata, its citations (linked to registered documents
 * both ways), one task per lead agency of each confirmed assignment and the targets it sets. All
 * in one transaction.
 *
 * Recording the document's targets needs the right to review the document, not a leader's right to
 * set targets: the document (signed by its issuer) sets them, the reviewer only writes them down,
 * and each one keeps the document as its source.
 */
export async function confirmDocument(
  db: Db,
  clock: Clock,
  actor: Actor,
  documentId: number,
  input: TConfirmDocumentRequest,
): Promise<{ tasks: number; citations: number; targets: number }> {
  const doc = await loadDocument(db, actor, documentId);
  if (!canReviewDocument(actor, doc)) {
    throw doc.reviewState === 'confirmed'
      ? new AppError('conflict', 'Văn bản đã được xác nhận; không thể xác nhận lại.')
      : new AppError('forbidden');
  }
  const agencyIds = [
    ...new Set([
      ...input.tasks.flatMap((t) => [...t.leadAgencyIds, ...t.supportAgencyIds]),
      ...(input.issuerAgencyId ? [input.issuerAgencyId] : []),
    ]),
  ];
  // Work may go to the document's unit, the units under it, or (reports, proposals) those above.
  const allowed = agencyIds.length
    ? await queryRows<{ id: string; unit_id: string }>(
        db,
        sql`select a.id, a.unit_id from agencies a join units u on u.id = a.unit_id
             where a.id = any(${`{${agencyIds.join(',')}}`}::bigint[])
               and (u.path <@ ${doc.unitPath}::ltree or u.path @> ${doc.unitPath}::ltree)`,
      )
    : [];
  const unitOfAgency = new Map(allowed.map((a) => [Number(a.id), Number(a.unit_id)]));
  const missing = agencyIds.filter((id) => !unitOfAgency.has(id));
  if (missing.length > 0) {
    throw new AppError(
      'validation_failed',
      `Cơ quan không hợp lệ hoặc ngoài phạm vi của văn bản: ${missing.join(', ')}.`,
    );
  }
  // The scope, indicator and bound checks of the target form, in two queries for all targets.
  const targetUnits = await validateTargets(db, actor, input.targets, { label: targetLabel });
  for (const [index, target] of input.targets.entries()) {
    // A document sets targets for its own unit and the units under it, never for those above.
    if (!isInScope({ unitPath: doc.unitPath }, targetUnits.get(target.unitId)!.path)) {
      throw new AppError(
        'validation_failed',
        `${targetLabel(index)}đơn vị phải là ${doc.unitName} hoặc đơn vị trực thuộc.`,
      );
    }
    if (target.taskIndex != null && target.taskIndex >= input.tasks.length) {
      throw new AppError(
        'validation_failed',
        `${targetLabel(index)}nhiệm vụ được gắn không có trong danh sách.`,
      );
    }
  }
  const today = todayIn(clock);
  const now = clock.now();
  return db.transaction(async (tx) => {
    // Conditional, so two confirmations racing past the check above write tasks and targets once.
    const updated = await tx
      .update(documents)
      .set({
        number: input.number,
        kind: input.kind,
        kindName: input.kindName,
        issuedOn: input.issuedOn,
        place: input.place,
        subject: input.subject,
        issuerText: input.issuerText,
        issuerAgencyId: input.issuerAgencyId,
        signerName: input.signerName,
        signerPosition: input.signerPosition,
        recipients: input.recipients,
        classification: input.classification,
        reviewState: 'confirmed',
        confirmedBy: actor.userId,
        confirmedAt: now,
      })
      .where(and(eq(documents.id, documentId), ne(documents.reviewState, 'confirmed')))
      .returning({ id: documents.id });
    if (updated.length === 0) {
      throw new AppError('conflict', 'Văn bản đã được xác nhận; không thể xác nhận lại.');
    }
    await tx.delete(documentCitations).where(eq(documentCitations.documentId, documentId));
    if (input.citations.length > 0) {
      await tx.insert(documentCitations).values(
        input.citations.map((c) => ({
          documentId,
          kind: c.kind,
          number: c.number,
          numberKey: numberKey(c.number),
          citedOn: c.date,
          issuerText: c.issuer,
          subject: c.subject,
          isBasis: c.basis,
          spanStart: c.span?.start ?? null,
          spanEnd: c.span?.end ?? null,
        })),
      );
    }
    const audit: AuditInput[] = [
      {
        entityType: 'document',
        entityId: documentId,
        action: 'confirm',
        unitId: doc.unitId,
        before: { number: doc.number, kind: doc.kind, subject: doc.subject, reviewState: doc.reviewState },
        after: {
          number: input.number,
          kind: input.kind,
          subject: input.subject,
          classification: input.classification,
        },
      },
    ];
    let created = 0;
    // The tasks each input row became (one per lead agency), for targets that belong to one.
    const createdTasks: { id: number; unitId: number }[][] = input.tasks.map(() => []);
    for (const [taskIndex, task] of input.tasks.entries()) {
      const dueOn =
        task.dueOn ?? (task.recurrence === 'once' ? null : endOfRecurrencePeriod(task.recurrence, today));
      for (const leadAgencyId of new Set(task.leadAgencyIds)) {
        const [row] = await tx
          .insert(tasks)
          .values({
            documentId,
            unitId: unitOfAgency.get(leadAgencyId)!,
            leadAgencyId,
            title: task.title,
            spanStart: task.span?.start ?? null,
            spanEnd: task.span?.end ?? null,
            dueOn,
            recurrence: task.recurrence,
            createdBy: actor.userId,
          })
          .returning({ id: tasks.id });
        const support = [...new Set(task.supportAgencyIds)].filter((id) => id !== leadAgencyId);
        if (support.length > 0) {
          await tx
            .insert(taskSupportAgencies)
            .values(support.map((agencyId) => ({ taskId: row!.id, agencyId })));
        }
        createdTasks[taskIndex]!.push({ id: row!.id, unitId: unitOfAgency.get(leadAgencyId)! });
        audit.push({
          entityType: 'task',
          entityId: row!.id,
          action: 'create',
          unitId: unitOfAgency.get(leadAgencyId)!,
          after: { documentId, title: task.title, leadAgencyId, dueOn, recurrence: task.recurrence },
        });
        created += 1;
      }
    }
    // A document is confirmed once (the review right ends with it and the update above is
    // conditional), so its targets are written once and never replaced: a later confirmation that
    // replaced them would also wipe the splits and corrections leaders have made since.
    const targetRows = input.targets.map((target, index) => {
      const { span, taskIndex, ...fields } = target;
      return {
        ...fields,
        sourceDocumentId: documentId,
        sourceTaskId: taskIndex == null ? null : taskOfTarget(createdTasks[taskIndex]!, target.unitId, index),
        auditExtra: span ? { span, text: doc.body.slice(span.start, span.end) } : undefined,
      };
    });
    const insertedTargets = await insertTargets(tx, actor.userId, targetRows);
    audit.push(...insertedTargets.audit);
    await resolveCitations(tx, documentId);
    await recordAudit(tx, { userId: actor.userId, requestId: actor.requestId }, audit);
    return { tasks: created, citations: input.citations.length, targets: insertedTargets.ids.length };
  });
}

/**
 * The task a target of an assignment belongs to: the one created for the target's unit, or the
 * only one the assignment became. An assignment fanned out to several agencies elsewhere is
 * ambiguous, and the reviewer must say which unit the target is for.
 */
function taskOfTarget(
  created: readonly { id: number; unitId: number }[],
  unitId: number,
  index: number,
): number {
  const own = created.filter((t) => t.unitId === unitId);
  if (own.length === 1) return own[0]!.id;
  if (created.length === 1) return created[0]!.id;
  throw new AppError(
    'validation_failed',
    `${targetLabel(index)}nhiệm vụ được gắn giao cho nhiều cơ quan; hãy chọn đơn vị của một cơ quan chủ trì hoặc bỏ gắn nhiệm vụ.`,
  );
}
