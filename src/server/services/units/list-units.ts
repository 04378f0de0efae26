import { sql } from 'drizzle-orm';
import type { UnitKind } from '../../../shared/enums.ts';
import type { TUnitListQuery } from '../../../shared/schemas/units.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { escapeLike } from '../../db/sql-helpers.ts';
import { notFound } from '../../errors.ts';

/** A unit row with its number of children, as the list and tree need it. */
export interface UnitListRow {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  level: number;
  parentId: number | null;
  path: string;
  validFrom: string | null;
  validTo: string | null;
  childCount: number;
}

interface RawRow {
  id: string | number;
  code: string;
  name: string;
  kind: UnitKind;
  level: number;
  parent_id: string | number | null;
  path: string;
  valid_from: string | null;
  valid_to: string | null;
  child_count: number;
}

function toRow(r: RawRow): UnitListRow {
  return {
    id: Number(r.id),
    code: r.code,
    name: r.name,
    kind: r.kind,
    level: r.level,
    parentId: r.parent_id === null ? null : Number(r.parent_id),
    path: r.path,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    childCount: r.child_count,
  };
}

/**
 * Units in the actor's subtree: the children of `parentId`, or those matching `q` (accent-insensitive,
 * by name or code), or, with neither, the actor's own unit. One statement whatever the depth.
 */
export async function listUnits(db: Db, actor: Actor, query: TUnitListQuery): Promise<UnitListRow[]> {
  const historic = query.historic === 'true';
  const current = historic ? sql`true` : sql`u.valid_to is null`;
  const childCurrent = historic ? sql`true` : sql`c.valid_to is null`;
  let filter = sql`u.id = ${actor.unitId}`;
  if (query.parentId !== undefined) {
    const parent = await queryRows<{ ok: boolean }>(
      db,
      sql`select (path <@ ${actor.unitPath}::ltree) as ok from units where id = ${query.parentId}`,
    );
    if (!parent[0]?.ok) throw notFound('Không tìm thấy đơn vị này hoặc bạn không có quyền xem.');
    filter = sql`u.parent_id = ${query.parentId} and ${current}`;
  } else if (query.q) {
    const pattern = `%${escapeLike(query.q.toLowerCase())}%`;
    filter = sql`(f_unaccent(lower(u.name)) like f_unaccent(${pattern}) or u.code = ${query.q}) and ${current}`;
  }
  const result = await queryRows<RawRow>(
    db,
    sql`
    select u.id, u.code, u.name, u.kind, u.level, u.parent_id, u.path::text as path,
           u.valid_from::text as valid_from, u.valid_to::text as valid_to,
           (select count(*)::int from units c where c.parent_id = u.id and ${childCurrent}) as child_count
      from units u
     where u.path <@ ${actor.unitPath}::ltree and ${filter}
     order by u.valid_to nulls first, u.level, u.name
     limit ${query.limit}`,
  );
  return result.map(toRow);
}
