import { type SQL, sql } from 'drizzle-orm';
import type { DrillForce, DrillGrade, DrillKind } from '../../../shared/drill-kinds.ts';
import type { Actor } from '../../auth/actor.ts';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { notFound } from '../../errors.ts';
import {
  type EntryRegister,
  type RawRegisterEntry,
  type RegisterEntryRow,
  toRegisterEntryRow,
} from '../registers/entry-rows.ts';

/** A drill as the services and the presenter use it. */
export interface DrillRow extends RegisterEntryRow {
  kind: DrillKind;
  title: string;
  plannedFrom: string;
  plannedTo: string;
  actualFrom: string | null;
  actualTo: string | null;
  participants: { force: DrillForce; count: number }[];
  grade: DrillGrade | null;
  safe: boolean | null;
  incidents: string | null;
  fileCount: number;
}

interface Raw extends RawRegisterEntry {
  kind: DrillKind;
  title: string;
  planned_from: string;
  planned_to: string;
  actual_from: string | null;
  actual_to: string | null;
  participants: { force: DrillForce; count: number }[];
  grade: DrillGrade | null;
  safe: boolean | null;
  incidents: string | null;
  file_count: number;
}

/** The date a drill is filed under: when it was held, else when it is planned. */
export const DRILL_DATE_SQL = sql`coalesce(d.actual_from, d.planned_from)`;

/** Drills of the actor's subtree matching `where` (over d and u), newest first, one page. */
export async function selectDrills(
  db: DbOrTx,
  actor: Actor,
  where: SQL,
  page: { limit: number; offset: number } = { limit: 1, offset: 0 },
): Promise<{ items: DrillRow[]; total: number }> {
  const rows = await queryRows<Raw>(
    db,
    sql`select d.id, d.unit_id, u.name as unit_name, u.level as unit_level, u.path::text as unit_path,
               u.valid_from::text as unit_valid_from, u.valid_to::text as unit_valid_to,
               d.kind, d.title, d.planned_from::text as planned_from, d.planned_to::text as planned_to,
               d.actual_from::text as actual_from, d.actual_to::text as actual_to,
               d.organiser_agency_id, a.name as organiser_agency_name, d.organiser_text, d.participants,
               d.status, d.grade, d.safe, d.incidents, d.notes, d.updated_at,
               (select count(*)::int from drill_files f where f.drill_id = d.id) as file_count,
               count(*) over ()::int as total
          from drills d
          join units u on u.id = d.unit_id
          left join agencies a on a.id = d.organiser_agency_id
         where u.path <@ ${actor.unitPath}::ltree and ${where}
         order by ${DRILL_DATE_SQL} desc, d.id desc
         limit ${page.limit} offset ${page.offset}`,
  );
  return { items: rows.map(toRow), total: rows[0]?.total ?? 0 };
}

/** One drill of the actor's subtree; 404 for anything else (another unit's drill looks absent). */
export async function loadDrill(db: DbOrTx, actor: Actor, id: number): Promise<DrillRow> {
  const { items } = await selectDrills(db, actor, sql`d.id = ${id}`);
  if (!items[0]) throw notFound('Không tìm thấy cuộc diễn tập này hoặc bạn không có quyền xem.');
  return items[0];
}

function toRow(r: Raw): DrillRow {
  return {
    ...toRegisterEntryRow(r),
    kind: r.kind,
    title: r.title,
    plannedFrom: r.planned_from,
    plannedTo: r.planned_to,
    actualFrom: r.actual_from,
    actualTo: r.actual_to,
    participants: Array.isArray(r.participants) ? r.participants : [],
    grade: r.grade,
    safe: r.safe,
    incidents: r.incidents,
    fileCount: Number(r.file_count),
  };
}

/** What the audit log keeps of a drill. */
export function drillAuditShape(d: {
  unitId: number;
  kind: string;
  title: string;
  plannedFrom: string;
  plannedTo: string;
  actualFrom?: string | null;
  actualTo?: string | null;
  status: string;
  grade?: string | null;
  safe?: boolean | null;
  incidents?: string | null;
  organiserAgencyId?: number | null;
  organiserText?: string | null;
  participants?: unknown;
  notes?: string | null;
}) {
  return {
    unitId: d.unitId,
    kind: d.kind,
    title: d.title,
    plannedFrom: d.plannedFrom,
    plannedTo: d.plannedTo,
    actualFrom: d.actualFrom ?? null,
    actualTo: d.actualTo ?? null,
    status: d.status,
    grade: d.grade ?? null,
    safe: d.safe ?? null,
    incidents: d.incidents ?? null,
    organiserAgencyId: d.organiserAgencyId ?? null,
    organiserText: d.organiserText ?? null,
    participants: d.participants ?? [],
    notes: d.notes ?? null,
  };
}

/** The drill register, as the shared entry use-cases (cancel, delete) see it. */
export const DRILL_REGISTER: EntryRegister<DrillRow> = {
  table: 'drills',
  entityType: 'drill',
  load: loadDrill,
  auditShape: drillAuditShape,
};
