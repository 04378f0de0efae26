import { eq, sql } from 'drizzle-orm';
import type { TConfirmDocumentRequest } from '../../../shared/schemas/documents.ts';
import { endOfRecurrencePeriod } from '../../../shared/task-status.ts';
import type { Actor } from '../../auth/actor.ts';
import { type Clock, todayIn } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { documentCitations, documents, taskSupportAgencies, tasks } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { canReviewDocument } from '../../policies/documents.ts';
import { type AuditInput, recordAudit } from '../audit/record-audit.ts';
import { loadDocument } from './document-rows.ts';
import { numberKey, resolveCitations } from './resolve-citations.ts';

/**
 * Saves the reviewed document: corrected metadata, its citations (linked to registered documents
 * both ways) and one task per lead agency of each confirmed assignment. All in one transaction.
 */
export async function confirmDocument(
  db: Db,
  clock: Clock,
  actor: Actor,
  documentId: number,
  input: TConfirmDocumentRequest,
): Promise<{ tasks: number; citations: number }> {
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
  const today = todayIn(clock);
  const now = clock.now();
  return db.transaction(async (tx) => {
    await tx
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
      .where(eq(documents.id, documentId));
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
    for (const task of input.tasks) {
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
    await resolveCitations(tx, documentId);
    await recordAudit(tx, { userId: actor.userId, requestId: actor.requestId }, audit);
    return { tasks: created, citations: input.citations.length };
  });
}
