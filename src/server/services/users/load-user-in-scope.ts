import { sql } from 'drizzle-orm';
import type { Actor } from '../../auth/actor.ts';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { notFound } from '../../errors.ts';
import { canViewUser } from '../../policies/users.ts';
import { selectUsers, type UserRow } from './user-rows.ts';

/** Loads a user the actor may see, else 404 (existence outside scope is not revealed). */
export async function loadUserInScope(db: DbOrTx, actor: Actor, userId: string): Promise<UserRow> {
  if (!/^[0-9a-f-]{36}$/i.test(userId)) throw notFound('Không tìm thấy người dùng.');
  const [user] = await selectUsers(db, actor.unitPath, sql`u.id = ${userId}`, 1);
  if (!user || !canViewUser(actor, user)) throw notFound('Không tìm thấy người dùng.');
  return user;
}

/** Loads an agency in the actor's subtree, else 404. */
export async function loadAgencyInScope(
  db: DbOrTx,
  actor: Actor,
  agencyId: number,
): Promise<{ id: number; unitId: number; unitPath: string }> {
  const result = await queryRows<{ id: string; unit_id: string; path: string }>(
    db,
    sql`
    select a.id, a.unit_id, un.path::text as path from agencies a join units un on un.id = a.unit_id
     where a.id = ${agencyId} and un.path <@ ${actor.unitPath}::ltree`,
  );
  const row = result[0];
  if (!row) throw notFound('Không tìm thấy cơ quan này trong phạm vi của bạn.');
  return { id: Number(row.id), unitId: Number(row.unit_id), unitPath: row.path };
}
