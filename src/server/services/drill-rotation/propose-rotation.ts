import { sql } from 'drizzle-orm';
import { planRotation } from '../../../shared/drill-rotation.ts';
import type { TProposeRotationRequest } from '../../../shared/schemas/drills.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { drillRotationEntries } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { canPlanDrillRotation } from '../../policies/registers.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadRotationContext } from './rotation-context.ts';

const CHUNK = 1000;

/**
 * Proposes and saves which communes of a province drill in which year of a term, each once,
 * 20–25 % of them a year. A commune the register shows as drilled in the term keeps the year it
 * drilled, and so does one with a drill already entered for a year of the term (it was scheduled);
 * the others are placed by the planner, those whose last drill is longest ago first.
 *
 * There is one plan per province and term. Proposing again rewrites the plan's entries: the
 * communes that drilled (or are scheduled) keep their year because they are fixed above, and only
 * the not-yet-drilled communes are placed anew — a leader's earlier manual moves among those are
 * replaced by the fresh proposal, which is what "propose again" asks for.
 */
export async function proposeRotation(db: Db, actor: Actor, input: TProposeRotationRequest): Promise<number> {
  const ctx = await loadRotationContext(db, actor, input.unitId, input.termFrom, input.termTo);
  if (!canPlanDrillRotation(actor, { path: ctx.province.path }))
    throw new AppError('forbidden', 'Chỉ lãnh đạo (hoặc quản trị) lập kế hoạch luân phiên diễn tập.');
  if (ctx.communes.length === 0)
    throw new AppError('conflict', `${ctx.province.name} không có xã, phường nào trong giai đoạn này.`);
  const plan = planRotation(
    ctx.communes.map((c) => ({
      id: c.id,
      name: c.name,
      lastDrillYear: c.lastDrillYear,
      fixedYear: c.doneYear ?? c.scheduledYears[0] ?? null,
    })),
    ctx.termFrom,
    ctx.termTo,
    ctx.minShare,
    ctx.maxShare,
  );
  if (!plan.ok) throw new AppError('conflict', plan.reason);
  return db.transaction(async (tx) => {
    // The upsert locks the plan's row, so two leaders proposing at once take turns.
    const [row] = await queryRows<{ id: string; created: boolean }>(
      tx,
      sql`insert into drill_rotation_plans (unit_id, term_from, term_to, min_share, max_share, created_by)
          values (${ctx.province.id}, ${ctx.termFrom}, ${ctx.termTo}, ${ctx.minShare}, ${ctx.maxShare}, ${actor.userId})
          on conflict (unit_id, term_from, term_to) do update set updated_at = now()
          returning id, (xmax = 0) as created`,
    );
    const planId = Number(row!.id);
    const before = await queryRows<{ commune_id: string; year: number }>(
      tx,
      sql`select commune_id, year from drill_rotation_entries where plan_id = ${planId}`,
    );
    await tx.execute(sql`delete from drill_rotation_entries where plan_id = ${planId}`);
    const entries = plan.years.flatMap((y) =>
      y.communeIds.map((communeId) => ({ planId, communeId, year: y.year })),
    );
    for (let i = 0; i < entries.length; i += CHUNK)
      await tx.insert(drillRotationEntries).values(entries.slice(i, i + CHUNK));
    const summary = (list: { year: number }[]) =>
      Object.fromEntries(
        plan.years.map((y) => [y.year, list.filter((e) => e.year === y.year).length]),
      ) as Record<string, number>;
    await recordAudit(tx, actor, [
      {
        entityType: 'drill_rotation_plan',
        entityId: planId,
        action: row!.created ? 'propose' : 'repropose',
        unitId: ctx.province.id,
        before: before.length > 0 ? { communesPerYear: summary(before) } : null,
        after: {
          termFrom: ctx.termFrom,
          termTo: ctx.termTo,
          communesPerYear: summary(entries),
          fixed: ctx.communes.filter((c) => c.doneYear !== null || c.scheduledYears.length > 0).length,
        },
      },
    ]);
    return planId;
  });
}
