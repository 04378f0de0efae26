import { sql } from 'drizzle-orm';
import { vnDate } from '../../../shared/iso-dates.ts';
import type { TCreateYearDrillsRequest } from '../../../shared/schemas/drills.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { drills } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { canPlanDrillRotation } from '../../policies/registers.ts';
import { type AuditInput, recordAudit } from '../audit/record-audit.ts';
import { drillAuditShape } from '../drills/drill-rows.ts';
import { fieldError } from '../registers/register-checks.ts';
import { loadPlanInScope, loadRotationContext } from './rotation-context.ts';

/**
 * Enters a planned combat drill in the register for each commune the plan puts in `year`, dated
 * the whole year unless dates are given (the commune sets the days later). Idempotent: a commune
 * that already has a drill of that kind in that year (planned or held) gets no second one.
 */
export async function createYearDrills(
  db: Db,
  actor: Actor,
  planId: number,
  year: number,
  input: TCreateYearDrillsRequest,
): Promise<{ created: number; existing: number }> {
  const plan = await loadPlanInScope(db, actor, planId);
  if (year < plan.termFrom || year > plan.termTo)
    throw new AppError('validation_failed', `Năm phải trong giai đoạn ${plan.termFrom}–${plan.termTo}.`);
  const plannedFrom = input.plannedFrom ?? `${year}-01-01`;
  const plannedTo = input.plannedTo ?? (input.plannedFrom ? input.plannedFrom : `${year}-12-31`);
  for (const [field, date] of [
    ['plannedFrom', plannedFrom],
    ['plannedTo', plannedTo],
  ] as const)
    if (!date.startsWith(`${year}-`))
      throw fieldError(field, `Ngày dự kiến (${vnDate(date)}) phải trong năm ${year}.`);
  if (plannedFrom > plannedTo)
    throw fieldError('plannedTo', 'Ngày kết thúc dự kiến phải trùng hoặc sau ngày bắt đầu.');
  const ctx = await loadRotationContext(db, actor, plan.unitId, plan.termFrom, plan.termTo);
  if (!canPlanDrillRotation(actor, { path: ctx.province.path }))
    throw new AppError('forbidden', 'Chỉ lãnh đạo (hoặc quản trị) giao kế hoạch diễn tập cho các xã.');
  const communes = ctx.communes.filter((c) => c.plannedYear === year);
  return db.transaction(async (tx) => {
    // Two clicks at once must not enter the same commune's drill twice.
    await queryRows(tx, sql`select id from drill_rotation_plans where id = ${plan.id} for update`);
    const existing = new Set(
      (
        await queryRows<{ unit_id: string }>(
          tx,
          sql`select distinct unit_id from drills
               where kind = 'chien_dau_xa' and status <> 'cancelled'
                 and coalesce(actual_from, planned_from) between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date
                 and unit_id = any(${`{${communes.map((c) => c.id).join(',')}}`}::bigint[])`,
        )
      ).map((r) => Number(r.unit_id)),
    );
    const audit: AuditInput[] = [];
    let created = 0;
    for (const commune of communes) {
      if (existing.has(commune.id)) continue;
      const values = {
        unitId: commune.id,
        kind: 'chien_dau_xa' as const,
        title: `Diễn tập chiến đấu ${commune.name} trong khu vực phòng thủ năm ${year}`,
        plannedFrom,
        plannedTo,
        participants: [],
        status: 'planned',
        notes: `Theo kế hoạch luân phiên diễn tập giai đoạn ${plan.termFrom}–${plan.termTo} của ${ctx.province.name}.`,
        createdBy: actor.userId,
      };
      const [row] = await tx.insert(drills).values(values).returning({ id: drills.id });
      audit.push({
        entityType: 'drill',
        entityId: row!.id,
        action: 'create',
        unitId: commune.id,
        after: { ...drillAuditShape(values), rotationPlanId: plan.id },
      });
      created += 1;
    }
    await recordAudit(tx, actor, audit);
    return { created, existing: existing.size };
  });
}
