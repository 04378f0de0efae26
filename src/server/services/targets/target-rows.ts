import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';

/** A target joined with its indicator and unit names. */
export interface TargetRow {
  id: number;
  indicatorId: number;
  indicatorName: string;
  indicatorKind: 'quantity' | 'ratio';
  category: string;
  unitId: number;
  unitName: string;
  unitPath: string;
  level: number | null;
  period: string;
  min: number | null;
  max: number | null;
  parentTargetId: number | null;
  sourceDocumentId: number | null;
  /** Null when the source document lies outside the scope the rows were read for. */
  sourceDocument: { id: number; number: string | null; kind: string | null } | null;
  sourceTaskId: number | null;
  note: string | null;
}

/** Targets within `scopePath` matching `where` (over t, i, u). */
export async function selectTargets(
  db: DbOrTx,
  scopePath: string,
  where: ReturnType<typeof sql>,
): Promise<TargetRow[]> {
  const rows = await queryRows<{
    id: string;
    indicator_id: string;
    indicator_name: string;
    indicator_kind: 'quantity' | 'ratio';
    category: string;
    unit_id: string;
    unit_name: string;
    unit_path: string;
    level: number | null;
    period_code: string;
    min: number | null;
    max: number | null;
    parent_target_id: string | null;
    source_document_id: string | null;
    source_number: string | null;
    source_kind: string | null;
    source_visible: boolean;
    source_task_id: string | null;
    note: string | null;
  }>(
    db,
    // A source document above the scope (a province plan seen by a commune) stays unnamed.
    sql`select t.id, t.indicator_id, i.name as indicator_name, i.kind as indicator_kind, t.category, t.unit_id, u.name as unit_name,
               u.path::text as unit_path, t.level, t.period_code, t.min_value::float8 as min, t.max_value::float8 as max,
               t.parent_target_id, t.source_document_id, sd.number as source_number, sd.kind as source_kind,
               su.id is not null as source_visible, t.source_task_id, t.note
          from targets t join indicators i on i.id = t.indicator_id join units u on u.id = t.unit_id
          left join documents sd on sd.id = t.source_document_id
          left join units su on su.id = sd.unit_id and su.path <@ ${scopePath}::ltree
         where u.path <@ ${scopePath}::ltree and ${where}
         order by t.period_code, i.group_code, i.id, u.name`,
  );
  return rows.map((r) => ({
    id: Number(r.id),
    indicatorId: Number(r.indicator_id),
    indicatorName: r.indicator_name,
    indicatorKind: r.indicator_kind,
    category: r.category,
    unitId: Number(r.unit_id),
    unitName: r.unit_name,
    unitPath: r.unit_path,
    level: r.level,
    period: r.period_code,
    min: r.min,
    max: r.max,
    parentTargetId: r.parent_target_id === null ? null : Number(r.parent_target_id),
    sourceDocumentId: r.source_document_id === null ? null : Number(r.source_document_id),
    sourceDocument:
      r.source_document_id !== null && r.source_visible
        ? { id: Number(r.source_document_id), number: r.source_number, kind: r.source_kind }
        : null,
    sourceTaskId: r.source_task_id === null ? null : Number(r.source_task_id),
    note: r.note,
  }));
}
