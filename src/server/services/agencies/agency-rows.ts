import { sql } from 'drizzle-orm';
import type { AgencyKind } from '../../../shared/enums.ts';
import type { Actor } from '../../auth/actor.ts';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { notFound } from '../../errors.ts';

/** An agency with its unit's path, as services and policies need it. */
export interface AgencyRow {
  id: number;
  unitId: number;
  unitPath: string;
  kind: AgencyKind;
  name: string;
  shortName: string;
  aliases: string[];
}

/** Loads an agency in the actor's subtree, else 404. */
export async function loadAgencyRow(db: DbOrTx, actor: Actor, agencyId: number): Promise<AgencyRow> {
  const [row] = await queryRows<{
    id: string;
    unit_id: string;
    path: string;
    kind: AgencyKind;
    name: string;
    short_name: string;
    aliases: string[];
  }>(
    db,
    sql`select a.id, a.unit_id, un.path::text as path, a.kind, a.name, a.short_name, a.aliases
          from agencies a join units un on un.id = a.unit_id
         where a.id = ${agencyId} and un.path <@ ${actor.unitPath}::ltree`,
  );
  if (!row) throw notFound('Không tìm thấy cơ quan này trong phạm vi của bạn.');
  return {
    id: Number(row.id),
    unitId: Number(row.unit_id),
    unitPath: row.path,
    kind: row.kind,
    name: row.name,
    shortName: row.short_name,
    aliases: row.aliases ?? [],
  };
}
