import { sql } from 'drizzle-orm';
import type { Actor } from '../../auth/actor.ts';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { notFound } from '../../errors.ts';

/** A unit in the actor's subtree (404 otherwise), with the fields most checks need. */
export async function unitInScope(
  db: DbOrTx,
  actor: Actor,
  unitId: number,
): Promise<{
  id: number;
  name: string;
  path: string;
  level: number;
  validFrom: string | null;
  validTo: string | null;
}> {
  const [row] = await queryRows<{
    id: string;
    name: string;
    path: string;
    level: number;
    valid_from: string | null;
    valid_to: string | null;
  }>(
    db,
    sql`select id, name, path::text as path, level, valid_from::text as valid_from, valid_to::text as valid_to
          from units where id = ${unitId} and path <@ ${actor.unitPath}::ltree`,
  );
  if (!row) throw notFound('Không tìm thấy đơn vị này hoặc bạn không có quyền xem.');
  return {
    id: Number(row.id),
    name: row.name,
    path: row.path,
    level: row.level,
    validFrom: row.valid_from,
    validTo: row.valid_to,
  };
}
