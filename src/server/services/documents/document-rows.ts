import { sql } from 'drizzle-orm';
import type { Actor } from '../../auth/actor.ts';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { notFound } from '../../errors.ts';
import { canViewDocument } from '../../policies/documents.ts';

/** A document row with its unit, as services need it (the file bytes are not loaded). */
export interface DocumentRow {
  id: number;
  unitId: number;
  unitName: string;
  unitPath: string;
  issuerAgencyId: number | null;
  number: string | null;
  kind: string | null;
  kindName: string | null;
  issuedOn: string | null;
  place: string | null;
  subject: string | null;
  issuerText: string | null;
  signerName: string | null;
  signerPosition: string | null;
  recipients: string[];
  body: string;
  extraction: unknown;
  classification: 'thuong' | 'mat';
  reviewState: 'draft' | 'confirmed' | 'unreviewed';
  fileName: string | null;
  fileSize: number | null;
  fileSha256: string | null;
  createdAt: string;
}

/** Columns of a document row, for the list and the page. */
export const DOCUMENT_COLUMNS = sql`d.id, d.unit_id, u.name as unit_name, u.path::text as unit_path, d.issuer_agency_id,
  d.number, d.kind, d.kind_name, d.issued_on::text as issued_on, d.place, d.subject, d.issuer_text, d.signer_name,
  d.signer_position, d.recipients, d.classification, d.review_state, d.file_name, d.file_size, d.file_sha256, d.created_at`;

// biome-ignore lint/suspicious/noExplicitAny: raw row from the driver
export function toDocumentRow(r: any, withBody: { body: string; extraction: unknown } | null): DocumentRow {
  return {
    id: Number(r.id),
    unitId: Number(r.unit_id),
    unitName: r.unit_name,
    unitPath: r.unit_path,
    issuerAgencyId: r.issuer_agency_id === null ? null : Number(r.issuer_agency_id),
    number: r.number,
    kind: r.kind,
    kindName: r.kind_name,
    issuedOn: r.issued_on,
    place: r.place,
    subject: r.subject,
    issuerText: r.issuer_text,
    signerName: r.signer_name,
    signerPosition: r.signer_position,
    recipients: r.recipients ?? [],
    body: withBody?.body ?? '',
    extraction: withBody?.extraction ?? null,
    classification: r.classification,
    reviewState: r.review_state,
    fileName: r.file_name,
    fileSize: r.file_size,
    fileSha256: r.file_sha256,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

/** Loads a document the actor may see (404 otherwise), with its body and extraction. */
export async function loadDocument(db: DbOrTx, actor: Actor, documentId: number): Promise<DocumentRow> {
  const [row] = await queryRows<Record<string, unknown>>(
    db,
    sql`select ${DOCUMENT_COLUMNS}, d.body, d.extraction from documents d join units u on u.id = d.unit_id where d.id = ${documentId}`,
  );
  const doc = row ? toDocumentRow(row, { body: row.body as string, extraction: row.extraction }) : null;
  if (!doc || !canViewDocument(actor, doc))
    throw notFound('Không tìm thấy văn bản này hoặc bạn không có quyền xem.');
  return doc;
}
