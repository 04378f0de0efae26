import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Database, DbOrTx } from '../db/client.ts';
import { queryRows } from '../db/query-rows.ts';

/** A job that must run at most once at a time across every server instance. */
export interface Job {
  name: string;
  /** Any constant unique among jobs: the advisory lock key. */
  lockKey: number;
  run(db: DbOrTx): Promise<unknown>;
}

/**
 * Runs a job so that only one instance does at a time: on PostgreSQL under a transaction-level
 * advisory lock (another instance holding it means this one skips); PGlite has a single process
 * by construction (its lock file). Jobs are idempotent, so a skipped or repeated run loses nothing.
 */
export async function runExclusive(database: Database, job: Job, log?: FastifyBaseLogger): Promise<boolean> {
  if (database.kind === 'pglite') {
    const result = await job.run(database.db);
    log?.info({ job: job.name, result }, 'job done');
    return true;
  }
  return database.db.transaction(async (tx) => {
    const [row] = await queryRows<{ ok: boolean }>(
      tx,
      sql`select pg_try_advisory_xact_lock(${job.lockKey}) as ok`,
    );
    if (!row?.ok) {
      log?.debug({ job: job.name }, 'job running elsewhere');
      return false;
    }
    const result = await job.run(tx);
    log?.info({ job: job.name, result }, 'job done');
    return true;
  });
}

/** Runs every job now and then every `intervalMinutes`; returns a stop function. */
export function startScheduler(
  database: Database,
  jobs: Job[],
  intervalMinutes: number,
  log: FastifyBaseLogger,
): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      for (const job of jobs) {
        await runExclusive(database, job, log).catch((err) =>
          log.error({ err, job: job.name }, 'job failed'),
        );
      }
    } finally {
      running = false;
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), intervalMinutes * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
