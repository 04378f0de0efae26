import { sql } from 'drizzle-orm';
import type { AgencyKind } from '../../../shared/enums.ts';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { nameSimilarity, normalizeAgencyName, parsePluralTarget } from './agency-names.ts';

/** A registered agency a written name may mean. */
export interface AgencyCandidate {
  id: number;
  name: string;
  shortName: string;
  unitId: number;
  unitName: string;
  score: number;
}

/** How a written agency name maps to registered agencies. */
export type AgencyMatch =
  | { type: 'single'; agency: AgencyCandidate }
  | {
      type: 'plural';
      agencyKind: AgencyKind;
      level: 2 | 3 | null;
      candidates: AgencyCandidate[];
      replacedDistricts: boolean;
    }
  | { type: 'none'; suggestions: AgencyCandidate[] };

interface AgencyRow {
  id: string;
  kind: AgencyKind;
  name: string;
  short_name: string;
  aliases: string[];
  unit_id: string;
  unit_name: string;
  unit_level: number;
  valid_to: string | null;
}

const MATCH_THRESHOLD = 0.6;

/** The agencies a document of `unitPath` can give work to: its unit, the units under it, and those above. */
export async function loadAgenciesAround(db: DbOrTx, unitPath: string): Promise<AgencyRow[]> {
  return queryRows<AgencyRow>(
    db,
    sql`select a.id, a.kind, a.name, a.short_name, a.aliases, u.id as unit_id, u.name as unit_name,
               u.level as unit_level, u.valid_to::text as valid_to
          from agencies a join units u on u.id = a.unit_id
         where u.path <@ ${unitPath}::ltree or u.path @> ${unitPath}::ltree`,
  );
}

const candidate = (a: AgencyRow, score: number): AgencyCandidate => ({
  id: Number(a.id),
  name: a.name,
  shortName: a.short_name,
  unitId: Number(a.unit_id),
  unitName: a.unit_name,
  score: Math.round(score * 100) / 100,
});

/**
 * Matches a written agency name ("Bộ CHQS tỉnh", "UBND các xã, phường") against the registered
 * agencies around the document's unit: aliases and abbreviations count, accents do not. A plural
 * phrase fans out to every current agency of that kind at that level; an unmatched name comes
 * back with suggestions for a person to pick from.
 */
export function matchAgency(written: string, documentUnitId: number, agencies: AgencyRow[]): AgencyMatch {
  const plural = parsePluralTarget(written);
  if (plural) {
    const current = agencies.filter((a) => a.valid_to === null && a.kind === plural.agencyKind);
    if (plural.level === null) {
      const own = current.filter((a) => Number(a.unit_id) === documentUnitId).map((a) => candidate(a, 1));
      // "Cấp tỉnh" in a province's document is the province's own People's Committee: one body.
      if (own.length === 1) return { type: 'single', agency: own[0]! };
      return { type: 'plural', ...plural, replacedDistricts: false, candidates: own };
    }
    let atLevel = current.filter(
      (a) => a.unit_level === plural.level && Number(a.unit_id) !== documentUnitId,
    );
    // Districts were abolished in 2025: their work now falls to the communes.
    const replacedDistricts = plural.level === 2 && atLevel.length === 0;
    if (replacedDistricts) atLevel = current.filter((a) => a.unit_level === 3);
    return { type: 'plural', ...plural, replacedDistricts, candidates: atLevel.map((a) => candidate(a, 1)) };
  }
  const target = normalizeAgencyName(written);
  const scored = agencies
    .filter((a) => a.valid_to === null)
    .map((a) => {
      const names = [a.name, a.short_name, ...(a.aliases ?? [])].map(normalizeAgencyName);
      let score = Math.max(...names.map((n) => nameSimilarity(target, n)));
      // The issuing unit's own bodies win ties ("Công an tỉnh" in a province document).
      if (Number(a.unit_id) === documentUnitId) score += 0.01;
      return candidate(a, score);
    })
    .sort((x, y) => y.score - x.score);
  const best = scored[0];
  if (best && best.score >= MATCH_THRESHOLD && (scored[1]?.score ?? 0) < best.score)
    return { type: 'single', agency: best };
  return { type: 'none', suggestions: scored.slice(0, 5).filter((s) => s.score > 0.2) };
}
