import type { DbOrTx } from '../../src/server/db/client.ts';
import { agencies } from '../../src/server/db/schema/index.ts';
import { insertUnits, type NewUnit } from '../../src/server/services/units/insert-units.ts';
import type { UnitKind } from '../../src/shared/enums.ts';

let sequence = 0;

/** Inserts one unit under `parent` (or as a root) and returns its id and path. */
export async function buildUnit(
  db: DbOrTx,
  overrides: Partial<Omit<NewUnit, 'key' | 'parent'>> & { parent?: { id: number; path: string } | null } = {},
): Promise<{ id: number; path: string; name: string }> {
  sequence += 1;
  const name = overrides.name ?? `Đơn vị thử ${sequence}`;
  const row: NewUnit = {
    key: `f${sequence}`,
    code: overrides.code ?? `F${sequence}`,
    name,
    kind: overrides.kind ?? ((overrides.parent ? 'xa' : 'tinh') as UnitKind),
    parent: overrides.parent ?? null,
    validFrom: overrides.validFrom ?? null,
    validTo: overrides.validTo ?? null,
  };
  const placed = await insertUnits(db, [row]);
  return { ...placed.get(row.key)!, name };
}

/** Inserts an agency in a unit. */
export async function buildAgency(db: DbOrTx, unitId: number, name = `Cơ quan thử ${++sequence}`) {
  const [row] = await db
    .insert(agencies)
    .values({ unitId, kind: 'military_command', name, shortName: name })
    .returning({ id: agencies.id });
  return { id: row!.id };
}
