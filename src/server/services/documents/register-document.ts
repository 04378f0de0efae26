import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { extractDocument } from '../../../extract/index.ts';
import type { DocumentClassification } from '../../../shared/document-enums.ts';
import { vnDate } from '../../../shared/iso-dates.ts';
import type { Actor } from '../../auth/actor.ts';
import { type Clock, todayIn } from '../../clock.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { documents } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { canRegisterDocument } from '../../policies/documents.ts';
import { loadAgenciesAround, matchAgency } from '../agencies/match-agency.ts';
import { type AuditActor, recordAudit } from '../audit/record-audit.ts';
import { unitInScope } from '../units/unit-in-scope.ts';

/** First key of the advisory locks on registrations (the second is the unit and text). */
const DOCUMENT_LOCK_SPACE = 4_242_010;

/** The original file of a registered document. */
export interface OriginalFile {
  name: string;
  mime: string;
  bytes: Buffer;
}

/** What a registration needs; `reviewState: 'unreviewed'` is the bulk import's "chưa rà soát". */
export interface RegisterInput {
  text: string;
  classification: DocumentClassification;
  unitId?: number;
  file?: OriginalFile;
  reviewState?: 'draft' | 'unreviewed';
}

/**
 * Runs the extractor over a document and stores it as a draft for review, with its metadata
 * prefilled and its original file (and the file's SHA-256) kept.
 */
export async function registerDocument(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: RegisterInput,
): Promise<number> {
  const unit = await unitInScope(db, actor, input.unitId ?? actor.unitId);
  if (!canRegisterDocument(actor, unit)) throw new AppError('forbidden');
  return insertDocument(db, clock, { userId: actor.userId, requestId: actor.requestId }, unit, input);
}

/**
 * Refuses a text the unit has registered already: a second click, or a retry after an answer
 * that never arrived, must not make a second document with its own tasks. The lock makes two
 * such requests arriving together wait for each other, so the second one sees the first.
 */
async function refuseDuplicate(tx: DbOrTx, unitId: number, text: string): Promise<void> {
  const digest = createHash('sha256').update(text).digest('hex');
  await tx.execute(
    sql`select pg_advisory_xact_lock(${DOCUMENT_LOCK_SPACE}, hashtext(${`${unitId}:${digest}`}))`,
  );
  const [existing] = await queryRows<{ id: string; number: string | null; issued_on: string | null }>(
    tx,
    sql`select id, number, issued_on::text from documents
         where unit_id = ${unitId} and body = ${text}
         order by id limit 1`,
  );
  if (!existing) return;
  const named = existing.number ? `số ${existing.number}` : 'không số';
  const dated = existing.issued_on ? `, ngày ${vnDate(existing.issued_on)}` : '';
  throw new AppError(
    'conflict',
    `Văn bản này (${named}${dated}) đã được đăng ký ở đơn vị; mở văn bản đã có thay vì đăng ký lại.`,
    { documentId: Number(existing.id) },
  );
}

/** Stores an extracted document for a unit (shared by the web registration and the bulk import). */
export async function insertDocument(
  db: Db,
  clock: Clock,
  audit: AuditActor,
  unit: { id: number; path: string },
  input: RegisterInput,
): Promise<number> {
  const today = todayIn(clock);
  const extraction = extractDocument(input.text, { referenceDate: today });
  const agencies = extraction.issuer ? await loadAgenciesAround(db, unit.path) : [];
  const issuer = extraction.issuer ? matchAgency(extraction.issuer, unit.id, agencies) : null;
  return db.transaction(async (tx) => {
    await refuseDuplicate(tx, unit.id, input.text);
    const [row] = await tx
      .insert(documents)
      .values({
        unitId: unit.id,
        issuerAgencyId: issuer?.type === 'single' ? issuer.agency.id : null,
        number: extraction.number,
        kind: extraction.kind,
        kindName: extraction.kindName,
        issuedOn: extraction.date,
        place: extraction.place,
        subject: extraction.subject,
        issuerText: extraction.issuer,
        signerName: extraction.signer?.name ?? null,
        signerPosition: extraction.signer?.position ?? null,
        recipients: extraction.recipients,
        body: input.text,
        extraction,
        classification: input.classification,
        reviewState: input.reviewState ?? 'draft',
        fileName: input.file?.name ?? null,
        fileMime: input.file?.mime ?? null,
        fileSize: input.file?.bytes.length ?? null,
        fileSha256: input.file ? createHash('sha256').update(input.file.bytes).digest('hex') : null,
        fileData: input.file?.bytes ?? null,
        createdBy: audit.userId,
      })
      .returning({ id: documents.id });
    await recordAudit(tx, audit, [
      {
        entityType: 'document',
        entityId: row!.id,
        action: 'register',
        unitId: unit.id,
        after: {
          number: extraction.number,
          kind: extraction.kind,
          subject: extraction.subject,
          file: input.file?.name ?? null,
        },
      },
    ]);
    return row!.id;
  });
}
