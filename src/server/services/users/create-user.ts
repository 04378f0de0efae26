import { sql } from 'drizzle-orm';
import type { TCreateUserRequest } from '../../../shared/schemas/users.ts';
import type { Actor } from '../../auth/actor.ts';
import { generateTemporaryPassword, hashPassword } from '../../auth/passwords.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { users } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { canManageUsers } from '../../policies/units.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadAgencyInScope } from './load-user-in-scope.ts';
import { selectUsers, type UserRow } from './user-rows.ts';

/** Creates an account in an agency of the admin's subtree, with a temporary password to change. */
export async function createUser(
  db: Db,
  actor: Actor,
  input: TCreateUserRequest,
): Promise<{ user: UserRow; temporaryPassword: string }> {
  const agency = await loadAgencyInScope(db, actor, input.agencyId);
  if (!canManageUsers(actor, { path: agency.unitPath })) throw new AppError('forbidden');
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  return db.transaction(async (tx) => {
    const taken = await queryRows<Record<string, unknown>>(
      tx,
      sql`select 1 from users where username = ${input.username}`,
    );
    if (taken.length > 0) throw new AppError('conflict', 'Tên đăng nhập đã tồn tại.');
    const [created] = await tx
      .insert(users)
      .values({
        username: input.username,
        fullName: input.fullName,
        position: input.position ?? null,
        email: input.email ?? null,
        role: input.role,
        agencyId: agency.id,
        passwordHash,
        mustChangePassword: true,
      })
      .returning({ id: users.id });
    const [user] = await selectUsers(tx, actor.unitPath, sql`u.id = ${created!.id}`, 1);
    await recordAudit(tx, { userId: actor.userId, requestId: actor.requestId }, [
      {
        entityType: 'user',
        entityId: created!.id,
        action: 'create',
        unitId: agency.unitId,
        after: { username: input.username, fullName: input.fullName, role: input.role, agencyId: agency.id },
      },
    ]);
    return { user: user!, temporaryPassword };
  });
}
