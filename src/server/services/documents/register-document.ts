import { createHash } from 'node:crypto';
import { extractDocument } from '../../../extract/index.ts';
import type { DocumentClassification } from '../../../shared/document-enums.ts';
import type { Actor } from '../../auth/actor.ts';
import { type Clock, todayIn } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import { documents } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { canRegisterDocument } from '../../policies/documents.ts';
import { loadAgenciesAround, matchAgency } from '../agencies/match-agency.ts';
import { type AuditActor, recordAudit } from '../audit/record-audit.ts';
import { unitInScope } from '../units/unit-in-scope.ts';

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
