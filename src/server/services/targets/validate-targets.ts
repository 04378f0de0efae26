import { sql } from 'drizzle-orm';
import {
  DISAGGREGATIONS,
  type Disaggregation,
  QUOTA_INDICATORS,
} from '../../../shared/indicator-catalogue.ts';
import type { Actor } from '../../auth/actor.ts';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { AppError, notFound } from '../../errors.ts';

/** What every target needs checked, however it is set (the target form or a document's review). */
export interface TargetDraft {
  indicatorId: number;
  category: string;
  unitId: number;
  level?: number | null;
  min?: number | null;
  max?: number | null;
  /** The task or document the target carries out; either must be one the actor may see. */
  sourceTaskId?: number | null;
  sourceDocumentId?: number | null;
}

/** A unit a target may be set for, as the checks loaded it. */
export interface TargetUnit {
  id: number;
  path: string;
  level: number;
}

const idArray = (ids: number[]) => `{${[...new Set(ids)].join(',')}}`;

/**
 * Checks targets against the database in three queries whatever their number: each unit, and the
 * task or document a target comes from, lies in the actor's subtree (404 otherwise), `authorize`
 * allows it (403 otherwise), a level lies below the
 * unit, the indicator exists, the category is one of its disaggregation and a ratio stays within
 * 100 %. With several targets each message says which one (`label`). Answers the units by id.
 */
export async function validateTargets(
  db: DbOrTx,
  actor: Actor,
  drafts: readonly TargetDraft[],
  options: {
    authorize?: (unit: TargetUnit) => boolean;
    label?: (index: number) => string;
  } = {},
): Promise<Map<number, TargetUnit>> {
  const units = new Map<number, TargetUnit>();
  if (drafts.length === 0) return units;
  const taskIds = drafts.flatMap((d) => (d.sourceTaskId != null ? [d.sourceTaskId] : []));
  const documentIds = drafts.flatMap((d) => (d.sourceDocumentId != null ? [d.sourceDocumentId] : []));
  const [unitRows, indicatorRows, sourceRows] = await Promise.all([
    queryRows<{ id: string; path: string; level: number }>(
      db,
      sql`select id, path::text as path, level from units
           where id = any(${idArray(drafts.map((d) => d.unitId))}::bigint[]) and path <@ ${actor.unitPath}::ltree`,
    ),
    queryRows<{ id: string; code: string; kind: string; disaggregation: string }>(
      db,
      sql`select id, code, kind, disaggregation from indicators
           where id = any(${idArray(drafts.map((d) => d.indicatorId))}::bigint[])`,
    ),
    // Sources have no foreign key to scope: one outside the subtree would show the target on
    // another unit's task or document page.
    taskIds.length + documentIds.length === 0
      ? Promise.resolve([])
      : queryRows<{ kind: 'task' | 'document'; id: string }>(
          db,
          sql`select 'task' as kind, t.id from tasks t join units u on u.id = t.unit_id
               where t.id = any(${idArray(taskIds)}::bigint[]) and u.path <@ ${actor.unitPath}::ltree
              union all
              select 'document' as kind, d.id from documents d join units u on u.id = d.unit_id
               where d.id = any(${idArray(documentIds)}::bigint[]) and u.path <@ ${actor.unitPath}::ltree`,
        ),
  ]);
  const visibleSources = new Set(sourceRows.map((r) => `${r.kind}:${r.id}`));
  for (const u of unitRows) units.set(Number(u.id), { id: Number(u.id), path: u.path, level: u.level });
  const indicators = new Map(indicatorRows.map((i) => [Number(i.id), i]));
  for (const [index, draft] of drafts.entries()) {
    const prefix = options.label?.(index) ?? '';
    const unit = units.get(draft.unitId);
    if (!unit) throw notFound(`${prefix}Không tìm thấy đơn vị này hoặc bạn không có quyền xem.`);
    if (options.authorize && !options.authorize(unit)) throw new AppError('forbidden');
    if (draft.sourceTaskId != null && !visibleSources.has(`task:${draft.sourceTaskId}`))
      throw notFound(`${prefix}Không tìm thấy nhiệm vụ này hoặc bạn không có quyền xem.`);
    if (draft.sourceDocumentId != null && !visibleSources.has(`document:${draft.sourceDocumentId}`))
      throw notFound(`${prefix}Không tìm thấy văn bản này hoặc bạn không có quyền xem.`);
    if (draft.level != null && draft.level <= unit.level) {
      throw new AppError(
        'validation_failed',
        `${prefix}Cấp áp dụng phải thấp hơn cấp của đơn vị giao chỉ tiêu.`,
      );
    }
    const indicator = indicators.get(draft.indicatorId);
    // The indicator is a value of the form, not a page the actor asked for: a bad one is bad input.
    if (!indicator) throw new AppError('validation_failed', `${prefix}Không tìm thấy chỉ tiêu.`);
    const quota = QUOTA_INDICATORS[indicator.code];
    if (quota) throw new AppError('validation_failed', `${prefix}${quota}`);
    const categories: readonly { code: string }[] =
      DISAGGREGATIONS[indicator.disaggregation as Disaggregation] ?? DISAGGREGATIONS.none;
    // The plain total ('') is always allowed: a target for all đối tượng together.
    if (draft.category !== '' && !categories.some((c) => c.code === draft.category)) {
      throw new AppError('validation_failed', `${prefix}Nhóm đối tượng không hợp lệ với chỉ tiêu này.`);
    }
    if (indicator.kind === 'ratio' && ((draft.min ?? 0) > 100 || (draft.max ?? 0) > 100)) {
      throw new AppError('validation_failed', `${prefix}Chỉ tiêu tỷ lệ không vượt quá 100%.`);
    }
  }
  return units;
}
