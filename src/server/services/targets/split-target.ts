import { eq, sql } from 'drizzle-orm';
import type { TSplitTargetRequest } from '../../../shared/schemas/targets.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { targets } from '../../db/schema/index.ts';
import { AppError, notFound } from '../../errors.ts';
import { canSetTargets } from '../../policies/targets.ts';
import { type AuditInput, recordAudit } from '../audit/record-audit.ts';
import { selectTargets, type TargetRow } from './target-rows.ts';

const fmt = (n: number) => n.toLocaleString('vi-VN');

/**
 * Divides a quota (a target with an exact value) among the sub-units of its unit. The parts must
 * add up to the quota exactly; a new split replaces the previous one.
 */
export async function splitTarget(
  db: Db,
  actor: Actor,
  targetId: number,
  input: TSplitTargetRequest,
): Promise<TargetRow[]> {
  const [parent] = await selectTargets(db, actor.unitPath, sql`t.id = ${targetId}`);
  if (!parent) throw notFound('Không tìm thấy chỉ tiêu được giao.');
  if (!canSetTargets(actor, { path: parent.unitPath })) throw new AppError('forbidden');
  const quota = parent.min !== null && (parent.max === null || parent.max === parent.min) ? parent.min : null;
  if (quota === null || parent.level !== null) {
    throw new AppError(
      'validation_failed',
      'Chỉ phân bổ được chỉ tiêu có một con số cụ thể giao cho một đơn vị.',
    );
  }
  const total = input.allocations.reduce((s, a) => s + a.value, 0);
  if (Math.abs(total - quota) > 1e-9) {
    throw new AppError(
      'validation_failed',
      `Tổng phân bổ (${fmt(total)}) phải bằng chỉ tiêu được giao (${fmt(quota)}).`,
      {
        total,
        quota,
      },
    );
  }
  const ids = input.allocations.map((a) => a.unitId);
  if (new Set(ids).size !== ids.length)
    throw new AppError('validation_failed', 'Một đơn vị xuất hiện hai lần trong bảng phân bổ.');
  const children = await queryRows<{ id: string }>(
    db,
    sql`select id from units where parent_id = ${parent.unitId} and id = any(${`{${ids.join(',')}}`}::bigint[])`,
  );
  if (children.length !== ids.length) {
    throw new AppError('validation_failed', `Chỉ phân bổ cho các đơn vị trực thuộc ${parent.unitName}.`);
  }
  return db.transaction(async (tx) => {
    const previous = await tx.delete(targets).where(eq(targets.parentTargetId, targetId)).returning();
    const created = await tx
      .insert(targets)
      .values(
        input.allocations.map((a) => ({
          indicatorId: parent.indicatorId,
          category: parent.category,
          unitId: a.unitId,
          periodCode: parent.period,
          minValue: a.value,
          maxValue: a.value,
          parentTargetId: targetId,
          sourceDocumentId: parent.sourceDocumentId,
          createdBy: actor.userId,
        })),
      )
      .returning({ id: targets.id, unitId: targets.unitId, value: targets.minValue });
    const audit: AuditInput[] = [
      ...previous.map((p) => ({
        entityType: 'target',
        entityId: p.id,
        action: 'delete',
        unitId: p.unitId,
        before: p,
      })),
      ...created.map((c) => ({
        entityType: 'target',
        entityId: c.id,
        action: 'split',
        unitId: c.unitId,
        after: { parentTargetId: targetId, value: c.value },
      })),
    ];
    await recordAudit(tx, { userId: actor.userId, requestId: actor.requestId }, audit);
    return selectTargets(tx, actor.unitPath, sql`t.parent_target_id = ${targetId}`);
  });
}
