import { sql } from 'drizzle-orm';
import type { Extraction } from '../../../extract/index.ts';
import type { TDocumentDetail } from '../../../shared/schemas/documents.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { canReadDocumentBody, canReviewDocument } from '../../policies/documents.ts';
import { loadAgenciesAround, matchAgency } from '../agencies/match-agency.ts';
import { selectTargets } from '../targets/target-rows.ts';
import { loadDocument } from './document-rows.ts';
import { proposeTargets } from './propose-targets.ts';

// Tasks that ask lower units to issue a document of their own ("ra Nghị quyết lãnh đạo ...").
const ISSUE_OWN_DOCUMENT =
  /\b(ra|ban hành|xây dựng)\s+(các\s+)?(nghị quyết|kế hoạch|chỉ thị|chương trình|hướng dẫn|quyết định)\b/iu;

/**
 * A document's page: metadata, body (unless secret to the actor), citation links both ways,
 * proposals, the targets it set, follow-up.
 */
export async function getDocument(db: Db, actor: Actor, documentId: number): Promise<TDocumentDetail> {
  const doc = await loadDocument(db, actor, documentId);
  const readBody = canReadDocumentBody(actor, doc);
  const review = canReviewDocument(actor, doc);
  const [citations, implementedBy, taskRows, targetRows] = await Promise.all([
    queryRows<{
      id: string;
      kind: string | null;
      number: string;
      cited_on: string | null;
      issuer_text: string | null;
      subject: string | null;
      is_basis: boolean;
      resolved_id: string | null;
      resolved_number: string | null;
      resolved_subject: string | null;
    }>(
      db,
      // A resolved document above the actor's scope stays unnamed to them.
      sql`select c.id, c.kind, c.number, c.cited_on::text as cited_on, c.issuer_text, c.subject, c.is_basis,
                 case when ru.id is not null then r.id end as resolved_id, r.number as resolved_number,
                 r.subject as resolved_subject
            from document_citations c
            left join documents r on r.id = c.resolved_document_id
            left join units ru on ru.id = r.unit_id and ru.path <@ ${actor.unitPath}::ltree
           where c.document_id = ${documentId} order by c.id`,
    ),
    queryRows<{
      id: string;
      number: string | null;
      kind: string | null;
      subject: string | null;
      unit_name: string;
    }>(
      db,
      sql`select distinct d.id, d.number, d.kind, d.subject, u.name as unit_name
            from document_citations c join documents d on d.id = c.document_id join units u on u.id = d.unit_id
           where c.resolved_document_id = ${documentId} and u.path <@ ${actor.unitPath}::ltree
           order by d.id`,
    ),
    queryRows<{ title: string; unit_id: string; unit_name: string; implementing: string | null }>(
      db,
      sql`select t.title, t.unit_id, u.name as unit_name,
                 (select min(d.id) from documents d join document_citations c on c.document_id = d.id
                   where c.resolved_document_id = ${documentId} and d.unit_id = t.unit_id) as implementing
            from tasks t join units u on u.id = t.unit_id
           where t.document_id = ${documentId} and u.path <@ ${actor.unitPath}::ltree`,
    ),
    // Splits carry their parent's document too; the page lists what the document itself set.
    selectTargets(
      db,
      actor.unitPath,
      sql`t.source_document_id = ${documentId} and t.parent_target_id is null`,
    ),
  ]);
  const lowerIssuance = new Map<number, { unitId: number; unitName: string; documentId: number | null }>();
  for (const t of taskRows) {
    if (!ISSUE_OWN_DOCUMENT.test(t.title) || Number(t.unit_id) === doc.unitId) continue;
    lowerIssuance.set(Number(t.unit_id), {
      unitId: Number(t.unit_id),
      unitName: t.unit_name,
      documentId: t.implementing === null ? null : Number(t.implementing),
    });
  }
  const extraction = readBody ? (doc.extraction as Extraction | null) : null;
  let proposals: TDocumentDetail['proposals'] = [];
  let targetProposals: TDocumentDetail['targetProposals'] = [];
  if (review && extraction) {
    targetProposals = await proposeTargets(db, doc, doc.body, extraction);
    const agencies = await loadAgenciesAround(db, doc.unitPath);
    proposals = extraction.assignments.map((a, index) => ({
      index,
      agency: a.agency,
      role: a.role,
      task: a.task,
      due: a.due,
      span: a.span,
      partners: a.partners.map((written) => {
        const m = matchAgency(written, doc.unitId, agencies);
        return { written, match: m.type === 'single' ? m.agency : null };
      }),
      match: matchAgency(a.agency, doc.unitId, agencies),
    }));
  }
  return {
    id: doc.id,
    number: doc.number,
    kind: doc.kind,
    kindName: doc.kindName,
    issuedOn: doc.issuedOn,
    subject: doc.subject,
    issuerText: doc.issuerText,
    unitId: doc.unitId,
    unitName: doc.unitName,
    classification: doc.classification,
    reviewState: doc.reviewState,
    createdAt: doc.createdAt,
    place: doc.place,
    issuerAgencyId: doc.issuerAgencyId,
    signerName: doc.signerName,
    signerPosition: doc.signerPosition,
    recipients: doc.recipients,
    body: readBody ? doc.body : null,
    extraction,
    file:
      readBody && doc.fileName
        ? { name: doc.fileName, size: doc.fileSize ?? 0, sha256: doc.fileSha256 ?? '' }
        : null,
    citations: citations.map((c) => ({
      id: Number(c.id),
      kind: c.kind,
      number: c.number,
      date: c.cited_on,
      issuer: c.issuer_text,
      subject: c.subject,
      basis: c.is_basis,
      resolved: c.resolved_id
        ? { id: Number(c.resolved_id), number: c.resolved_number, subject: c.resolved_subject }
        : null,
    })),
    implementedBy: implementedBy.map((d) => ({
      id: Number(d.id),
      number: d.number,
      kind: d.kind,
      subject: d.subject,
      unitName: d.unit_name,
    })),
    proposals,
    targetProposals,
    targets: targetRows.map((t) => ({
      id: t.id,
      indicatorId: t.indicatorId,
      indicatorName: t.indicatorName,
      indicatorKind: t.indicatorKind,
      category: t.category,
      unitId: t.unitId,
      unitName: t.unitName,
      level: t.level,
      period: t.period,
      min: t.min,
      max: t.max,
      sourceTaskId: t.sourceTaskId,
    })),
    taskCount: taskRows.length,
    lowerIssuance: [...lowerIssuance.values()].sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi')),
    actions: { review, readBody },
  };
}
