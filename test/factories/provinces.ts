import type { DbOrTx } from '../../src/server/db/client.ts';
import { insertUnits, type NewUnit } from '../../src/server/services/units/insert-units.ts';
import { buildAgency } from './units.ts';

let sequence = 0;

/**
 * Inserts a synthetic province (a root unit in force since the 2025 reform) with `communes`
 * communes under it in one batch, and a military command agency at the province.
 */
export async function buildProvince(
  db: DbOrTx,
  options: { communes: number; name?: string },
): Promise<{ id: number; path: string; name: string; agencyId: number; communeIds: number[] }> {
  sequence += 1;
  const name = options.name ?? `Tỉnh Thử ${sequence}`;
  const rows: NewUnit[] = [
    {
      key: 'p',
      code: `T${sequence}`,
      name,
      kind: 'tinh',
      parent: null,
      validFrom: '2025-07-01',
      validTo: null,
    },
    ...Array.from({ length: options.communes }, (_, i) => ({
      key: `c${i}`,
      code: `T${sequence}X${String(i + 1).padStart(4, '0')}`,
      name: `Xã Thử ${String(i + 1).padStart(3, '0')}`,
      kind: 'xa' as const,
      parent: { key: 'p' },
      validFrom: '2025-07-01',
      validTo: null,
    })),
  ];
  const placed = await insertUnits(db, rows);
  const province = placed.get('p')!;
  const agency = await buildAgency(db, province.id, `Bộ CHQS ${name}`);
  return {
    id: province.id,
    path: province.path,
    name,
    agencyId: agency.id,
    communeIds: rows.slice(1).map((r) => placed.get(r.key)!.id),
  };
}
