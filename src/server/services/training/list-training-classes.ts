import { sql } from 'drizzle-orm';
import type { TTrainingClassListQuery } from '../../../shared/schemas/training.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { entryListConditions, entryPage } from '../registers/entry-rows.ts';
import { selectTrainingClasses, type TrainingClassRow } from './class-rows.ts';

/** The class register of a unit's subtree (the actor's own by default) by year, group and status. */
export async function listTrainingClasses(
  db: Db,
  actor: Actor,
  query: Omit<TTrainingClassListQuery, 'page' | 'pageSize'> & { page?: number; pageSize?: number },
  limit?: number,
): Promise<{ items: TrainingClassRow[]; total: number }> {
  const conditions = await entryListConditions(db, actor, query, sql`c.starts_on`);
  if (query.audience) conditions.push(sql`c.audience = ${query.audience}`);
  if (query.status) conditions.push(sql`c.status = ${query.status}`);
  return selectTrainingClasses(db, actor, sql.join(conditions, sql` and `), entryPage(query, limit));
}
