import { sql } from 'drizzle-orm';
import type { TUserListQuery } from '../../../shared/schemas/users.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { escapeLike } from '../../db/sql-helpers.ts';
import { AppError, notFound } from '../../errors.ts';
import { selectUsers, type UserRow } from './user-rows.ts';

/** Users in the actor's subtree (optionally of one unit's agencies), for admins and leaders. */
export async function listUsers(db: Db, actor: Actor, query: TUserListQuery): Promise<UserRow[]> {
  if (actor.role !== 'admin' && actor.role !== 'leader') throw new AppError('forbidden');
  const conditions = [sql`true`];
  if (query.unitId !== undefined) {
    const unit = await queryRows<{ ok: boolean }>(
      db,
      sql`select (path <@ ${actor.unitPath}::ltree) as ok from units where id = ${query.unitId}`,
    );
    if (!unit[0]?.ok) throw notFound('Không tìm thấy đơn vị này hoặc bạn không có quyền xem.');
    conditions.push(sql`un.id = ${query.unitId}`);
  }
  if (query.q) {
    const pattern = `%${escapeLike(query.q.toLowerCase())}%`;
    conditions.push(
      sql`(f_unaccent(lower(u.full_name)) like f_unaccent(${pattern}) or u.username like ${pattern})`,
    );
  }
  return selectUsers(db, actor.unitPath, sql.join(conditions, sql` and `));
}
