import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../auth/actor.ts';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import { sessions } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { canResetUserPassword } from '../../policies/users.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadUserInScope } from './load-user-in-scope.ts';

/** Signs a user out of every browser (e.g. a lost phone). */
export async function revokeUserSessions(
  db: Db,
  clock: Clock,
  actor: Actor,
  userId: string,
): Promise<number> {
  const user = await loadUserInScope(db, actor, userId);
  if (!canResetUserPassword(actor, user)) throw new AppError('forbidden');
  return db.transaction(async (tx) => {
    const revoked = await tx
      .update(sessions)
      .set({ revokedAt: clock.now() })
      .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
      .returning({ id: sessions.id });
    await recordAudit(tx, { userId: actor.userId, requestId: actor.requestId }, [
      {
        entityType: 'user',
        entityId: userId,
        action: 'revoke_sessions',
        unitId: user.unitId,
        after: { count: revoked.length },
      },
    ]);
    return revoked.length;
  });
}
