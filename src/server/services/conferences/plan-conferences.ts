import { sql } from 'drizzle-orm';
import type { UnitKind } from '../../../shared/enums.ts';
import type { TPlanConferencesRequest } from '../../../shared/schemas/conferences.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { conferences } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { canEditConference } from '../../policies/conferences.ts';
import { placeName, unitKindWord } from '../agencies/standard-agencies.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { unitInScope } from '../units/unit-in-scope.ts';

const COMMUNE_LEVEL = 3;

/**
 * Plans one conference for a unit and for every commune in force below it, as a guideline does
 * ("cấp xã sơ kết xong trước 30/8, cấp tỉnh trước 30/9"): each chaired by its People's Committee
 * chair, the communes due first. Units that already have a conference of that kind and period are
 * left as they are.
 */
export async function planConferences(
  db: Db,
  actor: Actor,
  input: TPlanConferencesRequest,
): Promise<{ created: number; skipped: number }> {
  const unit = await unitInScope(db, actor, input.unitId);
  if (!canEditConference(actor, { unitPath: unit.path })) throw new AppError('forbidden');
  if (unit.validTo !== null) throw new AppError('validation_failed', `${unit.name} đã sáp nhập.`);
  if (unit.level < COMMUNE_LEVEL && input.communeDueOn > input.dueOn)
    throw new AppError(
      'validation_failed',
      'Cấp xã tổ chức trước: hạn của cấp xã không được sau hạn của cấp trên.',
    );
  const targets = await queryRows<{
    id: string;
    name: string;
    kind: UnitKind;
    level: number;
    planned: boolean;
  }>(
    db,
    sql`select u.id, u.name, u.kind, u.level,
               exists (select 1 from conferences c where c.unit_id = u.id and c.kind = ${input.kind}
                          and c.period_code = ${input.periodCode}) as planned
          from units u
         where u.path <@ ${unit.path}::ltree and u.valid_to is null
           and (u.id = ${unit.id} or u.level = ${COMMUNE_LEVEL})
         order by u.level, u.name`,
  );
  const fresh = targets.filter((t) => !t.planned);
  if (fresh.length === 0) return { created: 0, skipped: targets.length };
  return db.transaction(async (tx) => {
    const rows = await tx
      .insert(conferences)
      .values(
        fresh.map((t) => ({
          unitId: Number(t.id),
          kind: input.kind,
          title: input.title,
          periodCode: input.periodCode,
          dueOn: Number(t.id) === unit.id ? input.dueOn : input.communeDueOn,
          duration: input.duration || null,
          chair: `Chủ tịch Ủy ban nhân dân ${unitKindWord(t.kind)} ${placeName(t.name)}`,
          createdBy: actor.userId,
        })),
      )
      .returning({ id: conferences.id, unitId: conferences.unitId, dueOn: conferences.dueOn });
    await recordAudit(
      tx,
      { userId: actor.userId, requestId: actor.requestId },
      rows.map((r) => ({
        entityType: 'conference',
        entityId: r.id,
        action: 'plan',
        unitId: r.unitId,
        after: { kind: input.kind, title: input.title, periodCode: input.periodCode, dueOn: r.dueOn },
      })),
    );
    return { created: rows.length, skipped: targets.length - rows.length };
  });
}
