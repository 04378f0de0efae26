import { sql } from 'drizzle-orm';
import type { TCreateTargetRequest } from '../../../shared/schemas/targets.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { canSetTargets } from '../../policies/targets.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { insertTargets } from './insert-targets.ts';
import { selectTargets, type TargetRow } from './target-rows.ts';
import { validateTargets } from './validate-targets.ts';

/** Sets a target for a unit (or each unit of a level under it) in the actor's subtree. */
export async function createTarget(db: Db, actor: Actor, input: TCreateTargetRequest): Promise<TargetRow> {
  await validateTargets(db, actor, [input], { authorize: (unit) => canSetTargets(actor, unit) });
  return db.transaction(async (tx) => {
    const { ids, audit } = await insertTargets(tx, actor.userId, [input]);
    await recordAudit(tx, { userId: actor.userId, requestId: actor.requestId }, audit);
    const [created] = await selectTargets(tx, actor.unitPath, sql`t.id = ${ids[0]!}`);
    return created!;
  });
}
