// Imports the real national unit lists (3,355 units after the 2025 reform, then 11,367 pre-reform
// units with their successors) through the same service as `qptd import-units`, on PGlite and, when
// TEST_DATABASE_URL or DATABASE_URL is set, on PostgreSQL. Prints seconds per file.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from '../src/server/db/client.ts';
import { SYSTEM_ACTOR } from '../src/server/services/audit/record-audit.ts';
import { importUnits } from '../src/server/services/units/import/import-units.ts';
import { readTable } from '../src/server/tabular/read-table.ts';
import { legacyListCsv, nationalList2025Csv } from './national-unit-files.ts';

async function run(label: string, database: Database) {
  for (const [name, file] of [
    ['2025 list', nationalList2025Csv()],
    ['pre-2025 list', legacyListCsv()],
  ] as const) {
    const started = performance.now();
    const table = await readTable(Buffer.from(file.csv), 'units.csv');
    const result = await importUnits(database.db, { kind: 'system' }, table, SYSTEM_ACTOR);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${label.padEnd(11)} ${name.padEnd(14)} ${String(file.rows).padStart(6)} rows  ${result.imported} imported  ` +
        `${result.successions} successions  ${seconds.toFixed(2)} s`,
    );
  }
  await database.close();
}

await run('PGlite', await openDatabase({ kind: 'pglite-memory' }));
const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
if (url) {
  const name = `qptd_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  try {
    await run('PostgreSQL', await openDatabase({ kind: 'postgres', url: target.toString() }));
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
} else {
  console.log('PostgreSQL  skipped: set TEST_DATABASE_URL to a server to measure it too');
}
