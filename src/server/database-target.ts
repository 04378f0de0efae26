import type { DatabaseTarget } from './db/client.ts';
import type { Env } from './env.ts';

/** PostgreSQL when DATABASE_URL is set, else the embedded PGlite folder. */
export function databaseTarget(env: Env): DatabaseTarget {
  return env.DATABASE_URL
    ? { kind: 'postgres', url: env.DATABASE_URL }
    : { kind: 'pglite', dataDir: env.QPTD_DATA_DIR };
}
