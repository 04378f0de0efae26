import { eq } from 'drizzle-orm';
import type { TUpdateAgencyRequest } from '../../../shared/schemas/units.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { agencies } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { canManageUnit } from '../../policies/units.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { type AgencyRow, loadAgencyRow } from './agency-rows.ts';

/** Renames an agency or changes its kind and aliases. */
export async function updateAgency(
  db: Db,
  actor: Actor,
  agencyId: number,
  patch: TUpdateAgencyRequest,
): Promise<AgencyRow> {
  const before = await loadAgencyRow(db, actor, agencyId);
  if (!canManageUnit(actor, { path: before.unitPath })) throw new AppError('forbidden');
  return db.transaction(async (tx) => {
    await tx.update(agencies).set(patch).where(eq(agencies.id, agencyId));
    const after = await loadAgencyRow(tx, actor, agencyId);
    const { unitPath: _b, ...beforeJson } = before;
    const { unitPath: _a, ...afterJson } = after;
    await recordAudit(tx, { userId: actor.userId, requestId: actor.requestId }, [
      {
        entityType: 'agency',
        entityId: agencyId,
        action: 'update',
        unitId: after.unitId,
        before: beforeJson,
        after: afterJson,
      },
    ]);
    return after;
  });
}
