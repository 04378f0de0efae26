import { sql } from 'drizzle-orm';
import { DRILL_ROTATION_SHARE } from '../../../shared/drill-kinds.ts';
import { rotationBounds } from '../../../shared/drill-rotation.ts';
import type { TRotationCommune } from '../../../shared/schemas/drills.ts';
import type { Actor } from '../../auth/actor.ts';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { unitInForce } from '../../db/sql-helpers.ts';
import { AppError, notFound } from '../../errors.ts';
import { unitInScope } from '../units/unit-in-scope.ts';

const PROVINCE_LEVEL = 1;
const COMMUNE_LEVEL = 3;

/** Everything a rotation view or change needs: the province, the term, its plan and each commune. */
export interface RotationContext {
  province: { id: number; name: string; path: string };
  termFrom: number;
  termTo: number;
  minShare: number;
  maxShare: number;
  bounds: { min: number; max: number };
  plan: { id: number; updatedAt: string } | null;
  communes: TRotationCommune[];
}

/** A plan of the actor's subtree by id, with its province and term (404 outside the subtree). */
export async function loadPlanInScope(
  db: DbOrTx,
  actor: Actor,
  planId: number,
): Promise<{ id: number; unitId: number; termFrom: number; termTo: number }> {
  const [row] = await queryRows<{ id: string; unit_id: string; term_from: number; term_to: number }>(
    db,
    sql`select p.id, p.unit_id, p.term_from, p.term_to from drill_rotation_plans p join units u on u.id = p.unit_id
         where p.id = ${planId} and u.path <@ ${actor.unitPath}::ltree`,
  );
  if (!row) throw notFound('Không tìm thấy kế hoạch luân phiên này hoặc bạn không có quyền xem.');
  return { id: Number(row.id), unitId: Number(row.unit_id), termFrom: row.term_from, termTo: row.term_to };
}

/**
 * Reads a province's rotation for a term: the communes in force at the term's end (so a commune
 * merged during the term is counted once, through its successor), the year each has in the plan,
 * the years of the term in which the register shows it drilled or scheduled to, and its last
 * drill before the term. Only a province has a rotation: any other unit is refused.
 */
export async function loadRotationContext(
  db: DbOrTx,
  actor: Actor,
  unitId: number,
  termFrom: number,
  termTo: number,
): Promise<RotationContext> {
  const unit = await unitInScope(db, actor, unitId);
  if (unit.level !== PROVINCE_LEVEL)
    throw new AppError(
      'validation_failed',
      'Kế hoạch luân phiên diễn tập lập cho cấp tỉnh: hãy chọn một tỉnh, thành phố.',
    );
  const end = `${termTo}-12-31`;
  const [plan] = await queryRows<{
    id: string;
    min_share: string;
    max_share: string;
    updated_at: string | Date;
  }>(
    db,
    sql`select id, min_share::text as min_share, max_share::text as max_share, updated_at from drill_rotation_plans
         where unit_id = ${unit.id} and term_from = ${termFrom} and term_to = ${termTo}`,
  );
  const rows = await queryRows<{
    id: string;
    name: string;
    planned_year: number | null;
    done_years: number[] | null;
    scheduled_years: number[] | null;
    last_drill_year: number | null;
  }>(
    db,
    sql`with communes as (
          select id, name from units
           where level = ${COMMUNE_LEVEL} and path <@ ${unit.path}::ltree
             and ${unitInForce(null, end, end)}
        ), combat as (
          select d.unit_id, d.status, extract(year from coalesce(d.actual_from, d.planned_from))::int as year
            from drills d join communes c on c.id = d.unit_id
           where d.kind = 'chien_dau_xa' and d.status <> 'cancelled'
        )
        select c.id, c.name, e.year as planned_year,
               (select array_agg(distinct year order by year) from combat x
                 where x.unit_id = c.id and x.status = 'done' and x.year between ${termFrom} and ${termTo}) as done_years,
               (select array_agg(distinct year order by year) from combat x
                 where x.unit_id = c.id and x.status = 'planned' and x.year between ${termFrom} and ${termTo}) as scheduled_years,
               (select max(year) from combat x where x.unit_id = c.id and x.status = 'done' and x.year < ${termFrom}) as last_drill_year
          from communes c
          left join drill_rotation_entries e on e.commune_id = c.id and e.plan_id = ${plan ? Number(plan.id) : null}
         order by c.name, c.id`,
  );
  const minShare = plan ? Number(plan.min_share) : DRILL_ROTATION_SHARE.min;
  const maxShare = plan ? Number(plan.max_share) : DRILL_ROTATION_SHARE.max;
  const communes = rows.map((r) => {
    const doneYears = (r.done_years ?? []).map(Number);
    return {
      id: Number(r.id),
      name: r.name,
      plannedYear: r.planned_year === null ? null : Number(r.planned_year),
      doneYear: doneYears[0] ?? null,
      doneYears,
      scheduledYears: (r.scheduled_years ?? []).map(Number),
      lastDrillYear: r.last_drill_year === null ? null : Number(r.last_drill_year),
    };
  });
  return {
    province: { id: unit.id, name: unit.name, path: unit.path },
    termFrom,
    termTo,
    minShare,
    maxShare,
    bounds: rotationBounds(communes.length, minShare, maxShare),
    plan: plan ? { id: Number(plan.id), updatedAt: new Date(plan.updated_at).toISOString() } : null,
    communes,
  };
}

/** A share as Vietnamese text: 0.1846 → "18,5%". */
export function sharePercent(share: number): string {
  return `${(Math.round(share * 1000) / 10).toLocaleString('vi-VN')}%`;
}
