import { sql } from 'drizzle-orm';
import { parsePeriod } from '../../../shared/periods.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { reports } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { unitInScope } from '../units/unit-in-scope.ts';
import { loadForm, obligation } from './report-rows.ts';

/** Starts a unit's report for a period (or returns the one already started): only the unit itself writes it. */
export async function openReport(
  db: Db,
  actor: Actor,
  input: { formId: number; unitId: number; period: string },
): Promise<number> {
  const unit = await unitInScope(db, actor, input.unitId);
  if (unit.id !== actor.unitId || actor.role === 'viewer') {
    throw new AppError('forbidden', 'Mỗi đơn vị tự soạn báo cáo của mình.');
  }
  const form = await loadForm(db, input.formId);
  const period = parsePeriod(input.period);
  if (!period || period.type !== form.periodType)
    throw new AppError('validation_failed', 'Kỳ báo cáo không khớp với mẫu báo cáo.');
  const owed = obligation(form, unit.level, period);
  if (!owed)
    throw new AppError('validation_failed', 'Cấp của đơn vị này không phải gửi báo cáo theo mẫu này.');
  return db.transaction(async (tx) => {
    const [found] = await queryRows<{ id: string }>(
      tx,
      sql`select id from reports where form_id = ${form.id} and unit_id = ${unit.id} and period_code = ${period.code}`,
    );
    if (found) return Number(found.id);
    const [created] = await tx
      .insert(reports)
      .values({ formId: form.id, unitId: unit.id, periodCode: period.code, deadline: owed.dueOn })
      .onConflictDoNothing()
      .returning({ id: reports.id });
    if (!created) {
      const [raced] = await queryRows<{ id: string }>(
        tx,
        sql`select id from reports where form_id = ${form.id} and unit_id = ${unit.id} and period_code = ${period.code}`,
      );
      return Number(raced!.id);
    }
    await recordAudit(tx, { userId: actor.userId, requestId: actor.requestId }, [
      {
        entityType: 'report',
        entityId: created.id,
        action: 'create',
        unitId: unit.id,
        after: { formId: form.id, period: period.code },
      },
    ]);
    return created.id;
  });
}
