import { sql } from 'drizzle-orm';
import type { UnitKind } from '../../../shared/enums.ts';
import { UNIT_KIND_LEVEL } from '../../../shared/enums.ts';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { units } from '../../db/schema/index.ts';

/** A unit to insert; `parent` is either an existing unit or the key of a row earlier in the batch. */
export interface NewUnit {
  key: string;
  code: string;
  name: string;
  kind: UnitKind;
  parent: { id: number; path: string } | { key: string } | null;
  validFrom: string | null;
  validTo: string | null;
}

/** Where an inserted unit landed. */
export interface InsertedUnit {
  id: number;
  path: string;
}

const CHUNK = 1000;

/**
 * Inserts a batch of units (parents before children) with their ltree paths in a few statements:
 * ids come from the sequence up front so each path is known before its row is written.
 */
export async function insertUnits(tx: DbOrTx, rows: NewUnit[]): Promise<Map<string, InsertedUnit>> {
  const placed = new Map<string, InsertedUnit>();
  if (rows.length === 0) return placed;
  const ids = await queryRows<{ id: string }>(
    tx,
    sql`select nextval(pg_get_serial_sequence('units', 'id'))::text as id from generate_series(1, ${rows.length})`,
  );
  const values = rows.map((row, i) => {
    const id = Number(ids[i]!.id);
    let parentId: number | null = null;
    let path = String(id);
    if (row.parent) {
      const parent = 'key' in row.parent ? placed.get(row.parent.key) : row.parent;
      if (!parent)
        throw new Error(`unit ${row.key}: parent ${JSON.stringify(row.parent)} is not placed before it`);
      parentId = parent.id;
      path = `${parent.path}.${id}`;
    }
    placed.set(row.key, { id, path });
    return {
      id,
      code: row.code,
      name: row.name,
      kind: row.kind,
      level: UNIT_KIND_LEVEL[row.kind],
      parentId,
      path,
      validFrom: row.validFrom,
      validTo: row.validTo,
    };
  });
  for (let i = 0; i < values.length; i += CHUNK) {
    await tx.insert(units).values(values.slice(i, i + CHUNK));
  }
  return placed;
}
