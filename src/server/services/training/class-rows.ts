import { type SQL, sql } from 'drizzle-orm';
import type { TrainingAudience } from '../../../shared/training-audiences.ts';
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

/** A QP-AN class as the services and the presenter use it. */
export interface TrainingClassRow extends RegisterEntryRow {
  title: string;
  audience: TrainingAudience;
  audienceNote: string | null;
  startsOn: string;
  endsOn: string;
  plannedParticipants: number;
  actualParticipants: number | null;
}

interface Raw extends RawRegisterEntry {
  title: string;
  audience: TrainingAudience;
  audience_note: string | null;
  starts_on: string;
  ends_on: string;
  planned_participants: number;
  actual_participants: number | null;
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
      ...toRegisterEntryRow(r),
      title: r.title,
      audience: r.audience,
      audienceNote: r.audience_note,
      startsOn: r.starts_on,
      endsOn: r.ends_on,
      plannedParticipants: Number(r.planned_participants),
      actualParticipants: r.actual_participants === null ? null : Number(r.actual_participants),
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

/** The class register, as the shared entry use-cases (cancel, delete) see it. */
export const TRAINING_CLASS_REGISTER: EntryRegister<TrainingClassRow> = {
  table: 'training_classes',
  entityType: 'training_class',
  load: loadTrainingClass,
  auditShape: classAuditShape,
};
