import type { Actor } from '../auth/actor.ts';

/** Admins and leaders read the audit log of their subtree. */
export function canReadAudit(actor: Actor): boolean {
  return actor.role === 'admin' || actor.role === 'leader';
}
