import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core';
import type { TDocumentDetail } from '../../../shared/schemas/documents.ts';

/** An agency the reviewer can pick. */
export interface AgencyOption {
  id: number;
  name: string;
  unitName: string;
}

/** Agencies of one unit, as the unit page answers them. */
export interface UnitAgencies {
  unitName: string;
  agencies: readonly { id: number; name: string }[];
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/**
 * Every agency the review can offer: the document unit's own agencies and every agency the server
 * proposed (matches, candidates, suggestions, partners). There is no agency search in the API, so
 * this is the list the pickers search in.
 */
export function buildAgencyPool(
  proposals: TDocumentDetail['proposals'],
  own: UnitAgencies | null,
): Map<number, AgencyOption> {
  const pool = new Map<number, AgencyOption>();
  const add = (a: { id: number; name: string; unitName: string }) => {
    if (!pool.has(a.id)) pool.set(a.id, { id: a.id, name: a.name, unitName: a.unitName });
  };
  for (const a of own?.agencies ?? []) add({ ...a, unitName: own!.unitName });
  for (const p of proposals) {
    if (p.match.type === 'single') add(p.match.agency);
    if (p.match.type === 'plural') p.match.candidates.forEach(add);
    if (p.match.type === 'none') p.match.suggestions.forEach(add);
    for (const partner of p.partners) if (partner.match) add(partner.match);
  }
  return pool;
}

const toItem = (a: AgencyOption): ComboboxItem => ({ value: String(a.id), label: a.name });

/**
 * Picker options: `firstIds` (the server's suggestions, best first) as their own group, then the
 * rest in Vietnamese alphabetical order. `extra` adds a chosen id missing from the pool.
 */
export function agencySelectData(
  pool: ReadonlyMap<number, AgencyOption>,
  groups: { suggested: string; others: string },
  firstIds: readonly number[] = [],
  extra: ComboboxItem[] = [],
): (ComboboxItem | ComboboxItemGroup<ComboboxItem>)[] {
  const first = firstIds.flatMap((id) => (pool.has(id) ? [pool.get(id)!] : []));
  const firstSet = new Set(first.map((a) => a.id));
  const known = new Set([...pool.keys()].map(String));
  const rest = [...pool.values()]
    .filter((a) => !firstSet.has(a.id))
    .sort((a, b) => collator.compare(a.name, b.name))
    .map(toItem)
    .concat(extra.filter((item) => !known.has(item.value)));
  if (first.length === 0) return rest;
  return [
    { group: groups.suggested, items: first.map(toItem) },
    { group: groups.others, items: rest },
  ];
}
