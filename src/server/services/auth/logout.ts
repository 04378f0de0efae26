import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../auth/actor.ts';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import { sessions } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';

/** Ends the actor's current session. */
export async function logout(db: Db, clock: Clock, actor: Actor): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(sessions)
      .set({ revokedAt: clock.now() })
      .where(and(eq(sessions.id, actor.sessionId), isNull(sessions.revokedAt)));
    await recordAudit(tx, { userId: actor.userId, requestId: actor.requestId }, [
      { entityType: 'session', entityId: actor.sessionId.slice(0, 12), action: 'logout', unitId: null },
    ]);
  });
}
