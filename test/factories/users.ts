import { hashPassword } from '../../src/server/auth/passwords.ts';
import type { DbOrTx } from '../../src/server/db/client.ts';
import { users } from '../../src/server/db/schema/index.ts';
import type { Role } from '../../src/shared/enums.ts';

/** Inserts a user of an agency who can sign in at once with `password` (no forced change). */
export async function buildUser(
  db: DbOrTx,
  options: { agencyId: number; username: string; role: Role; password: string; fullName?: string },
): Promise<{ id: string; username: string }> {
  const [row] = await db
    .insert(users)
    .values({
      username: options.username,
      fullName: options.fullName ?? `Người dùng ${options.username}`,
      role: options.role,
      agencyId: options.agencyId,
      passwordHash: await hashPassword(options.password),
      mustChangePassword: false,
    })
    .returning({ id: users.id });
  return { id: row!.id, username: options.username };
}
