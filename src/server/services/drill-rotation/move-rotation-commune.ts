import { sql } from 'drizzle-orm';
import type { TMoveRotationRequest } from '../../../shared/schemas/drills.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { AppError, notFound } from '../../errors.ts';
import { canPlanDrillRotation } from '../../policies/registers.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { fieldError } from '../registers/register-checks.ts';
import {
  loadPlanInScope,
  loadRotationContext,
  type RotationContext,
  sharePercent,
} from './rotation-context.ts';

type Commune = RotationContext['communes'][number];

/** Why a commune cannot leave its year: it drilled, or a drill is entered for that year. */
function pinnedReason(c: Commune, year: number): string | null {
  if (c.doneYear !== null) return `${c.name} đã diễn tập năm ${c.doneYear}: không chuyển sang năm khác được.`;
  if (c.scheduledYears.includes(year))
    return `${c.name} đã có cuộc diễn tập dự kiến năm ${year} trong sổ diễn tập: hãy đổi ngày hoặc hủy cuộc diễn tập đó trước.`;
  return null;
}

/**
 * A leader moves a commune to another year of the plan, or swaps it with a commune of that year.
 * The 20–25 % rule is the law of the plan, so a plain move that would take a year out of the band
 * is refused, with the way out (a swap) named; so is moving a commune that already drilled.
 */
export async function moveRotationCommune(
  db: Db,
  actor: Actor,
  planId: number,
  communeId: number,
  input: TMoveRotationRequest,
): Promise<{ unitId: number; termFrom: number; termTo: number }> {
  const inScope = await loadPlanInScope(db, actor, planId);
  return db.transaction(async (tx) => {
    // Locks the plan against a concurrent re-proposal or move, then reads the plan and its entries
    // through this transaction: entries read before the lock could predate a move that just
    // committed, and two moves out of one year would each see it still full enough.
    await queryRows(tx, sql`select id from drill_rotation_plans where id = ${inScope.id} for update`);
    const plan = await loadPlanInScope(tx, actor, inScope.id);
    const ctx = await loadRotationContext(tx, actor, plan.unitId, plan.termFrom, plan.termTo);
    if (!canPlanDrillRotation(actor, { path: ctx.province.path }))
      throw new AppError(
        'forbidden',
        'Chỉ lãnh đạo (hoặc quản trị) điều chỉnh kế hoạch luân phiên diễn tập.',
      );
    const commune = ctx.communes.find((c) => c.id === communeId && c.plannedYear !== null);
    if (!commune) throw notFound('Xã, phường này không có trong kế hoạch luân phiên.');
    const from = commune.plannedYear!;
    const to = input.year;
    if (to < ctx.termFrom || to > ctx.termTo)
      throw fieldError('year', `Năm phải trong giai đoạn ${ctx.termFrom}–${ctx.termTo}.`);
    if (to === from) throw fieldError('year', `${commune.name} đã ở năm ${from} trong kế hoạch.`);
    const pinned = pinnedReason(commune, from);
    if (pinned) throw new AppError('conflict', pinned);

    const n = ctx.communes.filter((c) => c.plannedYear !== null).length;
    const countIn = (year: number) => ctx.communes.filter((c) => c.plannedYear === year).length;
    let partner: Commune | undefined;
    if (input.swapWithCommuneId) {
      partner = ctx.communes.find((c) => c.id === input.swapWithCommuneId);
      if (!partner || partner.plannedYear !== to)
        throw fieldError(
          'swapWithCommuneId',
          `Xã, phường được chọn để đổi chỗ không thuộc năm ${to} của kế hoạch.`,
        );
      const partnerPinned = pinnedReason(partner, to);
      if (partnerPinned) throw new AppError('conflict', partnerPinned);
    } else {
      const { min, max } = ctx.bounds;
      const minPct = sharePercent(ctx.minShare);
      const maxPct = sharePercent(ctx.maxShare);
      if (countIn(from) - 1 < min)
        throw new AppError(
          'conflict',
          `Không chuyển được: năm ${from} sẽ chỉ còn ${countIn(from) - 1}/${n} xã (${sharePercent((countIn(from) - 1) / n)}), dưới ${minPct}. Hãy chọn một xã của năm ${to} để đổi chỗ.`,
        );
      if (countIn(to) + 1 > max)
        throw new AppError(
          'conflict',
          `Không chuyển được: năm ${to} sẽ có ${countIn(to) + 1}/${n} xã (${sharePercent((countIn(to) + 1) / n)}), vượt ${maxPct}. Hãy chọn một xã của năm ${to} để đổi chỗ.`,
        );
    }

    await tx.execute(
      sql`update drill_rotation_entries set year = ${to} where plan_id = ${plan.id} and commune_id = ${commune.id}`,
    );
    if (partner)
      await tx.execute(
        sql`update drill_rotation_entries set year = ${from} where plan_id = ${plan.id} and commune_id = ${partner.id}`,
      );
    await tx.execute(sql`update drill_rotation_plans set updated_at = now() where id = ${plan.id}`);
    await recordAudit(tx, actor, [
      {
        entityType: 'drill_rotation_plan',
        entityId: plan.id,
        action: partner ? 'swap' : 'move',
        unitId: ctx.province.id,
        before: {
          [commune.name]: from,
          ...(partner ? { [partner.name]: to } : {}),
        },
        after: {
          communeId: commune.id,
          [commune.name]: to,
          ...(partner ? { swapWithCommuneId: partner.id, [partner.name]: from } : {}),
        },
      },
    ]);
    return { unitId: ctx.province.id, termFrom: ctx.termFrom, termTo: ctx.termTo };
  });
}
