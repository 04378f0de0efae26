import { sql } from 'drizzle-orm';
import { vnDate } from '../../../shared/iso-dates.ts';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { AppError } from '../../errors.ts';

/** A unit as the register checks need it. */
export interface RegisterUnit {
  name: string;
  level: number;
  path: string;
  validFrom: string | null;
  validTo: string | null;
}

/** A 400 whose message is also attached to the field it concerns, so a form shows it there. */
export function fieldError(field: string, message: string): AppError {
  return new AppError('validation_failed', message, { issues: [{ path: `body/${field}`, message }] });
}

/** A register entry belongs to a unit in force on its date (not one merged away, nor one not yet created). */
export function checkUnitInForce(unit: RegisterUnit, date: string, field: string): void {
  if ((unit.validFrom !== null && date < unit.validFrom) || (unit.validTo !== null && date > unit.validTo))
    throw fieldError(field, `${unit.name} không tồn tại vào ngày ${vnDate(date)}.`);
}

/** The organiser must be an agency of the entry's unit or of a unit above it (e.g. a Ban Chỉ đạo). */
export async function checkOrganiser(db: DbOrTx, agencyId: number | null | undefined, unitPath: string) {
  if (agencyId === null || agencyId === undefined) return;
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select a.id from agencies a join units au on au.id = a.unit_id
         where a.id = ${agencyId} and au.path @> ${unitPath}::ltree`,
  );
  if (rows.length === 0)
    throw fieldError('organiserAgencyId', 'Cơ quan tổ chức phải thuộc đơn vị hoặc cấp trên của đơn vị.');
}
