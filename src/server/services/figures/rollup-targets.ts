import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';

/**
 * The units whose totals a figure of `unitId` counts in: the unit, its ancestors, and — when the
 * unit was merged away — its (primary) successors and their ancestors, so old data rolls into
 * the new structure without being rewritten. Sorted, so concurrent writers lock rows in one order.
 */
export async function rollupTargets(db: DbOrTx, unitId: number): Promise<number[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`with recursive chain(id) as (
          select ${unitId}::bigint
          union
          select s.successor_id from unit_successions s join chain c on s.predecessor_id = c.id where s.is_primary
        )
        select distinct a.id from chain c
          join units u on u.id = c.id
          join units a on a.path @> u.path
         order by a.id`,
  );
  return rows.map((r) => Number(r.id));
}

/** Ids of the units whose own figures count in `unitId`'s total (its subtree and their predecessors). */
export function contributingUnitsSql(unitId: number) {
  return sql`with recursive sub(id) as (
      select id from units where path <@ (select path from units where id = ${unitId})
      union
      select s.predecessor_id from unit_successions s join sub on s.successor_id = sub.id where s.is_primary
    ) select id from sub`;
}
