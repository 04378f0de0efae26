import { type Actor, isInScope } from '../auth/actor.ts';

/** A document as the policies need it. */
export interface DocumentForPolicy {
  unitPath: string;
  classification: string;
  reviewState: string;
}

/** Everyone in scope sees a document's metadata. */
export function canViewDocument(actor: Actor, doc: DocumentForPolicy): boolean {
  return isInScope(actor, doc.unitPath);
}

/** The body and file of a secret (Mật) document are for leaders and admins in scope only. */
export function canReadDocumentBody(actor: Actor, doc: DocumentForPolicy): boolean {
  if (!isInScope(actor, doc.unitPath)) return false;
  return doc.classification !== 'mat' || actor.role === 'leader' || actor.role === 'admin';
}

/** Officers and above register documents for units in their subtree. */
export function canRegisterDocument(actor: Actor, unit: { path: string }): boolean {
  return actor.role !== 'viewer' && isInScope(actor, unit.path);
}

/** A draft (or bulk-imported, unreviewed) document is confirmed by an officer or above in scope. */
export function canReviewDocument(actor: Actor, doc: DocumentForPolicy): boolean {
  return (
    actor.role !== 'viewer' &&
    isInScope(actor, doc.unitPath) &&
    doc.reviewState !== 'confirmed' &&
    canReadDocumentBody(actor, doc)
  );
}
