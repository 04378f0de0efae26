import { sql } from 'drizzle-orm';
import { UNIT_KIND_LEVEL } from '../../../shared/enums.ts';
import { parsePeriod } from '../../../shared/periods.ts';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { unitInForce } from '../../db/sql-helpers.ts';
import { AppError } from '../../errors.ts';
import type { AuditActor } from '../audit/record-audit.ts';
import { lockCommuneCounts } from '../registers/register-locks.ts';
import { setComputedFigures } from './set-computed-figures.ts';

/** The indicator the unit tree determines: how many communes (xã, phường, đặc khu) a unit has. */
export const COMMUNE_COUNT_CODE = 'DV_XA_TONG_SO';

const COMMUNE_LEVEL = UNIT_KIND_LEVEL.xa;

/**
 * Writes the number of communes for a period from the unit tree, in the caller's transaction:
 * each commune in force when the period closes counts 1 (so every ancestor's total is its number
 * of communes, and "Tỷ lệ xã diễn tập" has its denominator); any other unit holding a count for
 * the period (a commune merged away, a figure typed before the count was computed) is cleared.
 * Counting at the period's end keeps a commune merged mid-year from being counted twice, once
 * itself and once through its successor. Writes only what changes; answers how many units changed.
 */
export async function syncCommuneCounts(
  tx: DbOrTx,
  actor: AuditActor,
  periodCode: string,
): Promise<{ counted: number; cleared: number }> {
  const period = parsePeriod(periodCode);
  if (!period) throw new AppError('validation_failed', 'Kỳ báo cáo không hợp lệ.');
  // Two first syncs of a period would each find no count stored and each add 1 per commune to
  // every ancestor. Locked in its own statement, so the read below sees what the holder committed.
  await lockCommuneCounts(tx, period.code);
  const rows = await queryRows<{ id: string; counts: boolean }>(
    tx,
    sql`with communes as (
          select id from units
           where level = ${COMMUNE_LEVEL}
             and ${unitInForce(null, period.end, period.end)}
        ), stored as (
          select dv.unit_id as id, dv.value from data_values dv
            join indicators i on i.id = dv.indicator_id
           where i.code = ${COMMUNE_COUNT_CODE} and dv.period_code = ${period.code}
        )
        select coalesce(c.id, s.id) as id, c.id is not null as counts
          from communes c full join stored s on s.id = c.id
         where c.id is null or s.value is distinct from 1
         order by 1`,
  );
  for (const row of rows) {
    await setComputedFigures(tx, actor, Number(row.id), period.code, [
      { code: COMMUNE_COUNT_CODE, category: '', value: row.counts ? 1 : null },
    ]);
  }
  const counted = rows.filter((r) => r.counts).length;
  return { counted, cleared: rows.length - counted };
}
