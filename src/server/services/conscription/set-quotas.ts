import { sql } from 'drizzle-orm';
import { conscriptionCalendar } from '../../../shared/conscription-calendar.ts';
import type { TSetQuotasRequest } from '../../../shared/schemas/conscription.ts';
import { viCount } from '../../../shared/schemas/register-fields.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { canSetOwnQuota, canSplitQuota } from '../../policies/conscription.ts';
import { type AuditInput, recordAudit } from '../audit/record-audit.ts';
import { registerUnits } from '../units/register-units.ts';
import { unitInScope } from '../units/unit-in-scope.ts';
import { syncQuotaFigures } from './conscription-figures.ts';
import { selectConscriptionRecords } from './conscription-rows.ts';

const idList = (ids: number[]) => `{${ids.map((id) => Math.trunc(id)).join(',')}}`;
const show = (n: number | null) => (n === null ? 'chưa có' : viCount(n));

/**
 * Sets a unit's quota for a handover year and/or splits it among the units directly under it, in
 * one transaction with its audit and figures. After the change, the quotas of the units under it
 * (if any has one) add up to its quota exactly, and a unit whose quota changes still equals the
 * split it made below; otherwise nothing is written.
 */
export async function setConscriptionQuotas(db: Db, actor: Actor, input: TSetQuotasRequest): Promise<void> {
  const { year } = input;
  const unit = await unitInScope(db, actor, input.unitId);
  const handover = conscriptionCalendar(year).at(-1)!;
  const units = await registerUnits(
    db,
    unit.id,
    { table: 'conscription_years', year },
    { from: handover.from, to: handover.to },
  );
  const self = units.find((u) => u.id === unit.id)!;
  const children = new Map(units.filter((u) => u.id !== unit.id).map((u) => [u.id, u]));

  if (input.quota !== undefined) {
    if (!canSetOwnQuota(actor, unit))
      throw new AppError(
        'forbidden',
        unit.level <= 1
          ? 'Chỉ lãnh đạo đơn vị mới giao chỉ tiêu tuyển quân.'
          : `Chỉ tiêu tuyển quân của ${unit.name} do cấp trên phân bổ.`,
      );
  }
  if (input.allocations.length > 0 && !canSplitQuota(actor, unit))
    throw new AppError('forbidden', 'Chỉ lãnh đạo đơn vị mới phân bổ chỉ tiêu tuyển quân cho cấp dưới.');
  const strangers = input.allocations.filter((a) => !children.has(a.unitId));
  if (strangers.length > 0)
    throw new AppError(
      'validation_failed',
      `Chỉ phân bổ chỉ tiêu cho các đơn vị trực thuộc ${unit.name} trong năm ${year}.`,
    );

  await db.transaction(async (tx) => {
    if (input.quota !== undefined && self.parentId !== null) {
      const fromAbove = await selectConscriptionRecords(
        tx,
        year,
        sql`c.unit_id = ${self.parentId} and c.quota is not null`,
      );
      if (fromAbove.length > 0)
        throw new AppError('forbidden', `Chỉ tiêu tuyển quân của ${unit.name} do cấp trên phân bổ.`);
    }
    // Rows to hold the new quotas exist before they are locked, so two leaders splitting the same
    // quota at once wait for each other instead of both passing the check.
    const touched = [
      ...(input.quota !== undefined ? [{ unitId: unit.id, quota: input.quota }] : []),
      ...input.allocations,
    ];
    const holding = touched.filter((t) => t.quota !== null).map((t) => t.unitId);
    const creating = holding.length > 0 ? [...new Set([unit.id, ...holding])] : [];
    if (creating.length > 0)
      await tx.execute(sql`
      insert into conscription_years (unit_id, year, updated_by)
      select u, ${year}, ${actor.userId} from unnest(${idList(creating)}::bigint[]) as u
      on conflict (unit_id, year) do nothing`);
    // The unit's own row is locked by itself first: a statement's snapshot predates its lock wait,
    // so the children read in the same statement would miss a row a concurrent split just added.
    // Read after the lock is granted, they include it, and two splits cannot together exceed it.
    await tx.execute(
      sql`select 1 from conscription_years where unit_id = ${unit.id} and year = ${year} for update`,
    );
    const locked = await selectConscriptionRecords(
      tx,
      year,
      sql`(c.unit_id = ${unit.id} or u.parent_id = ${unit.id})`,
      { lock: true },
    );
    const before = new Map(locked.map((r) => [r.unitId, r.quota]));
    const after = new Map(before);
    for (const t of touched) after.set(t.unitId, t.quota);

    const quota = after.get(unit.id) ?? null;
    const parts = [...after].filter(([id, q]) => id !== unit.id && q !== null).map(([, q]) => q!);
    if (parts.length > 0) {
      const allocated = parts.reduce((s, q) => s + q, 0);
      if (quota === null)
        throw new AppError(
          'validation_failed',
          `${unit.name} chưa có chỉ tiêu tuyển quân năm ${year}: chưa thể phân bổ ${viCount(allocated)} cho cấp dưới.`,
          { quota, allocated },
        );
      if (allocated !== quota)
        throw new AppError(
          'validation_failed',
          `Tổng chỉ tiêu phân bổ cho các đơn vị trực thuộc (${viCount(allocated)}) phải bằng chỉ tiêu của ${unit.name} (${viCount(quota)}).`,
          { quota, allocated },
        );
    }

    const changed = touched.filter((t) => (before.get(t.unitId) ?? null) !== t.quota);
    // A sub-unit that already split its quota further keeps that split whole.
    const resplit = changed.filter((t) => t.unitId !== unit.id).map((t) => t.unitId);
    if (resplit.length > 0) {
      const below = await selectConscriptionRecords(
        tx,
        year,
        sql`u.parent_id = any(${idList(resplit)}::bigint[]) and c.quota is not null`,
      );
      for (const id of resplit) {
        const theirs = below.filter((r) => r.parentId === id);
        if (theirs.length === 0) continue;
        const sum = theirs.reduce((s, r) => s + r.quota!, 0);
        if (sum !== after.get(id))
          throw new AppError(
            'validation_failed',
            `${children.get(id)!.name} đã phân bổ ${viCount(sum)} cho cấp dưới: chỉ tiêu mới (${show(after.get(id) ?? null)}) phải bằng tổng đó.`,
            { unitId: id, allocated: sum },
          );
      }
    }
    if (changed.length === 0) return;

    for (const t of changed) {
      await tx.execute(sql`
        update conscription_years set quota = ${t.quota}, updated_by = ${actor.userId}, updated_at = now()
         where unit_id = ${t.unitId} and year = ${year}`);
    }
    const audit: AuditInput[] = changed.map((t) => ({
      entityType: 'conscription_year',
      entityId: `${t.unitId}|${year}`,
      action: t.unitId === unit.id ? 'set_quota' : 'split_quota',
      unitId: t.unitId,
      before: { quota: before.get(t.unitId) ?? null },
      after: { quota: t.quota, ...(t.unitId === unit.id ? {} : { splitFrom: unit.id }) },
    }));
    await recordAudit(tx, { userId: actor.userId, requestId: actor.requestId }, audit);
    // Which quotas count as figures depends on who holds a split: the unit, its parent, the parts.
    await syncQuotaFigures(
      tx,
      actor,
      [...(self.parentId !== null ? [self.parentId] : []), unit.id, ...changed.map((t) => t.unitId)],
      year,
    );
  });
}
