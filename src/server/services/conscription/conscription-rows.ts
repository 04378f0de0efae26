import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';

/** A stored conscription row with its unit's path. */
export interface ConscriptionRecord {
  unitId: number;
  path: string;
  parentId: number | null;
  quota: number | null;
  listed17: number | null;
  registered: number | null;
  examined: number | null;
  fit: number | null;
  handedOver: number | null;
  handoverOn: string | null;
  notes: string | null;
  updatedAt: string;
  /** Some unit directly under this one holds a quota of the year: this quota is split, not a leaf. */
  isSplit: boolean;
}

type RawRecord = {
  unit_id: string;
  path: string;
  parent_id: string | null;
  quota: number | null;
  listed_17: number | null;
  registered: number | null;
  examined: number | null;
  fit: number | null;
  handed_over: number | null;
  handover_on: string | null;
  notes: string | null;
  updated_at: string | Date;
  is_split: boolean;
};

const toRecord = (r: RawRecord): ConscriptionRecord => ({
  unitId: Number(r.unit_id),
  path: r.path,
  parentId: r.parent_id === null ? null : Number(r.parent_id),
  quota: r.quota,
  listed17: r.listed_17,
  registered: r.registered,
  examined: r.examined,
  fit: r.fit,
  handedOver: r.handed_over,
  handoverOn: r.handover_on,
  notes: r.notes,
  updatedAt: new Date(r.updated_at).toISOString(),
  isSplit: r.is_split,
});

/**
 * Conscription rows of a year for the units matched by `where` (over `u`, the row's unit), with
 * whether each quota is split further down. `lock` takes the rows for update, in unit order.
 */
export async function selectConscriptionRecords(
  db: DbOrTx,
  year: number,
  where: ReturnType<typeof sql>,
  options: { lock?: boolean } = {},
): Promise<ConscriptionRecord[]> {
  const rows = await queryRows<RawRecord>(
    db,
    sql`select c.unit_id, u.path::text as path, u.parent_id, c.quota, c.listed_17, c.registered, c.examined, c.fit,
               c.handed_over, c.handover_on::text as handover_on, c.notes, c.updated_at,
               exists(select 1 from conscription_years k join units ku on ku.id = k.unit_id
                       where ku.parent_id = c.unit_id and k.year = c.year and k.quota is not null) as is_split
          from conscription_years c join units u on u.id = c.unit_id
         where c.year = ${year} and ${where}
         order by c.unit_id
         ${options.lock ? sql`for update of c` : sql``}`,
  );
  return rows.map(toRecord);
}
