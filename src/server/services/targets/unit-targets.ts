import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';

/** A target's bounds (a rate's in %). */
export interface TargetBounds {
  min: number | null;
  max: number | null;
}

/**
 * The target of each indicator for one unit and period, read as the dashboard reads it: the
 * unit's own target first, else one set above it for every unit of its level. Null where none.
 */
export async function unitTargets<C extends string>(
  db: DbOrTx,
  unit: { id: number; level: number; path: string },
  periodCode: string,
  codes: readonly C[],
): Promise<Record<C, TargetBounds | null>> {
  const rows = await queryRows<{ code: C; own: boolean; min: number | null; max: number | null }>(
    db,
    sql`select i.code, t.level is null as own, t.min_value::float8 as min, t.max_value::float8 as max
          from targets t join indicators i on i.id = t.indicator_id join units u on u.id = t.unit_id
         where t.period_code = ${periodCode} and t.category = ''
           and i.code in (${sql.join(
             codes.map((c) => sql`${c}`),
             sql`, `,
           )})
           and ((t.unit_id = ${unit.id} and t.level is null)
                or (t.level = ${unit.level} and u.path @> ${unit.path}::ltree))
         order by t.level is null desc, u.level desc, t.id desc`,
  );
  const result = {} as Record<C, TargetBounds | null>;
  for (const code of codes) {
    const found = rows.find((r) => r.code === code);
    result[code] = found ? { min: found.min, max: found.max } : null;
  }
  return result;
}
