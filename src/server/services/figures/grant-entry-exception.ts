import type { TGrantExceptionRequest } from '../../../shared/schemas/figures.ts';
import type { Actor } from '../../auth/actor.ts';
import { type Clock, todayIn } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import { entryExceptions } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { canGrantEntryException } from '../../policies/figures.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadEntryContext } from './entry-context.ts';

/** Lets one unit enter or correct a locked period until a date (e.g. a late commune). */
export async function grantEntryException(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: TGrantExceptionRequest,
): Promise<{ id: number }> {
  const ctx = await loadEntryContext(db, clock, actor, input);
  if (!canGrantEntryException(actor, ctx.unit)) throw new AppError('forbidden');
  if (input.until < todayIn(clock)) {
    throw new AppError('validation_failed', 'Ngày mở lại phải từ hôm nay trở đi.');
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(entryExceptions)
      .values({
        setId: ctx.set.id,
        unitId: ctx.unit.id,
        periodCode: ctx.period.code,
        until: input.until,
        reason: input.reason,
        grantedBy: actor.userId,
      })
      .returning({ id: entryExceptions.id });
    await recordAudit(tx, { userId: actor.userId, requestId: actor.requestId }, [
      {
        entityType: 'entry_exception',
        entityId: row!.id,
        action: 'create',
        unitId: ctx.unit.id,
        after: input,
      },
    ]);
    return { id: row!.id };
  });
}
