import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../auth/actor.ts';
import { generateTemporaryPassword, hashPassword } from '../../auth/passwords.ts';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import { sessions, users } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { canResetUserPassword } from '../../policies/users.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadUserInScope } from './load-user-in-scope.ts';

/** Issues a new temporary password (to be changed at next sign-in) and signs the user out everywhere. */
export async function resetUserPassword(
  db: Db,
  clock: Clock,
  actor: Actor,
  userId: string,
): Promise<{ temporaryPassword: string }> {
  const user = await loadUserInScope(db, actor, userId);
  if (!canResetUserPassword(actor, user)) throw new AppError('forbidden');
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const now = clock.now();
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, updatedAt: now })
      .where(eq(users.id, userId));
    await tx
      .update(sessions)
      .set({ revokedAt: now })
      .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
    await recordAudit(tx, { userId: actor.userId, requestId: actor.requestId }, [
      { entityType: 'user', entityId: userId, action: 'reset_password', unitId: user.unitId },
    ]);
  });
  return { temporaryPassword };
}
