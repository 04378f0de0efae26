import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Actor } from '../../auth/actor.ts';
import { hashPassword, verifyPassword } from '../../auth/passwords.ts';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import { sessions, users } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';

/** Changes the actor's own password; other sessions of the user are signed out. */
export async function changePassword(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId)).limit(1);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('validation_failed', 'Mật khẩu hiện tại không đúng.');
  }
  const passwordHash = await hashPassword(input.newPassword);
  const now = clock.now();
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, updatedAt: now })
      .where(eq(users.id, user.id));
    await tx
      .update(sessions)
      .set({ revokedAt: now })
      .where(and(eq(sessions.userId, user.id), ne(sessions.id, actor.sessionId), isNull(sessions.revokedAt)));
    await recordAudit(tx, { userId: actor.userId, requestId: actor.requestId }, [
      {
        entityType: 'user',
        entityId: user.id,
        action: 'change_password',
        unitId: actor.unitId,
        before: { mustChangePassword: user.mustChangePassword },
        after: { mustChangePassword: false },
      },
    ]);
  });
}
