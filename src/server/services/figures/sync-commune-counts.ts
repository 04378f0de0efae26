import { sql } from 'drizzle-orm';
import { UNIT_KIND_LEVEL } from '../../../shared/enums.ts';
import { parsePeriod } from '../../../shared/periods.ts';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { unitInForce } from '../../db/sql-helpers.ts';
import { AppError } from '../../errors.ts';
import { type AuditActor, recordAudit } from '../audit/record-audit.ts';
import { lockCommuneCounts } from '../registers/register-locks.ts';

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
  const [indicator] = await queryRows<{ id: string; aggregation: string }>(
    tx,
    sql`select id, aggregation from indicators where code = ${COMMUNE_COUNT_CODE} and kind = 'quantity'`,
  );
  // A maximum cannot be moved by the deltas below; the catalogue never makes the count one.
  if (!indicator || indicator.aggregation === 'max')
    throw new AppError('internal', `Thiếu chỉ tiêu ${COMMUNE_COUNT_CODE} trong danh mục.`);
  const indicatorId = Number(indicator.id);
  const rows = await queryRows<{ id: string; before: number | null; counts: boolean }>(
    tx,
    sql`with communes as (
          select id from units
           where level = ${COMMUNE_LEVEL}
             and ${unitInForce(null, period.end, period.end)}
        ), stored as (
          select unit_id as id, value from data_values
           where indicator_id = ${indicatorId} and category = '' and period_code = ${period.code}
        )
        select coalesce(c.id, s.id) as id, s.value::float8 as before, c.id is not null as counts
          from communes c full join stored s on s.id = c.id
         where c.id is null or s.value is distinct from 1
         order by 1`,
  );
  if (rows.length === 0) return { counted: 0, cleared: 0 };
  const changes = rows.map((r) => ({ unitId: Number(r.id), before: r.before, after: r.counts ? 1 : null }));
  const counted = changes.filter((c) => c.after !== null).map((c) => c.unitId);
  const cleared = changes.filter((c) => c.after === null).map((c) => c.unitId);

  // Set-based, so that a whole country's communes (a national import) are counted in a few
  // statements rather than a few per commune.
  if (counted.length > 0) {
    await tx.execute(sql`
      insert into data_values (indicator_id, category, unit_id, period_code, value, entered_by)
      select ${indicatorId}, '', u, ${period.code}, 1, ${actor.userId}
        from unnest(${idArray(counted)}::bigint[]) as u
      on conflict (indicator_id, category, unit_id, period_code) do update
         set value = excluded.value, entered_by = excluded.entered_by, entered_at = now()`);
  }
  if (cleared.length > 0) {
    await tx.execute(sql`
      delete from data_values
       where indicator_id = ${indicatorId} and category = '' and period_code = ${period.code}
         and unit_id = any(${idArray(cleared)}::bigint[])`);
  }
  // Every unit a changed commune counts in (as rollupTargets finds them) moves by the sum of the
  // changes under it; rows are written in unit order, the order every roll-up writer locks in.
  await tx.execute(sql`
    with recursive changed(origin, delta, contributors) as (
      select * from unnest(
        ${idArray(changes.map((c) => c.unitId))}::bigint[],
        ${numberArray(changes.map((c) => (c.after ?? 0) - (c.before ?? 0)))}::numeric[],
        ${numberArray(changes.map((c) => (c.after === null ? 0 : 1) - (c.before === null ? 0 : 1)))}::int[]
      )
    ), chain(origin, id) as (
      select origin, origin from changed
      union
      select c.origin, s.successor_id from chain c
        join unit_successions s on s.predecessor_id = c.id and s.is_primary
    ), targets as (
      select distinct c.origin, a.id as target from chain c
        join units u on u.id = c.id
        join units a on a.path @> u.path
    )
    insert into data_rollups (indicator_id, category, unit_id, period_code, total, maximum, contributors)
    select ${indicatorId}, '', t.target, ${period.code}, sum(ch.delta), null, sum(ch.contributors)
      from targets t join changed ch on ch.origin = t.origin
     group by t.target
     order by t.target
    on conflict (period_code, unit_id, indicator_id, category) do update
       set total = data_rollups.total + excluded.total,
           contributors = data_rollups.contributors + excluded.contributors`);
  await recordAudit(
    tx,
    actor,
    changes.map((c) => ({
      entityType: 'data_value',
      entityId: `${COMMUNE_COUNT_CODE}||${c.unitId}|${period.code}`,
      action: c.after === null ? 'delete' : c.before === null ? 'create' : 'update',
      unitId: c.unitId,
      before: c.before === null ? null : { value: c.before },
      after: c.after === null ? null : { value: c.after, computed: true },
    })),
  );
  return { counted: counted.length, cleared: cleared.length };
}

const idArray = (ids: number[]) => `{${ids.map((id) => Math.trunc(id)).join(',')}}`;
const numberArray = (values: number[]) => `{${values.join(',')}}`;
