import type { DbOrTx } from '../../db/client.ts';
import { targets } from '../../db/schema/index.ts';
import type { AuditInput } from '../audit/record-audit.ts';
import type { TargetDraft } from './validate-targets.ts';

/** A checked target ready to be written, with where it came from. */
export interface TargetInsert extends TargetDraft {
  period: string;
  note?: string | null;
  sourceDocumentId?: number | null;
  sourceTaskId?: number | null;
  /** Extra facts for the audit entry only (e.g. the words of the document that set it). */
  auditExtra?: Record<string, unknown>;
}

/**
 * Writes targets (already passed through `validateTargets`) in one statement and answers their ids
 * with one audit entry each; the caller records the entries in the same transaction.
 */
export async function insertTargets(
  tx: DbOrTx,
  userId: string,
  rows: readonly TargetInsert[],
): Promise<{ ids: number[]; audit: AuditInput[] }> {
  if (rows.length === 0) return { ids: [], audit: [] };
  const inserted = await tx
    .insert(targets)
    .values(
      rows.map((r) => ({
        indicatorId: r.indicatorId,
        category: r.category,
        unitId: r.unitId,
        level: r.level ?? null,
        periodCode: r.period,
        minValue: r.min ?? null,
        maxValue: r.max ?? null,
        sourceDocumentId: r.sourceDocumentId ?? null,
        sourceTaskId: r.sourceTaskId ?? null,
        note: r.note ?? null,
        createdBy: userId,
      })),
    )
    .returning({ id: targets.id });
  const ids = inserted.map((r) => r.id);
  const audit = rows.map(({ auditExtra, ...row }, i) => ({
    entityType: 'target',
    entityId: ids[i]!,
    action: 'create',
    unitId: row.unitId,
    after: { ...row, ...auditExtra },
  }));
  return { ids, audit };
}
