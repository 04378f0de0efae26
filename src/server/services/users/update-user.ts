import { and, eq, isNull, sql } from 'drizzle-orm';
import type { TUpdateUserRequest } from '../../../shared/schemas/users.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import { sessions, users } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { canUpdateUser } from '../../policies/users.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadAgencyInScope, loadUserInScope } from './load-user-in-scope.ts';
import { selectUsers, type UserRow } from './user-rows.ts';

/** Changes an account; disabling it also ends its sessions. */
export async function updateUser(
  db: Db,
  clock: Clock,
  actor: Actor,
  userId: string,
  patch: TUpdateUserRequest,
): Promise<UserRow> {
  const before = await loadUserInScope(db, actor, userId);
  if (!canUpdateUser(actor, before)) throw new AppError('forbidden');
  const agency = patch.agencyId === undefined ? null : await loadAgencyInScope(db, actor, patch.agencyId);
  const now = clock.now();
  return db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        fullName: patch.fullName,
        position: patch.position,
        role: patch.role,
        agencyId: agency?.id,
        disabledAt: patch.disabled === undefined ? undefined : patch.disabled ? now : null,
        updatedAt: now,
      })
      .where(eq(users.id, userId));
    if (patch.disabled) {
      await tx
        .update(sessions)
        .set({ revokedAt: now })
        .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
    }
    const [after] = await selectUsers(tx, actor.unitPath, sql`u.id = ${userId}`, 1);
    await recordAudit(tx, { userId: actor.userId, requestId: actor.requestId }, [
      {
        entityType: 'user',
        entityId: userId,
        action: 'update',
        unitId: after!.unitId,
        before: pick(before),
        after: pick(after!),
      },
    ]);
    return after!;
  });
}

function pick(u: UserRow) {
  return {
    fullName: u.fullName,
    position: u.position,
    role: u.role,
    agencyId: u.agencyId,
    disabled: u.disabledAt !== null,
  };
}
