import { sql } from 'drizzle-orm';
import type { TTrainingClassListQuery } from '../../../shared/schemas/training.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { unitInScope } from '../units/unit-in-scope.ts';
import { selectTrainingClasses, type TrainingClassRow } from './class-rows.ts';

/** The class register of a unit's subtree (the actor's own by default) by year, group and status. */
export async function listTrainingClasses(
  db: Db,
  actor: Actor,
  query: Omit<TTrainingClassListQuery, 'page' | 'pageSize'> & { page?: number; pageSize?: number },
  limit?: number,
): Promise<{ items: TrainingClassRow[]; total: number }> {
  const root = query.unitId ? await unitInScope(db, actor, query.unitId) : { path: actor.unitPath };
  const conditions = [sql`u.path <@ ${root.path}::ltree`];
  if (query.year)
    conditions.push(
      sql`c.starts_on between ${`${query.year}-01-01`}::date and ${`${query.year}-12-31`}::date`,
    );
  if (query.audience) conditions.push(sql`c.audience = ${query.audience}`);
  if (query.status) conditions.push(sql`c.status = ${query.status}`);
  const pageSize = limit ?? query.pageSize ?? 50;
  return selectTrainingClasses(db, actor, sql.join(conditions, sql` and `), {
    limit: pageSize,
    offset: ((query.page ?? 1) - 1) * pageSize,
  });
}
