import { type SQL, sql } from 'drizzle-orm';
import { awardByCode, type NomineeKind } from '../../../shared/award-catalogue.ts';
import type { AwardState, TAwardProposal, TEvidence } from '../../../shared/schemas/awards.ts';
import type { Actor } from '../../auth/actor.ts';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { notFound } from '../../errors.ts';
import { awardActions } from '../../policies/awards.ts';

interface Raw {
  id: string;
  unit_id: string;
  unit_name: string;
  unit_path: string;
  conference_id: string | null;
  conference_title: string | null;
  nominee_kind: NomineeKind;
  nominee_agency_id: string | null;
  nominee_unit_id: string | null;
  nominee_name: string;
  nominee_position: string | null;
  nominee_organisation: string | null;
  award_code: string;
  granting_unit_id: string;
  granting_name: string;
  achievements: string;
  evidence: TEvidence[];
  state: AwardState;
  proposed_by: string | null;
  created_at: string | Date;
  reviewed_by: string | null;
  reviewed_at: string | Date | null;
  decided_by: string | null;
  decided_at: string | Date | null;
  decision_note: string | null;
}

/** A proposal with what the services check beside what the API shows. */
export type AwardRow = TAwardProposal & { unitPath: string };

const iso = (v: string | Date | null) => (v === null ? null : new Date(v).toISOString());

/**
 * Proposals whose proposing unit lies in the actor's subtree and that match `where` (over ap, u):
 * the level that decides a proposal is always above or at the proposing unit, so it sees them too.
 */
export async function selectProposals(db: DbOrTx, actor: Actor, where: SQL): Promise<AwardRow[]> {
  const rows = await queryRows<Raw>(
    db,
    sql`select ap.id, ap.unit_id, u.name as unit_name, u.path::text as unit_path, ap.conference_id,
               c.title as conference_title, ap.nominee_kind, ap.nominee_agency_id, ap.nominee_unit_id,
               ap.nominee_name, ap.nominee_position, ap.nominee_organisation, ap.award_code,
               ap.granting_unit_id, gu.name as granting_name, ap.achievements, ap.evidence, ap.state,
               pu.full_name as proposed_by, ap.created_at, ru.full_name as reviewed_by, ap.reviewed_at,
               du.full_name as decided_by, ap.decided_at, ap.decision_note
          from award_proposals ap
          join units u on u.id = ap.unit_id
          join units gu on gu.id = ap.granting_unit_id
          left join conferences c on c.id = ap.conference_id
          left join users pu on pu.id = ap.created_by
          left join users ru on ru.id = ap.reviewed_by
          left join users du on du.id = ap.decided_by
         where u.path <@ ${actor.unitPath}::ltree and ${where}
         order by ap.created_at desc, ap.id desc`,
  );
  return rows.map((r) => {
    const award = awardByCode(r.award_code);
    const policy = {
      unitId: Number(r.unit_id),
      unitPath: r.unit_path,
      grantingUnitId: Number(r.granting_unit_id),
      state: r.state,
    };
    return {
      id: Number(r.id),
      unit: { id: Number(r.unit_id), name: r.unit_name },
      unitPath: r.unit_path,
      conference:
        r.conference_id === null ? null : { id: Number(r.conference_id), title: r.conference_title ?? '' },
      nomineeKind: r.nominee_kind,
      nomineeAgencyId: r.nominee_agency_id === null ? null : Number(r.nominee_agency_id),
      nomineeUnitId: r.nominee_unit_id === null ? null : Number(r.nominee_unit_id),
      nomineeName: r.nominee_name,
      nomineePosition: r.nominee_position,
      nomineeOrganisation: r.nominee_organisation,
      award: {
        code: r.award_code,
        // A code dropped from the catalogue still shows, under its code.
        name: award?.name ?? r.award_code,
        form: award?.form ?? 'bang_khen',
        forwarded: award?.forwarded ?? false,
      },
      grantingUnit: { id: Number(r.granting_unit_id), name: r.granting_name },
      achievements: r.achievements,
      evidence: r.evidence ?? [],
      state: r.state,
      proposedBy: r.proposed_by,
      proposedAt: iso(r.created_at)!,
      reviewedBy: r.reviewed_by,
      reviewedAt: iso(r.reviewed_at),
      decidedBy: r.decided_by,
      decidedAt: iso(r.decided_at),
      decisionNote: r.decision_note,
      actions: awardActions(actor, policy),
    };
  });
}

/** One proposal the actor may see, else 404. */
export async function loadProposal(db: DbOrTx, actor: Actor, proposalId: number): Promise<AwardRow> {
  const [row] = await selectProposals(db, actor, sql`ap.id = ${proposalId}`);
  if (!row) throw notFound('Không tìm thấy đề nghị khen thưởng này hoặc bạn không có quyền xem.');
  return row;
}
