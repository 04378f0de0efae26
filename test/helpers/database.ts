import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/server/db/client.ts';

/** Which database the suite runs on: PGlite by default, PostgreSQL when the runner says so. */
export function testDatabaseKind(): 'pglite' | 'postgres' {
  return process.env.QPTD_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) throw new Error('QPTD_TEST_DB=postgres needs TEST_DATABASE_URL or DATABASE_URL');
  return url;
}

/**
 * A freshly migrated, empty database for one test file: in-memory PGlite, or a new database on
 * the PostgreSQL server that is dropped on close.
 */
export async function createTestDatabase(): Promise<Database> {
  if (testDatabaseKind() === 'pglite') return openDatabase({ kind: 'pglite-memory' });
  const base = new URL(serverUrl());
  const name = `qptd_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base.toString());
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 5 });
  return {
    ...database,
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: base.toString() });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
