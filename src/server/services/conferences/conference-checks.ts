import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { AppError } from '../../errors.ts';

/** A conference's report must be a report of the conference's own unit. */
export async function checkConferenceReport(db: DbOrTx, unitId: number, reportId: number): Promise<void> {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`select id from reports where id = ${reportId} and unit_id = ${unitId}`,
  );
  if (!row)
    throw new AppError(
      'validation_failed',
      'Báo cáo gắn với hội nghị phải là báo cáo của chính đơn vị tổ chức.',
    );
}

/** Dates of a conference: held means a day that has come; only a held conference has one. */
export function checkConferenceDates(input: { status: string; heldOn: string | null; today: string }): void {
  if (input.status === 'held' && !input.heldOn)
    throw new AppError('validation_failed', 'Hãy nhập ngày tổ chức hội nghị.');
  if (input.status !== 'held' && input.heldOn)
    throw new AppError('validation_failed', 'Chỉ hội nghị đã tổ chức mới có ngày tổ chức.');
  if (input.heldOn && input.heldOn > input.today)
    throw new AppError('validation_failed', 'Ngày tổ chức không được sau ngày hôm nay.');
}
