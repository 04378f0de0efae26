import { hostname } from 'node:os';
import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { type Clock, todayIn } from '../clock.ts';
import type { Database, DbOrTx } from '../db/client.ts';
import { queryRows } from '../db/query-rows.ts';

/** A job that must run at most once at a time across every server instance, and once a day. */
export interface Job {
  name: string;
  /** Any constant unique among jobs: the advisory lock key. */
  lockKey: number;
  run(db: DbOrTx): Promise<unknown>;
}

/** Identifies this process in the job log. */
export const INSTANCE_ID = `${hostname()}:${process.pid}`;

/**
 * Runs a daily job at most once per day across all instances: the first instance to claim the
 * day in `job_runs` (under a transaction-level advisory lock on PostgreSQL) runs it, in the same
 * transaction as the claim, so a crash mid-run leaves the day unclaimed and it runs again later.
 * PGlite has a single process by construction (its lock file); the claim still applies.
 */
export async function runDailyOnce(
  database: Database,
  clock: Clock,
  job: Job,
  log?: FastifyBaseLogger,
): Promise<boolean> {
  const day = todayIn(clock);
  const attempt = async (tx: DbOrTx) => {
    const claimed = await queryRows(
      tx,
      sql`insert into job_runs (job, run_day, instance) values (${job.name}, ${day}, ${INSTANCE_ID})
          on conflict do nothing returning job`,
    );
    if (claimed.length === 0) return false;
    const result = await job.run(tx);
    await tx.execute(
      sql`update job_runs set result = ${JSON.stringify(result)}::jsonb where job = ${job.name} and run_day = ${day}`,
    );
    log?.info({ job: job.name, day, result }, 'daily job done');
    return true;
  };
  if (database.kind === 'pglite') return database.db.transaction(attempt);
  return database.db.transaction(async (tx) => {
    const [lock] = await queryRows<{ ok: boolean }>(
      tx,
      sql`select pg_try_advisory_xact_lock(${job.lockKey}) as ok`,
    );
    if (!lock?.ok) {
      log?.debug({ job: job.name }, 'job running elsewhere');
      return false;
    }
    return attempt(tx);
  });
}

/** Checks every `intervalMinutes` whether today's run of each daily job is due; returns a stop function. */
export function startScheduler(
  database: Database,
  clock: Clock,
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
        await runDailyOnce(database, clock, job, log).catch((err) =>
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
