import type { TDashboard } from '../../../shared/schemas/figures.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { getDashboard } from '../figures/get-dashboard.ts';
import type { FormRow } from './report-rows.ts';

/** A figure row of a report. */
export interface ReportFigure {
  code: string;
  name: string;
  unitOfMeasure: string;
  value: number | null;
  target: { min: number | null; max: number | null } | null;
}

/**
 * The report's figures, read from the same live roll-ups as the dashboard: a report never holds
 * numbers of its own, so it cannot diverge from the data-entry grid.
 */
export async function reportFigures(
  db: Db,
  actor: Actor,
  form: FormRow,
  unitId: number,
  period: string,
): Promise<ReportFigure[]> {
  const board: TDashboard = await getDashboard(db, actor, { unitId, period });
  const byCode = new Map(board.indicators.map((i) => [i.code, i]));
  return form.indicatorCodes.flatMap((code) => {
    const i = byCode.get(code);
    return i
      ? [{ code, name: i.name, unitOfMeasure: i.unitOfMeasure, value: i.value, target: i.target }]
      : [];
  });
}
