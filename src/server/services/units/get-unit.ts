import { sql } from 'drizzle-orm';
import type { AgencyKind, UnitKind } from '../../../shared/enums.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { notFound } from '../../errors.ts';
import { canViewUnit } from '../../policies/units.ts';
import type { UnitListRow } from './list-units.ts';

/** A unit with its ancestors, successions and agencies. */
export interface UnitWithRelations extends UnitListRow {
  ancestors: { id: number; name: string }[];
  predecessors: { id: number; name: string; effectiveDate: string }[];
  successors: { id: number; name: string; effectiveDate: string }[];
  agencies: {
    id: number;
    unitId: number;
    kind: AgencyKind;
    name: string;
    shortName: string;
    aliases: string[];
  }[];
}

/** Loads a unit the actor may see; anything else (missing or outside scope) is a 404. */
export async function getUnit(db: Db, actor: Actor, unitId: number): Promise<UnitWithRelations> {
  const found = await queryRows<{
    id: string;
    code: string;
    name: string;
    kind: UnitKind;
    level: number;
    parent_id: string | null;
    path: string;
    valid_from: string | null;
    valid_to: string | null;
    child_count: number;
  }>(
    db,
    sql`
    select u.id, u.code, u.name, u.kind, u.level, u.parent_id, u.path::text as path,
           u.valid_from::text as valid_from, u.valid_to::text as valid_to,
           (select count(*)::int from units c where c.parent_id = u.id and c.valid_to is null) as child_count
      from units u where u.id = ${unitId}`,
  );
  const row = found[0];
  if (!row || !canViewUnit(actor, { path: row.path })) {
    throw notFound('Không tìm thấy đơn vị này hoặc bạn không có quyền xem.');
  }
  const [ancestors, predecessors, successors, agencyRows] = await Promise.all([
    // Only ancestors inside the actor's scope: a commune user does not see the province's page.
    queryRows<{ id: string; name: string }>(
      db,
      sql`
      select id, name from units
       where path @> ${row.path}::ltree and id <> ${unitId} and path <@ ${actor.unitPath}::ltree
       order by nlevel(path)`,
    ),
    queryRows<{ id: string; name: string; effective_date: string }>(
      db,
      sql`
      select u.id, u.name, s.effective_date::text as effective_date from unit_successions s
        join units u on u.id = s.predecessor_id where s.successor_id = ${unitId} order by u.name`,
    ),
    queryRows<{ id: string; name: string; effective_date: string }>(
      db,
      sql`
      select u.id, u.name, s.effective_date::text as effective_date from unit_successions s
        join units u on u.id = s.successor_id where s.predecessor_id = ${unitId} order by s.is_primary desc, u.name`,
    ),
    queryRows<{
      id: string;
      unit_id: string;
      kind: AgencyKind;
      name: string;
      short_name: string;
      aliases: string[];
    }>(
      db,
      sql`select id, unit_id, kind, name, short_name, aliases from agencies where unit_id = ${unitId} order by id`,
    ),
  ]);
  const link = (r: { id: string; name: string; effective_date: string }) => ({
    id: Number(r.id),
    name: r.name,
    effectiveDate: r.effective_date,
  });
  return {
    id: Number(row.id),
    code: row.code,
    name: row.name,
    kind: row.kind,
    level: row.level,
    parentId: row.parent_id === null ? null : Number(row.parent_id),
    path: row.path,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    childCount: row.child_count,
    ancestors: ancestors.map((a) => ({ id: Number(a.id), name: a.name })),
    predecessors: predecessors.map(link),
    successors: successors.map(link),
    agencies: agencyRows.map((a) => ({
      id: Number(a.id),
      unitId: Number(a.unit_id),
      kind: a.kind,
      name: a.name,
      shortName: a.short_name,
      aliases: a.aliases ?? [],
    })),
  };
}
