import { sql } from 'drizzle-orm';
import type { TCreateTargetRequest } from '../../../shared/schemas/targets.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { targets } from '../../db/schema/index.ts';
import { AppError, notFound } from '../../errors.ts';
import { canSetTargets } from '../../policies/targets.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { selectTargets, type TargetRow } from './target-rows.ts';

/** Sets a target for a unit (or each unit of a level under it) in the actor's subtree. */
export async function createTarget(db: Db, actor: Actor, input: TCreateTargetRequest): Promise<TargetRow> {
  const [unit] = await queryRows<{ path: string; level: number }>(
    db,
    sql`select path::text as path, level from units where id = ${input.unitId} and path <@ ${actor.unitPath}::ltree`,
  );
  if (!unit) throw notFound('Không tìm thấy đơn vị này hoặc bạn không có quyền xem.');
  if (!canSetTargets(actor, unit)) throw new AppError('forbidden');
  if (input.level != null && input.level <= unit.level) {
    throw new AppError('validation_failed', 'Cấp áp dụng phải thấp hơn cấp của đơn vị giao chỉ tiêu.');
  }
  const [indicator] = await queryRows<{ id: string; kind: string }>(
    db,
    sql`select id, kind from indicators where id = ${input.indicatorId}`,
  );
  if (!indicator) throw notFound('Không tìm thấy chỉ tiêu.');
  if (indicator.kind === 'ratio' && ((input.min ?? 0) > 100 || (input.max ?? 0) > 100)) {
    throw new AppError('validation_failed', 'Chỉ tiêu tỷ lệ không vượt quá 100%.');
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(targets)
      .values({
        indicatorId: input.indicatorId,
        category: input.category,
        unitId: input.unitId,
        level: input.level ?? null,
        periodCode: input.period,
        minValue: input.min ?? null,
        maxValue: input.max ?? null,
        sourceDocumentId: input.sourceDocumentId ?? null,
        sourceTaskId: input.sourceTaskId ?? null,
        note: input.note ?? null,
        createdBy: actor.userId,
      })
      .returning({ id: targets.id });
    await recordAudit(tx, { userId: actor.userId, requestId: actor.requestId }, [
      { entityType: 'target', entityId: row!.id, action: 'create', unitId: input.unitId, after: input },
    ]);
    const [created] = await selectTargets(tx, actor.unitPath, sql`t.id = ${row!.id}`);
    return created!;
  });
}
