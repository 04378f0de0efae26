import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';

/** The form numbers are matched in: no whitespace, upper case ("Số 03 - CT/TU" = "03-CT/TU"). */
export function numberKey(number: string): string {
  return number.normalize('NFC').replace(/\s+/g, '').toUpperCase();
}

/**
 * Links citations to registered documents, both ways: this document's citations to the documents
 * they name, and earlier documents' unresolved citations to this one. A number shared by several
 * documents is settled by kind, then by date. A document citing another also marks the cited
 * document's tasks of its own unit as implemented by it.
 */
export async function resolveCitations(tx: DbOrTx, documentId: number): Promise<void> {
  const candidates = sql`
    select d.id from documents d
     where d.review_state <> 'draft' and d.number is not null
       and upper(regexp_replace(d.number, '\\s+', '', 'g')) = c.number_key and d.id <> c.document_id
     order by (upper(coalesce(d.kind, '')) = upper(coalesce(c.kind, ''))) desc,
              (d.issued_on is not distinct from c.cited_on) desc, d.id
     limit 1`;
  await tx.execute(sql`
    update document_citations c set resolved_document_id = (${candidates})
     where c.document_id = ${documentId}`);
  await tx.execute(sql`
    update document_citations c set resolved_document_id = ${documentId}
      from documents me
     where me.id = ${documentId} and c.resolved_document_id is null and c.document_id <> me.id
       and me.number is not null and c.number_key = upper(regexp_replace(me.number, '\\s+', '', 'g'))
       and (c.cited_on is null or me.issued_on is null or c.cited_on = me.issued_on)`);
  // The cited documents' tasks led by this document's unit are now implemented by it.
  await tx.execute(sql`
    update tasks t set implementing_document_id = me.id
      from documents me, document_citations c
     where me.id = ${documentId} and c.document_id = me.id and c.resolved_document_id = t.document_id
       and t.unit_id = me.unit_id and t.implementing_document_id is null`);
}
