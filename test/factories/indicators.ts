import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../src/server/db/client.ts';
import { queryRows } from '../../src/server/db/query-rows.ts';
import { indicators, reportingSetIndicators } from '../../src/server/db/schema/index.ts';
import type { Aggregation, Disaggregation } from '../../src/shared/indicator-catalogue.ts';

/** Puts an indicator at the end of a reporting set (by the set's code). */
async function appendToSet(db: DbOrTx, setCode: string, indicatorId: number): Promise<void> {
  const [set] = await queryRows<{ id: string; next: number }>(
    db,
    sql`select s.id, coalesce((select max(position) + 1 from reporting_set_indicators where set_id = s.id), 0)::int as next
          from reporting_sets s where s.code = ${setCode}`,
  );
  if (!set) throw new Error(`no reporting set ${setCode}`);
  await db.insert(reportingSetIndicators).values({ setId: Number(set.id), indicatorId, position: set.next });
}

/**
 * Inserts a quantity as an admin adds one: typed by people (no register computes it), in the
 * yearly reporting set unless told otherwise. Answers its id.
 */
export async function buildQuantity(
  db: DbOrTx,
  fields: {
    code: string;
    name: string;
    unitOfMeasure?: string;
    aggregation?: Aggregation;
    disaggregation?: Disaggregation;
    setCode?: string;
  },
): Promise<number> {
  const [row] = await db
    .insert(indicators)
    .values({
      code: fields.code,
      name: fields.name,
      kind: 'quantity',
      unitOfMeasure: fields.unitOfMeasure ?? 'người',
      aggregation: fields.aggregation ?? 'sum',
      groupCode: 'chung',
      disaggregation: fields.disaggregation ?? 'none',
      isSystem: false,
    })
    .returning({ id: indicators.id });
  await appendToSet(db, fields.setCode ?? 'QPQSDP_NAM', row!.id);
  return row!.id;
}

/** Inserts a ratio of two quantities (by code), as an admin adds one. Answers its id. */
export async function buildRatio(
  db: DbOrTx,
  fields: {
    code: string;
    name: string;
    numerator: string;
    denominator: string;
    disaggregation?: Disaggregation;
  },
): Promise<number> {
  const parts = await queryRows<{ id: string; code: string }>(
    db,
    sql`select id, code from indicators where code in (${fields.numerator}, ${fields.denominator})`,
  );
  const idOf = (code: string) => Number(parts.find((p) => p.code === code)!.id);
  const [row] = await db
    .insert(indicators)
    .values({
      code: fields.code,
      name: fields.name,
      kind: 'ratio',
      unitOfMeasure: '%',
      groupCode: 'chung',
      disaggregation: fields.disaggregation ?? 'none',
      isInteger: false,
      numeratorId: idOf(fields.numerator),
      denominatorId: idOf(fields.denominator),
      isSystem: false,
    })
    .returning({ id: indicators.id });
  return row!.id;
}
