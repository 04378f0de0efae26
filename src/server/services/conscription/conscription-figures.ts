import { sql } from 'drizzle-orm';
import { figureYearOf } from '../../../shared/conscription-calendar.ts';
import type { DbOrTx } from '../../db/client.ts';
import type { AuditActor } from '../audit/record-audit.ts';
import { setComputedFigures } from '../figures/set-computed-figures.ts';
import { lockRegisterUnits } from '../registers/register-locks.ts';
import { selectConscriptionRecords } from './conscription-rows.ts';

const idList = (ids: number[]) => `{${ids.map((id) => Math.trunc(id)).join(',')}}`;

/**
 * Writes the quota figure (TQ_CHI_TIEU) of each unit for the handover year from the register.
 * Only a quota that is not split further counts: the roll-up adds a unit's own value to its
 * descendants', so if the province wrote its 45 and its communes their 45 between them, the
 * province would total 90. A split quota is therefore carried by its parts, an unsplit one by
 * its unit, and every ancestor's total is the quota exactly once.
 */
export async function syncQuotaFigures(
  tx: DbOrTx,
  actor: AuditActor,
  unitIds: number[],
  year: number,
): Promise<void> {
  const ids = [...new Set(unitIds)].sort((a, b) => a - b);
  if (ids.length === 0) return;
  // Before reading the quotas: whether one is split depends on rows a concurrent split may write.
  await lockRegisterUnits(tx, 'conscriptionQuota', ids);
  const records = await selectConscriptionRecords(tx, year, sql`c.unit_id = any(${idList(ids)}::bigint[])`);
  const byUnit = new Map(records.map((r) => [r.unitId, r]));
  for (const unitId of ids) {
    const record = byUnit.get(unitId);
    const value = record && record.quota !== null && !record.isSplit ? record.quota : null;
    await setComputedFigures(tx, actor, unitId, String(year), [{ code: 'TQ_CHI_TIEU', category: '', value }]);
  }
}

/**
 * Writes the step figures of one unit from its row: the handover under the handover year, the
 * January list and the April registration under the year before, when they happen (the men
 * turning 17 that year), so a year's figures read as that year's report tells them.
 */
export async function syncStepFigures(
  tx: DbOrTx,
  actor: AuditActor,
  unitId: number,
  year: number,
  row: { listed17: number | null; registered: number | null; handedOver: number | null } | null,
): Promise<void> {
  // Two first saves of a unit's year would each find no figure and both add theirs to the roll-ups.
  await lockRegisterUnits(tx, 'conscriptionSteps', [unitId]);
  await setComputedFigures(tx, actor, unitId, String(figureYearOf('handover', year)), [
    { code: 'TQ_DA_GIAO', category: '', value: row?.handedOver ?? null },
  ]);
  await setComputedFigures(tx, actor, unitId, String(figureYearOf('registration', year)), [
    { code: 'NVQS_NAM_17', category: '', value: row?.listed17 ?? null },
    { code: 'NVQS_DA_DANG_KY', category: '', value: row?.registered ?? null },
  ]);
}
