import { sql } from 'drizzle-orm';
import type { TDocumentListQuery, TDocumentSummary } from '../../../shared/schemas/documents.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { escapeLike } from '../../db/sql-helpers.ts';
import { DOCUMENT_COLUMNS, toDocumentRow } from './document-rows.ts';

/**
 * Documents of the actor's subtree with filters and accent-insensitive search over number,
 * subject and body ("quoc phong" finds "quốc phòng"). Secret bodies are searched only for those
 * who may read them.
 */
export async function listDocuments(
  db: Db,
  actor: Actor,
  query: TDocumentListQuery,
): Promise<{ items: TDocumentSummary[]; total: number }> {
  const conditions = [sql`u.path <@ ${actor.unitPath}::ltree`];
  if (query.kind) conditions.push(sql`d.kind = ${query.kind}`);
  if (query.issuerAgencyId) conditions.push(sql`d.issuer_agency_id = ${query.issuerAgencyId}`);
  if (query.year) conditions.push(sql`extract(year from d.issued_on) = ${query.year}`);
  if (query.unitId) conditions.push(sql`d.unit_id = ${query.unitId}`);
  if (query.reviewState) conditions.push(sql`d.review_state = ${query.reviewState}`);
  if (query.q) {
    const pattern = `%${escapeLike(query.q.toLowerCase())}%`;
    const mayReadSecret = actor.role === 'leader' || actor.role === 'admin';
    conditions.push(sql`(
      f_unaccent(lower(coalesce(d.number, '') || ' ' || coalesce(d.subject, '') || ' ' || d.body)) like f_unaccent(${pattern})
      and (${mayReadSecret} or d.classification = 'thuong'
           or f_unaccent(lower(coalesce(d.number, '') || ' ' || coalesce(d.subject, ''))) like f_unaccent(${pattern})))`);
  }
  const rows = await queryRows<Record<string, unknown> & { total: number }>(
    db,
    sql`select ${DOCUMENT_COLUMNS}, count(*) over ()::int as total
          from documents d join units u on u.id = d.unit_id
         where ${sql.join(conditions, sql` and `)}
         order by d.issued_on desc nulls last, d.id desc
         limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
  );
  return {
    total: rows[0]?.total ?? 0,
    items: rows.map((r) => {
      const d = toDocumentRow(r, null);
      return {
        id: d.id,
        number: d.number,
        kind: d.kind,
        kindName: d.kindName,
        issuedOn: d.issuedOn,
        subject: d.subject,
        issuerText: d.issuerText,
        unitId: d.unitId,
        unitName: d.unitName,
        classification: d.classification,
        reviewState: d.reviewState,
        createdAt: d.createdAt,
      };
    }),
  };
}
