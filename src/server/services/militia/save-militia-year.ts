import { sql } from 'drizzle-orm';
import { UNIT_KIND_LEVEL } from '../../../shared/enums.ts';
import { MILITIA_FORCE_TYPES, type MilitiaForces, totalForce } from '../../../shared/militia.ts';
import type { TSaveMilitiaRequest } from '../../../shared/schemas/militia.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { canEditMilitiaYear } from '../../policies/militia.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { setComputedFigures } from '../figures/set-computed-figures.ts';
import { syncCommuneCounts } from '../figures/sync-commune-counts.ts';
import { lockRegisterUnits } from '../registers/register-locks.ts';
import { unitInScope } from '../units/unit-in-scope.ts';
import { type MilitiaRecord, selectMilitiaRecords } from './militia-rows.ts';

const COMMUNE_LEVEL = UNIT_KIND_LEVEL.xa;

const FIELDS = [
  'forces',
  'partyMembers',
  'militiaPartyMembers',
  'trainingSummoned',
  'trainingAttended',
  'hasMilitaryPartyCell',
  'reservesAssigned',
  'reservesMatchingSpecialty',
  'notes',
] as const;

type Snapshot = Pick<MilitiaRecord, (typeof FIELDS)[number]>;

// Force types in the catalogue's order, so an unchanged year compares equal whatever jsonb did to the keys.
const snapshot = (r: Snapshot): Snapshot => ({
  ...(Object.fromEntries(FIELDS.map((f) => [f, r[f]])) as Snapshot),
  forces: Object.fromEntries(
    MILITIA_FORCE_TYPES.filter((t) => r.forces[t] !== undefined).map((t) => [t, r.forces[t]]),
  ) as MilitiaForces,
});

/** The forces with the types the unit has (a blank type is left out, as the column documents). */
function cleanForces(forces: TSaveMilitiaRequest['forces']): MilitiaForces {
  return Object.fromEntries(Object.entries(forces).filter(([, n]) => n != null)) as MilitiaForces;
}

/**
 * Records a unit's militia and reserve year, with its audit entry and the figures it determines
 * (for the unit and year), in one transaction. The military Party cell is a commune's: its
 * figure is 1 or 0 for a commune that answered, so the share of communes has its numerator.
 */
export async function saveMilitiaYear(db: Db, actor: Actor, input: TSaveMilitiaRequest): Promise<void> {
  const unit = await unitInScope(db, actor, input.unitId);
  if (!canEditMilitiaYear(actor, unit))
    throw new AppError('forbidden', 'Bạn chỉ được xem số liệu DQTV, DBĐV, không được nhập.');
  const isCommune = unit.level === COMMUNE_LEVEL;
  if (!isCommune && input.hasMilitaryPartyCell !== null)
    throw new AppError(
      'validation_failed',
      'Chỉ xã, phường, đặc khu mới ghi có hay chưa có chi bộ quân sự.',
      {
        issues: [{ path: 'body/hasMilitaryPartyCell', message: 'Chỉ áp dụng cho xã, phường, đặc khu.' }],
      },
    );
  const forces = cleanForces(input.forces);
  const after = snapshot({ ...input, forces });
  const hasForces = Object.keys(forces).length > 0;

  await db.transaction(async (tx) => {
    // A first save of the year locks no row: two at once would both add their figures to the roll-ups.
    await lockRegisterUnits(tx, 'militia', [unit.id]);
    const [previous] = await selectMilitiaRecords(tx, input.year, sql`m.unit_id = ${unit.id}`, {
      lock: true,
    });
    const before = previous ? snapshot(previous) : null;
    if (before && JSON.stringify(before) === JSON.stringify(after)) return;
    await tx.execute(sql`
      insert into militia_years (unit_id, year, forces, party_members, militia_party_members, training_summoned,
                                 training_attended, has_military_party_cell, reserves_assigned,
                                 reserves_matching_specialty, notes, updated_by)
      values (${unit.id}, ${input.year}, ${JSON.stringify(forces)}::jsonb, ${input.partyMembers}, ${input.militiaPartyMembers},
              ${input.trainingSummoned}, ${input.trainingAttended}, ${input.hasMilitaryPartyCell}, ${input.reservesAssigned},
              ${input.reservesMatchingSpecialty}, ${input.notes}, ${actor.userId})
      on conflict (unit_id, year) do update
         set forces = excluded.forces, party_members = excluded.party_members,
             militia_party_members = excluded.militia_party_members, training_summoned = excluded.training_summoned,
             training_attended = excluded.training_attended, has_military_party_cell = excluded.has_military_party_cell,
             reserves_assigned = excluded.reserves_assigned, reserves_matching_specialty = excluded.reserves_matching_specialty,
             notes = excluded.notes, updated_by = excluded.updated_by, updated_at = now()`);
    await recordAudit(tx, { userId: actor.userId, requestId: actor.requestId }, [
      {
        entityType: 'militia_year',
        entityId: `${unit.id}|${input.year}`,
        action: previous ? 'update' : 'create',
        unitId: unit.id,
        before,
        after,
      },
    ]);
    const period = String(input.year);
    await setComputedFigures(tx, actor, unit.id, period, [
      { code: 'DQTV_TONG_SO', category: '', value: hasForces ? totalForce(forces) : null },
      { code: 'DQTV_DANG_VIEN', category: '', value: input.partyMembers },
      { code: 'DQTV_TRIEU_TAP_HL', category: '', value: input.trainingSummoned },
      { code: 'DQTV_THAM_GIA_HL', category: '', value: input.trainingAttended },
      {
        code: 'DQTV_XA_CO_CHI_BO_QS',
        category: '',
        value: isCommune && input.hasMilitaryPartyCell !== null ? Number(input.hasMilitaryPartyCell) : null,
      },
      { code: 'DBDV_QNDB_SAP_XEP', category: '', value: input.reservesAssigned },
      { code: 'DBDV_DUNG_CNQS', category: '', value: input.reservesMatchingSpecialty },
    ]);
    // The share of communes with a Party cell needs the number of communes of the year.
    if (isCommune) await syncCommuneCounts(tx, actor, period);
  });
}
