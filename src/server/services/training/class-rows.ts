import { type SQL, sql } from 'drizzle-orm';
import type { RegisterStatus } from '../../../shared/drill-kinds.ts';
import type { TrainingAudience } from '../../../shared/training-audiences.ts';
import type { Actor } from '../../auth/actor.ts';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { notFound } from '../../errors.ts';

/** A QP-AN class as the services and the presenter use it. */
export interface TrainingClassRow {
  id: number;
  unitId: number;
  unitName: string;
  unitLevel: number;
  unitPath: string;
  unitValidFrom: string | null;
  unitValidTo: string | null;
  title: string;
  audience: TrainingAudience;
  audienceNote: string | null;
  organiserAgencyId: number | null;
  organiserAgencyName: string | null;
  organiserText: string | null;
  startsOn: string;
  endsOn: string;
  plannedParticipants: number;
  actualParticipants: number | null;
  status: RegisterStatus;
  notes: string | null;
  updatedAt: string;
}

interface Raw {
  id: string;
  unit_id: string;
  unit_name: string;
  unit_level: number;
  unit_path: string;
  unit_valid_from: string | null;
  unit_valid_to: string | null;
  title: string;
  audience: TrainingAudience;
  audience_note: string | null;
  organiser_agency_id: string | null;
  organiser_agency_name: string | null;
  organiser_text: string | null;
  starts_on: string;
  ends_on: string;
  planned_participants: number;
  actual_participants: number | null;
  status: RegisterStatus;
  notes: string | null;
  updated_at: string | Date;
  total: number;
}

/** Classes of the actor's subtree matching `where` (over c and u), newest first, one page. */
export async function selectTrainingClasses(
  db: DbOrTx,
  actor: Actor,
  where: SQL,
  page: { limit: number; offset: number } = { limit: 1, offset: 0 },
): Promise<{ items: TrainingClassRow[]; total: number }> {
  const rows = await queryRows<Raw>(
    db,
    sql`select c.id, c.unit_id, u.name as unit_name, u.level as unit_level, u.path::text as unit_path,
               u.valid_from::text as unit_valid_from, u.valid_to::text as unit_valid_to,
               c.title, c.audience, c.audience_note, c.organiser_agency_id, a.name as organiser_agency_name,
               c.organiser_text, c.starts_on::text as starts_on, c.ends_on::text as ends_on,
               c.planned_participants, c.actual_participants, c.status, c.notes, c.updated_at,
               count(*) over ()::int as total
          from training_classes c
          join units u on u.id = c.unit_id
          left join agencies a on a.id = c.organiser_agency_id
         where u.path <@ ${actor.unitPath}::ltree and ${where}
         order by c.starts_on desc, c.id desc
         limit ${page.limit} offset ${page.offset}`,
  );
  return {
    items: rows.map((r) => ({
      id: Number(r.id),
      unitId: Number(r.unit_id),
      unitName: r.unit_name,
      unitLevel: Number(r.unit_level),
      unitPath: r.unit_path,
      unitValidFrom: r.unit_valid_from,
      unitValidTo: r.unit_valid_to,
      title: r.title,
      audience: r.audience,
      audienceNote: r.audience_note,
      organiserAgencyId: r.organiser_agency_id === null ? null : Number(r.organiser_agency_id),
      organiserAgencyName: r.organiser_agency_name,
      organiserText: r.organiser_text,
      startsOn: r.starts_on,
      endsOn: r.ends_on,
      plannedParticipants: Number(r.planned_participants),
      actualParticipants: r.actual_participants === null ? null : Number(r.actual_participants),
      status: r.status,
      notes: r.notes,
      updatedAt: new Date(r.updated_at).toISOString(),
    })),
    total: rows[0]?.total ?? 0,
  };
}

/** One class of the actor's subtree; 404 for anything else. */
export async function loadTrainingClass(db: DbOrTx, actor: Actor, id: number): Promise<TrainingClassRow> {
  const { items } = await selectTrainingClasses(db, actor, sql`c.id = ${id}`);
  if (!items[0]) throw notFound('Không tìm thấy lớp bồi dưỡng này hoặc bạn không có quyền xem.');
  return items[0];
}

/** What the audit log keeps of a class. */
export function classAuditShape(c: {
  unitId: number;
  title: string;
  audience: string;
  audienceNote?: string | null;
  organiserAgencyId?: number | null;
  organiserText?: string | null;
  startsOn: string;
  endsOn: string;
  plannedParticipants: number;
  actualParticipants?: number | null;
  status: string;
  notes?: string | null;
}) {
  return {
    unitId: c.unitId,
    title: c.title,
    audience: c.audience,
    audienceNote: c.audienceNote ?? null,
    organiserAgencyId: c.organiserAgencyId ?? null,
    organiserText: c.organiserText ?? null,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    plannedParticipants: c.plannedParticipants,
    actualParticipants: c.actualParticipants ?? null,
    status: c.status,
    notes: c.notes ?? null,
  };
}

/** The unit a class belongs to, as the placement rules need it. */
export function classUnit(c: TrainingClassRow) {
  return {
    name: c.unitName,
    level: c.unitLevel,
    path: c.unitPath,
    validFrom: c.unitValidFrom,
    validTo: c.unitValidTo,
  };
}

/** Sets `updated_at` with a change, so lists and the audit agree on when a class last changed. */
export const CLASS_TOUCHED = { updatedAt: sql`now()` };
