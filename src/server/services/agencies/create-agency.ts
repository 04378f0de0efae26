import { sql } from 'drizzle-orm';
import type { TCreateAgencyRequest } from '../../../shared/schemas/units.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { agencies } from '../../db/schema/index.ts';
import { AppError, notFound } from '../../errors.ts';
import { canManageUnit } from '../../policies/units.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { type AgencyRow, loadAgencyRow } from './agency-rows.ts';

/** Adds an agency to a unit in the admin's subtree. */
export async function createAgency(db: Db, actor: Actor, input: TCreateAgencyRequest): Promise<AgencyRow> {
  const [unit] = await queryRows<{ path: string }>(
    db,
    sql`select path::text as path from units where id = ${input.unitId} and path <@ ${actor.unitPath}::ltree`,
  );
  if (!unit) throw notFound('Không tìm thấy đơn vị này hoặc bạn không có quyền xem.');
  if (!canManageUnit(actor, unit)) throw new AppError('forbidden');
  return db.transaction(async (tx) => {
    const [created] = await tx.insert(agencies).values(input).returning({ id: agencies.id });
    await recordAudit(tx, { userId: actor.userId, requestId: actor.requestId }, [
      { entityType: 'agency', entityId: created!.id, action: 'create', unitId: input.unitId, after: input },
    ]);
    return loadAgencyRow(tx, actor, created!.id);
  });
}
