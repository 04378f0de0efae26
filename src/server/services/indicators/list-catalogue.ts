import { sql } from 'drizzle-orm';
import { isDeterminedBy } from '../../../shared/indicator-catalogue.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';

/** The indicator catalogue and reporting sets, for pickers and the catalogue page. */
export async function listCatalogue(db: Db) {
  const indicators = await queryRows<{
    id: string;
    code: string;
    name: string;
    kind: 'quantity' | 'ratio';
    unit_of_measure: string;
    aggregation: string;
    group_code: string;
    disaggregation: string;
    numerator_id: string | null;
    denominator_id: string | null;
    determined_by: string | null;
  }>(db, sql`select * from indicators order by group_code, id`);
  const sets = await queryRows<{
    id: string;
    code: string;
    name: string;
    period_type: string;
    cutoff: string;
    lock_after_days: number;
    indicator_ids: string[];
  }>(
    db,
    sql`select s.id, s.code, s.name, s.period_type, s.cutoff, s.lock_after_days,
               array(select si.indicator_id::text from reporting_set_indicators si where si.set_id = s.id order by si.position) as indicator_ids
          from reporting_sets s order by s.id`,
  );
  return {
    indicators: indicators.map((i) => ({
      id: Number(i.id),
      code: i.code,
      name: i.name,
      kind: i.kind,
      unitOfMeasure: i.unit_of_measure,
      aggregation: i.aggregation,
      group: i.group_code,
      disaggregation: i.disaggregation,
      numeratorId: i.numerator_id === null ? null : Number(i.numerator_id),
      denominatorId: i.denominator_id === null ? null : Number(i.denominator_id),
      determinedBy: isDeterminedBy(i.determined_by) ? i.determined_by : null,
    })),
    sets: sets.map((s) => ({
      id: Number(s.id),
      code: s.code,
      name: s.name,
      periodType: s.period_type,
      cutoff: s.cutoff,
      lockAfterDays: s.lock_after_days,
      indicatorIds: s.indicator_ids.map(Number),
    })),
  };
}
