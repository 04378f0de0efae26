import { sql } from 'drizzle-orm';
import { DISAGGREGATIONS, type Disaggregation } from '../../../shared/indicator-catalogue.ts';
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
}

/** A unit a target may be set for, as the checks loaded it. */
export interface TargetUnit {
  id: number;
  path: string;
  level: number;
}

const idArray = (ids: number[]) => `{${[...new Set(ids)].join(',')}}`;

/**
 * Checks targets against the database in two queries whatever their number: each unit lies in the
 * actor's subtree (404 otherwise), `authorize` allows it (403 otherwise), a level lies below the
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
  const [unitRows, indicatorRows] = await Promise.all([
    queryRows<{ id: string; path: string; level: number }>(
      db,
      sql`select id, path::text as path, level from units
           where id = any(${idArray(drafts.map((d) => d.unitId))}::bigint[]) and path <@ ${actor.unitPath}::ltree`,
    ),
    queryRows<{ id: string; kind: string; disaggregation: string }>(
      db,
      sql`select id, kind, disaggregation from indicators
           where id = any(${idArray(drafts.map((d) => d.indicatorId))}::bigint[])`,
    ),
  ]);
  for (const u of unitRows) units.set(Number(u.id), { id: Number(u.id), path: u.path, level: u.level });
  const indicators = new Map(indicatorRows.map((i) => [Number(i.id), i]));
  for (const [index, draft] of drafts.entries()) {
    const prefix = options.label?.(index) ?? '';
    const unit = units.get(draft.unitId);
    if (!unit) throw notFound(`${prefix}Không tìm thấy đơn vị này hoặc bạn không có quyền xem.`);
    if (options.authorize && !options.authorize(unit)) throw new AppError('forbidden');
    if (draft.level != null && draft.level <= unit.level) {
      throw new AppError(
        'validation_failed',
        `${prefix}Cấp áp dụng phải thấp hơn cấp của đơn vị giao chỉ tiêu.`,
      );
    }
    const indicator = indicators.get(draft.indicatorId);
    // The indicator is a value of the form, not a page the actor asked for: a bad one is bad input.
    if (!indicator) throw new AppError('validation_failed', `${prefix}Không tìm thấy chỉ tiêu.`);
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
