import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { AppError } from '../../errors.ts';
import { type AuditActor, type AuditInput, recordAudit } from '../audit/record-audit.ts';
import { applyRollupDelta } from './apply-rollup-delta.ts';
import { rollupTargets } from './rollup-targets.ts';

/** A figure a register determines: the unit's own value, or null when the register has none. */
export interface ComputedFigure {
  code: string;
  category: string;
  value: number | null;
}

/**
 * Writes the figures a register determines for one unit and period, in the caller's transaction,
 * so the register entry, its figures, every ancestor's totals and the audit commit together.
 * Register services recompute the unit's value from their rows and hand over the result: the
 * figure is never typed, and an unchanged value writes nothing.
 */
export async function setComputedFigures(
  tx: DbOrTx,
  actor: AuditActor,
  unitId: number,
  periodCode: string,
  figures: ComputedFigure[],
): Promise<void> {
  if (figures.length === 0) return;
  const codes = [...new Set(figures.map((f) => f.code))];
  const indicators = await queryRows<{ id: string; code: string; aggregation: 'sum' | 'max' | 'latest' }>(
    tx,
    sql`select id, code, aggregation from indicators
         where kind = 'quantity' and code in (${sql.join(
           codes.map((c) => sql`${c}`),
           sql`, `,
         )})`,
  );
  const byCode = new Map(indicators.map((i) => [i.code, { id: Number(i.id), aggregation: i.aggregation }]));
  const missing = codes.filter((c) => !byCode.has(c));
  // A register naming an indicator the catalogue lacks is a programming error, not user input.
  if (missing.length > 0)
    throw new AppError('internal', `Thiếu chỉ tiêu ${missing.join(', ')} trong danh mục.`);

  const current = await queryRows<{ indicator_id: string; category: string; value: number }>(
    tx,
    sql`select indicator_id, category, value::float8 as value from data_values
         where unit_id = ${unitId} and period_code = ${periodCode}
           and indicator_id in (${sql.join(
             [...byCode.values()].map((i) => sql`${i.id}`),
             sql`, `,
           )})
         for update`,
  );
  const before = new Map(current.map((r) => [`${r.indicator_id}|${r.category}`, r.value]));
  const changes = figures
    .map((f) => ({ ...f, indicator: byCode.get(f.code)! }))
    .map((f) => ({ ...f, old: before.get(`${f.indicator.id}|${f.category}`) ?? null }))
    .filter((f) => f.old !== f.value)
    .sort((a, b) => a.indicator.id - b.indicator.id || a.category.localeCompare(b.category));
  if (changes.length === 0) return;

  const targets = await rollupTargets(tx, unitId);
  const audit: AuditInput[] = [];
  for (const f of changes) {
    if (f.value === null) {
      await tx.execute(sql`
        delete from data_values
         where indicator_id = ${f.indicator.id} and category = ${f.category}
           and unit_id = ${unitId} and period_code = ${periodCode}`);
    } else {
      await tx.execute(sql`
        insert into data_values (indicator_id, category, unit_id, period_code, value, entered_by)
        values (${f.indicator.id}, ${f.category}, ${unitId}, ${periodCode}, ${f.value}, ${actor.userId})
        on conflict (indicator_id, category, unit_id, period_code) do update
           set value = excluded.value, entered_by = excluded.entered_by, entered_at = now()`);
    }
    await applyRollupDelta(tx, targets, {
      indicatorId: f.indicator.id,
      aggregation: f.indicator.aggregation,
      category: f.category,
      periodCode,
      before: f.old,
      after: f.value,
    });
    audit.push({
      entityType: 'data_value',
      entityId: `${f.code}|${f.category}|${unitId}|${periodCode}`,
      action: f.value === null ? 'delete' : f.old === null ? 'create' : 'update',
      unitId,
      before: f.old === null ? null : { value: f.old },
      after: f.value === null ? null : { value: f.value, computed: true },
    });
  }
  await recordAudit(tx, actor, audit);
}
