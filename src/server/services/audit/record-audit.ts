import type { DbOrTx } from '../../db/client.ts';
import { auditLog } from '../../db/schema/index.ts';

/** Who is writing, carried from the request into every service call that writes. */
export interface AuditActor {
  userId: string | null;
  requestId: string | null;
}

/** The system itself (demo data, scheduled jobs), for writes no person made. */
export const SYSTEM_ACTOR: AuditActor = { userId: null, requestId: null };

/** One change to record. */
export interface AuditInput {
  entityType: string;
  entityId: string | number;
  action: string;
  unitId: number | null;
  before?: unknown;
  after?: unknown;
}

const CHUNK = 500;

/** Appends audit entries; call it with the transaction that makes the change so both commit together. */
export async function recordAudit(tx: DbOrTx, actor: AuditActor, entries: AuditInput[]): Promise<void> {
  for (let i = 0; i < entries.length; i += CHUNK) {
    await tx.insert(auditLog).values(
      entries.slice(i, i + CHUNK).map((e) => ({
        actorUserId: actor.userId,
        requestId: actor.requestId,
        unitId: e.unitId,
        entityType: e.entityType,
        entityId: String(e.entityId),
        action: e.action,
        before: e.before ?? null,
        after: e.after ?? null,
      })),
    );
  }
}
