import { sql } from 'drizzle-orm';
import { UNIT_KIND_LEVEL } from '../../../shared/enums.ts';
import { MILITIA_FORCE_TYPES, percentOf, totalForce } from '../../../shared/militia.ts';
import type { TMilitiaCounts, TMilitiaRow, TMilitiaYear } from '../../../shared/schemas/militia.ts';
import type { Actor } from '../../auth/actor.ts';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { unitInForce } from '../../db/sql-helpers.ts';
import { canEditMilitiaYear } from '../../policies/militia.ts';
import { unitTargets } from '../targets/unit-targets.ts';
import { isUnder, type RegisterUnit, registerUnits } from '../units/register-units.ts';
import { unitInScope } from '../units/unit-in-scope.ts';
import { type MilitiaRecord, selectMilitiaRecords } from './militia-rows.ts';

const COMMUNE_LEVEL = UNIT_KIND_LEVEL.xa;

const COUNT_FIELDS = [
  'partyMembers',
  'militiaPartyMembers',
  'trainingSummoned',
  'trainingAttended',
  'reservesAssigned',
  'reservesMatchingSpecialty',
] as const;

const add = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a + b);

/** The subtree's sums: rates come from these (Σ parts ÷ Σ wholes), never from a mean of rates. */
function subtreeCounts(records: MilitiaRecord[], communePaths: string[], root: string): TMilitiaCounts {
  const counts: TMilitiaCounts = {
    forces: {},
    totalForce: null,
    partyMembers: null,
    militiaPartyMembers: null,
    trainingSummoned: null,
    trainingAttended: null,
    reservesAssigned: null,
    reservesMatchingSpecialty: null,
    communes: communePaths.filter((p) => isUnder(p, root)).length,
    communesWithPartyCell: 0,
  };
  for (const r of records) {
    if (!isUnder(r.path, root)) continue;
    for (const type of MILITIA_FORCE_TYPES) {
      const n = r.forces[type];
      if (n !== undefined) counts.forces[type] = (counts.forces[type] ?? 0) + n;
    }
    if (Object.keys(r.forces).length > 0) counts.totalForce = add(counts.totalForce, totalForce(r.forces));
    for (const field of COUNT_FIELDS) counts[field] = add(counts[field], r[field]);
    if (r.level === COMMUNE_LEVEL && r.hasMilitaryPartyCell) counts.communesWithPartyCell += 1;
  }
  return counts;
}

function presentRow(
  actor: Actor,
  unit: RegisterUnit,
  records: MilitiaRecord[],
  communePaths: string[],
): TMilitiaRow {
  const own = records.find((r) => r.unitId === unit.id);
  const totals = subtreeCounts(records, communePaths, unit.path);
  const dqtvOnly = totals.totalForce === null ? null : totals.totalForce - (totals.forces.tu_ve ?? 0);
  return {
    unitId: unit.id,
    unitName: unit.name,
    level: unit.level,
    isCommune: unit.level === COMMUNE_LEVEL,
    hasChildren: unit.hasChildren,
    own: own
      ? {
          forces: own.forces,
          partyMembers: own.partyMembers,
          militiaPartyMembers: own.militiaPartyMembers,
          trainingSummoned: own.trainingSummoned,
          trainingAttended: own.trainingAttended,
          hasMilitaryPartyCell: own.hasMilitaryPartyCell,
          reservesAssigned: own.reservesAssigned,
          reservesMatchingSpecialty: own.reservesMatchingSpecialty,
          notes: own.notes,
        }
      : null,
    updatedAt: own?.updatedAt ?? null,
    totals,
    rates: {
      partyMembers: percentOf(totals.partyMembers, totals.totalForce),
      militiaPartyMembers: percentOf(totals.militiaPartyMembers, dqtvOnly),
      trainingAttendance: percentOf(totals.trainingAttended, totals.trainingSummoned),
      matchingSpecialty: percentOf(totals.reservesMatchingSpecialty, totals.reservesAssigned),
      partyCell: percentOf(totals.communesWithPartyCell, totals.communes),
    },
    actions: { edit: canEditMilitiaYear(actor, unit) },
  };
}

/**
 * A unit's militia (DQTV) and reserve (DBĐV) year: its line and the lines of the units under it,
 * each with its own entries and its subtree's totals and rates, and the targets of the rates.
 */
export async function getMilitiaYear(
  db: DbOrTx,
  actor: Actor,
  query: { unitId: number; year: number },
): Promise<TMilitiaYear> {
  const { year } = query;
  const scoped = await unitInScope(db, actor, query.unitId);
  // The units in force when the year closes, as the number of communes is counted.
  const yearEnd = `${year}-12-31`;
  const units = await registerUnits(
    db,
    scoped.id,
    { table: 'militia_years', year },
    { from: yearEnd, to: yearEnd },
  );
  const self = units.find((u) => u.id === scoped.id) ?? { ...scoped, parentId: null, hasChildren: false };
  const records = await selectMilitiaRecords(db, year, sql`u.path <@ ${scoped.path}::ltree`);
  const communes = await queryRows<{ path: string }>(
    db,
    sql`select path::text as path from units
         where level = ${COMMUNE_LEVEL} and path <@ ${scoped.path}::ltree
           and ${unitInForce(null, yearEnd, yearEnd)}`,
  );
  const communePaths = communes.map((c) => c.path);
  const targets = await unitTargets(db, scoped, String(year), [
    'DQTV_TY_LE_DANG_VIEN',
    'DQTV_TY_LE_HL',
    'DBDV_TY_LE_DUNG_CNQS',
    'DQTV_TY_LE_CHI_BO_QS',
  ] as const);
  return {
    year,
    unit: presentRow(actor, self, records, communePaths),
    children: units.filter((u) => u.id !== scoped.id).map((u) => presentRow(actor, u, records, communePaths)),
    targets: {
      partyMembers: targets.DQTV_TY_LE_DANG_VIEN,
      trainingAttendance: targets.DQTV_TY_LE_HL,
      matchingSpecialty: targets.DBDV_TY_LE_DUNG_CNQS,
      partyCell: targets.DQTV_TY_LE_CHI_BO_QS,
    },
  };
}
