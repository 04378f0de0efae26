import { sql } from 'drizzle-orm';
import { MILITIA_FORCE_TYPES, type MilitiaForces } from '../../../shared/militia.ts';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';

/** A stored militia and reserve year with its unit's path and level. */
export interface MilitiaRecord {
  unitId: number;
  path: string;
  level: number;
  forces: MilitiaForces;
  partyMembers: number | null;
  militiaPartyMembers: number | null;
  trainingSummoned: number | null;
  trainingAttended: number | null;
  hasMilitaryPartyCell: boolean | null;
  reservesAssigned: number | null;
  reservesMatchingSpecialty: number | null;
  notes: string | null;
  updatedAt: string;
}

/** Keeps the known force types with whole counts (the column is jsonb: read it defensively). */
function readForces(raw: unknown): MilitiaForces {
  const value = typeof raw === 'string' ? (JSON.parse(raw) as unknown) : raw;
  const forces: MilitiaForces = {};
  if (!value || typeof value !== 'object') return forces;
  for (const type of MILITIA_FORCE_TYPES) {
    const n = (value as Record<string, unknown>)[type];
    if (typeof n === 'number' && Number.isFinite(n)) forces[type] = n;
  }
  return forces;
}

/** Militia rows of a year for the units matched by `where` (over `u`); `lock` takes them for update. */
export async function selectMilitiaRecords(
  db: DbOrTx,
  year: number,
  where: ReturnType<typeof sql>,
  options: { lock?: boolean } = {},
): Promise<MilitiaRecord[]> {
  const rows = await queryRows<{
    unit_id: string;
    path: string;
    level: number;
    forces: unknown;
    party_members: number | null;
    militia_party_members: number | null;
    training_summoned: number | null;
    training_attended: number | null;
    has_military_party_cell: boolean | null;
    reserves_assigned: number | null;
    reserves_matching_specialty: number | null;
    notes: string | null;
    updated_at: string | Date;
  }>(
    db,
    sql`select m.unit_id, u.path::text as path, u.level, m.forces, m.party_members, m.militia_party_members,
               m.training_summoned, m.training_attended, m.has_military_party_cell, m.reserves_assigned,
               m.reserves_matching_specialty, m.notes, m.updated_at
          from militia_years m join units u on u.id = m.unit_id
         where m.year = ${year} and ${where}
         order by m.unit_id
         ${options.lock ? sql`for update of m` : sql``}`,
  );
  return rows.map((r) => ({
    unitId: Number(r.unit_id),
    path: r.path,
    level: r.level,
    forces: readForces(r.forces),
    partyMembers: r.party_members,
    militiaPartyMembers: r.militia_party_members,
    trainingSummoned: r.training_summoned,
    trainingAttended: r.training_attended,
    hasMilitaryPartyCell: r.has_military_party_cell,
    reservesAssigned: r.reserves_assigned,
    reservesMatchingSpecialty: r.reserves_matching_specialty,
    notes: r.notes,
    updatedAt: new Date(r.updated_at).toISOString(),
  }));
}
