import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { unitInForce } from '../../db/sql-helpers.ts';

/** A unit shown on a register page: the unit itself or one directly under it. */
export interface RegisterUnit {
  id: number;
  name: string;
  level: number;
  path: string;
  parentId: number | null;
  /** Units under it are in force in the window too: its line adds theirs up. */
  hasChildren: boolean;
}

/**
 * The unit and the units directly under it that take part in a register's year: those in force
 * during `window` (ISO dates), plus any that has register rows of the year in its subtree (a
 * commune merged away mid-cycle keeps its line). One statement over the ltree path, whatever
 * the depth. The unit comes first, then the others by name.
 */
export async function registerUnits(
  db: DbOrTx,
  unitId: number,
  register: { table: 'conscription_years' | 'militia_years'; year: number },
  window: { from: string; to: string },
): Promise<RegisterUnit[]> {
  const table = sql.identifier(register.table);
  const inForce = (alias: string): SQL => unitInForce(alias, window.from, window.to);
  const rows = await queryRows<{
    id: string;
    name: string;
    level: number;
    path: string;
    parent_id: string | null;
    has_children: boolean;
  }>(
    db,
    sql`select u.id, u.name, u.level, u.path::text as path, u.parent_id,
               exists(select 1 from units g where g.parent_id = u.id and ${inForce('g')}) as has_children
          from units u
         where u.id = ${unitId}
            or (u.parent_id = ${unitId}
                and (${inForce('u')}
                     or exists(select 1 from ${table} r join units ru on ru.id = r.unit_id
                                where r.year = ${register.year} and ru.path <@ u.path)))
`,
  );
  // Sorted here: the two databases' collations order Vietnamese names differently.
  const collator = new Intl.Collator('vi');
  rows.sort(
    (a, b) =>
      Number(Number(b.id) === unitId) - Number(Number(a.id) === unitId) || collator.compare(a.name, b.name),
  );
  return rows.map((r) => ({
    id: Number(r.id),
    name: r.name,
    level: r.level,
    path: r.path,
    parentId: r.parent_id === null ? null : Number(r.parent_id),
    hasChildren: r.has_children,
  }));
}

/** True when `path` is `root` or lies under it (ltree paths as text). */
export function isUnder(path: string, root: string): boolean {
  return path === root || path.startsWith(`${root}.`);
}
