import { and, eq, sql } from 'drizzle-orm';
import { notTypedMessage } from '../../../shared/indicator-catalogue.ts';
import type { TCellError, TSaveEntryRequest } from '../../../shared/schemas/figures.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { dataValues } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { canEnterFigures } from '../../policies/figures.ts';
import { type AuditInput, recordAudit } from '../audit/record-audit.ts';
import { applyRollupDelta } from './apply-rollup-delta.ts';
import { loadEntryContext } from './entry-context.ts';
import { rollupTargets } from './rollup-targets.ts';

const key = (indicatorId: number, category: string) => `${indicatorId}|${category}`;
const fmt = (n: number) => n.toLocaleString('vi-VN');

/**
 * Saves cells of a unit's grid. Every cell is checked first (typed by people, not computed by a
 * register; range, whole numbers, part ≤ whole); if any is wrong nothing is saved and each wrong
 * cell is reported. The values, their audit
 * entries and every ancestor's totals change in one transaction.
 */
export async function saveEntry(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: TSaveEntryRequest,
): Promise<{ changed: number }> {
  const ctx = await loadEntryContext(db, clock, actor, input);
  if (!canEnterFigures(actor, ctx.unit)) throw new AppError('forbidden');
  if (ctx.window.isLocked) {
    throw new AppError(
      'forbidden',
      `Kỳ ${ctx.period.code} đã khóa sổ từ ngày ${ctx.window.locksOn.split('-').reverse().join('/')}. Hãy đề nghị lãnh đạo cấp trên mở lại.`,
    );
  }
  const byId = new Map(ctx.indicators.map((i) => [i.id, i]));
  const errors: TCellError[] = [];
  const incoming = new Map<string, { indicatorId: number; category: string; value: number | null }>();
  for (const cell of input.cells) {
    const indicator = byId.get(cell.indicatorId);
    const fail = (message: string) =>
      errors.push({ indicatorId: cell.indicatorId, category: cell.category, message });
    if (!indicator) {
      fail('Chỉ tiêu này không thuộc bộ chỉ tiêu báo cáo (hoặc là tỷ lệ được tính tự động).');
      continue;
    }
    if (indicator.determinedBy) {
      // A figure a register computes is never typed: the register would overwrite it, or worse, not.
      fail(notTypedMessage(indicator.name, indicator.determinedBy));
      continue;
    }
    if (!indicator.categories.some((c) => c.code === cell.category)) {
      fail(`Phân tổ "${cell.category}" không có ở chỉ tiêu "${indicator.name}".`);
      continue;
    }
    if (cell.value !== null && cell.value < 0) fail(`"${indicator.name}" không được âm.`);
    else if (cell.value !== null && indicator.isInteger && !Number.isInteger(cell.value)) {
      fail(`"${indicator.name}" phải là số nguyên (${indicator.unitOfMeasure}).`);
    }
    incoming.set(key(cell.indicatorId, cell.category), cell);
  }

  return db.transaction(async (tx) => {
    const current = await queryRows<{ indicator_id: string; category: string; value: number }>(
      tx,
      sql`select indicator_id, category, value::float8 as value from data_values
           where unit_id = ${ctx.unit.id} and period_code = ${ctx.period.code} for update`,
    );
    const before = new Map(current.map((r) => [key(Number(r.indicator_id), r.category), r.value]));
    const merged = new Map(before);
    for (const [k, cell] of incoming) {
      if (cell.value === null) merged.delete(k);
      else merged.set(k, cell.value);
    }
    const failed = new Set(errors.map((e) => key(e.indicatorId, e.category)));
    for (const ratio of ctx.ratios) {
      // Two computed parts are the registers' to keep consistent: nothing typed here can fix them.
      if (byId.get(ratio.numeratorId)!.determinedBy && byId.get(ratio.denominatorId)!.determinedBy) continue;
      for (const category of byId.get(ratio.numeratorId)!.categories.map((c) => c.code)) {
        // A part that is already wrong is reported once, not again through its ratio.
        if (failed.has(key(ratio.numeratorId, category)) || failed.has(key(ratio.denominatorId, category)))
          continue;
        const num = merged.get(key(ratio.numeratorId, category));
        const den = merged.get(key(ratio.denominatorId, category));
        if (num !== undefined && den !== undefined && num > den) {
          const label = byId.get(ratio.numeratorId)!.categories.find((c) => c.code === category)!.name;
          errors.push({
            indicatorId: ratio.numeratorId,
            category,
            message:
              `"${byId.get(ratio.numeratorId)!.name}" (${fmt(num)}) không được lớn hơn ` +
              `"${byId.get(ratio.denominatorId)!.name}" (${fmt(den)})${category ? ` ở ${label}` : ''}: tỷ lệ sẽ vượt 100%.`,
          });
        }
      }
    }
    if (errors.length > 0) {
      throw new AppError('validation_failed', `Có ${errors.length} ô chưa hợp lệ; chưa lưu số liệu nào.`, {
        cells: errors,
      });
    }

    const changes = [...incoming.values()]
      .filter((c) => (before.get(key(c.indicatorId, c.category)) ?? null) !== c.value)
      .sort((a, b) => a.indicatorId - b.indicatorId || a.category.localeCompare(b.category));
    if (changes.length === 0) return { changed: 0 };
    const targets = await rollupTargets(tx, ctx.unit.id);
    const now = clock.now();
    const audit: AuditInput[] = [];
    for (const cell of changes) {
      const old = before.get(key(cell.indicatorId, cell.category)) ?? null;
      const where = and(
        eq(dataValues.indicatorId, cell.indicatorId),
        eq(dataValues.category, cell.category),
        eq(dataValues.unitId, ctx.unit.id),
        eq(dataValues.periodCode, ctx.period.code),
      );
      if (cell.value === null) await tx.delete(dataValues).where(where);
      else {
        await tx
          .insert(dataValues)
          .values({
            indicatorId: cell.indicatorId,
            category: cell.category,
            unitId: ctx.unit.id,
            periodCode: ctx.period.code,
            value: cell.value,
            enteredBy: actor.userId,
            enteredAt: now,
            firstEnteredAt: now,
          })
          .onConflictDoUpdate({
            target: [dataValues.indicatorId, dataValues.category, dataValues.unitId, dataValues.periodCode],
            set: { value: cell.value, enteredBy: actor.userId, enteredAt: now },
          });
      }
      await applyRollupDelta(tx, targets, {
        indicatorId: cell.indicatorId,
        aggregation: byId.get(cell.indicatorId)!.aggregation,
        category: cell.category,
        periodCode: ctx.period.code,
        before: old,
        after: cell.value,
      });
      audit.push({
        entityType: 'data_value',
        entityId: `${byId.get(cell.indicatorId)!.code}|${cell.category}|${ctx.unit.id}|${ctx.period.code}`,
        action: cell.value === null ? 'delete' : old === null ? 'create' : 'update',
        unitId: ctx.unit.id,
        before: old === null ? null : { value: old },
        after: cell.value === null ? null : { value: cell.value },
      });
    }
    await recordAudit(tx, { userId: actor.userId, requestId: actor.requestId }, audit);
    return { changed: changes.length };
  });
}
