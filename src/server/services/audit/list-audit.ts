import { sql } from 'drizzle-orm';
import type { TAuditPage, TAuditQuery } from '../../../shared/schemas/audit.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { AppError } from '../../errors.ts';
import { canReadAudit } from '../../policies/audit.ts';

interface Raw {
  id: string | number;
  at: string | Date;
  actor_id: string | null;
  actor_name: string | null;
  entity_type: string;
  entity_id: string;
  action: string;
  unit_name: string | null;
  before: unknown;
  after: unknown;
  request_id: string | null;
  total: number;
}

/** A page of the audit log of the actor's subtree, newest first. */
export async function listAudit(db: Db, actor: Actor, query: TAuditQuery): Promise<TAuditPage> {
  if (!canReadAudit(actor)) throw new AppError('forbidden');
  const conditions = [
    // Entries about a unit in scope, or unit-less entries (sign-ins) made by someone in scope.
    sql`(un.path <@ ${actor.unitPath}::ltree or (l.unit_id is null and aun.path <@ ${actor.unitPath}::ltree))`,
  ];
  if (query.entityType) conditions.push(sql`l.entity_type = ${query.entityType}`);
  if (query.entityId) conditions.push(sql`l.entity_id = ${query.entityId}`);
  if (query.action) conditions.push(sql`l.action = ${query.action}`);
  const result = await queryRows<Raw>(
    db,
    sql`
    select l.id, l.at, u.id as actor_id, u.full_name as actor_name, l.entity_type, l.entity_id, l.action,
           un.name as unit_name, l.before, l.after, l.request_id, count(*) over ()::int as total
      from audit_log l
      left join units un on un.id = l.unit_id
      left join users u on u.id::text = l.actor_user_id
      left join agencies aa on aa.id = u.agency_id
      left join units aun on aun.id = aa.unit_id
     where ${sql.join(conditions, sql` and `)}
     order by l.id desc
     limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
  );
  return {
    total: result[0]?.total ?? 0,
    items: result.map((r) => ({
      id: Number(r.id),
      at: new Date(r.at).toISOString(),
      actor: r.actor_id ? { id: r.actor_id, fullName: r.actor_name ?? '' } : null,
      entityType: r.entity_type,
      entityId: r.entity_id,
      action: r.action,
      unitName: r.unit_name,
      before: r.before,
      after: r.after,
      requestId: r.request_id,
    })),
  };
}
