import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { acquireDataDirLock } from './pglite-lock.ts';
import { pgliteOptions } from './pglite-options.ts';
import * as schema from './schema/index.ts';

/** The Drizzle handle every service uses, identical on PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A transaction or the database itself: services accept either so callers choose the boundary. */
export type DbOrTx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db;

/** An open database with its lifecycle. */
export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Human-readable location, without credentials. */
  location: string;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Where to open the database: a PostgreSQL URL, a PGlite folder, or (tests) PGlite in memory. */
export type DatabaseTarget =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory' };

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations', import.meta.url));
// Any constant works; it only has to be the same in every QPTD process.
const MIGRATION_LOCK_KEY = 4_242_001;

/** Opens the target and applies pending migrations (idempotent, safe with several processes). */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgres') return openPostgres(target.url, target.poolSize ?? 10);
  if (target.kind === 'pglite-memory') {
    const client = await PGlite.create(pgliteOptions());
    return finishPglite(client, 'PGlite (bộ nhớ)', () => {});
  }
  const dataDir = path.resolve(target.dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const release = acquireDataDirLock(dataDir);
  try {
    if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) initPgliteInChild(dataDir);
    const client = await PGlite.create(pgliteOptions(dataDir));
    return await finishPglite(client, `PGlite ${dataDir}`, release);
  } catch (error) {
    release();
    throw error;
  }
}

function initPgliteInChild(dataDir: string): void {
  const child = fileURLToPath(new URL('./init-pglite-child.ts', import.meta.url));
  const result = spawnSync(process.execPath, ['--import', 'tsx', child, dataDir], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) {
    throw new Error(`Không khởi tạo được thư mục dữ liệu PGlite ${dataDir}.`);
  }
}

async function finishPglite(client: PGlite, location: string, release: () => void): Promise<Database> {
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  await migratePglite(db as never, { migrationsFolder: MIGRATIONS_DIR });
  return {
    db,
    kind: 'pglite',
    location,
    ping: async () => {
      await client.query('select 1');
    },
    close: async () => {
      try {
        if (!client.closed) await client.close();
      } finally {
        release();
      }
    },
  };
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server drops (restart, failover, admin termination) must not crash the
  // process: the pool discards it and opens a new one on the next query.
  pool.on('error', () => {});
  const lockClient = await pool.connect();
  try {
    // Two instances starting together must not both apply the same migration.
    await lockClient.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migrateNodePg(drizzleNodePg(lockClient), { migrationsFolder: MIGRATIONS_DIR });
  } finally {
    await lockClient.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
    lockClient.release();
  }
  const db = drizzleNodePg(pool, { schema }) as unknown as Db;
  const u = new URL(url);
  return {
    db,
    kind: 'postgres',
    location: `PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname}`,
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => pool.end(),
  };
}
