import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TConfirmDocumentRequest, TDocumentDetail } from '../../src/shared/schemas/documents.ts';
import type { Agent } from './app.ts';

/** Folder of the real sample documents shipped beside the repository. */
export const SAMPLES_DIR = fileURLToPath(new URL('../../../shared/extraction/docs/', import.meta.url));

/** The text of a sample document, or null when the samples are not beside the repository. */
export function sampleText(name: string): string | null {
  const file = `${SAMPLES_DIR}${name}`;
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
}

/**
 * What a reviewer accepts: every extracted field as is, each assignment with its matched agency
 * (all candidates of a plural target), unmatched ones left out, lead roles only, and each target
 * the server matched to an indicator as proposed (tied to its assignment when that became one task).
 */
export function acceptProposals(doc: TDocumentDetail): TConfirmDocumentRequest {
  const ex = doc.extraction!;
  const accepted = doc.proposals.filter((p) => p.role === 'lead' && p.match.type !== 'none');
  const tasks = accepted
    .map((p) => ({
      proposal: p,
      title: p.task,
      leadAgencyIds:
        p.match.type === 'single'
          ? [p.match.agency.id]
          : p.match.type === 'plural'
            ? p.match.candidates.map((c) => c.id)
            : [],
      supportAgencyIds: p.partners.flatMap((x) => (x.match ? [x.match.id] : [])),
      dueOn: p.due,
      recurrence: 'once' as const,
      span: p.span,
    }))
    .filter((t) => t.leadAgencyIds.length > 0);
  const taskIndexOf = (assignmentIndex: number | null) => {
    const i = tasks.findIndex((t) => t.proposal.index === assignmentIndex);
    return i >= 0 && tasks[i]!.leadAgencyIds.length === 1 ? i : null;
  };
  return {
    number: doc.number,
    kind: doc.kind,
    kindName: doc.kindName,
    issuedOn: doc.issuedOn,
    place: doc.place,
    subject: doc.subject,
    issuerText: doc.issuerText,
    issuerAgencyId: doc.issuerAgencyId,
    signerName: doc.signerName,
    signerPosition: doc.signerPosition,
    recipients: doc.recipients,
    classification: doc.classification,
    citations: ex.citations.map((c) => ({
      kind: c.kind,
      number: c.number,
      date: c.date,
      issuer: c.issuer,
      subject: c.subject,
      basis: c.basis,
      span: c.span,
    })),
    tasks: tasks.map(({ proposal: _, ...t }) => t),
    targets: doc.targetProposals
      .filter((p) => p.indicatorId !== null)
      .map((p) => ({
        indicatorId: p.indicatorId!,
        category: p.category,
        unitId: p.unitId,
        level: p.level,
        period: p.period,
        min: p.min,
        max: p.max,
        span: p.span,
        taskIndex: taskIndexOf(p.assignmentIndex),
      })),
  };
}

/** Registers a text and confirms it as a reviewer would; returns the document id. */
export async function registerAndConfirm(
  agent: Agent,
  text: string,
  edit?: (r: TConfirmDocumentRequest) => void,
): Promise<number> {
  const created = await agent.request({ method: 'POST', url: '/api/documents', payload: { text } });
  if (created.statusCode !== 201) throw new Error(`register failed: ${created.body}`);
  const id = created.json().id as number;
  const doc = (await agent.request({ url: `/api/documents/${id}` })).json() as TDocumentDetail;
  const review = acceptProposals(doc);
  edit?.(review);
  const confirmed = await agent.request({
    method: 'PUT',
    url: `/api/documents/${id}/confirm`,
    payload: review,
  });
  if (confirmed.statusCode !== 200) throw new Error(`confirm failed: ${confirmed.body}`);
  return id;
}
