// Roll-up benchmark on a synthetic national tree. Loads units, 60 indicators and 20 yearly periods
// of commune figures in bulk, builds the maintained roll-ups, then measures:
//   (a) one indicator, one province, one period (the maintained total);
//   (b) the dashboard: every indicator × every child of the nation × one period (getDashboard);
//   (c) freshness: a commune figure written through the same path as the API, then read back in
//       the national total — and checked to be there.
// Baseline in the same run: (b) computed by summing commune rows at query time.
//   node --import tsx bench/rollup.ts [--db pglite|postgres|both] [--tree new|legacy|both] [--periods 20] [--samples 60]
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Actor } from '../src/server/auth/actor.ts';
import { type Database, openDatabase } from '../src/server/db/client.ts';
import { queryRows } from '../src/server/db/query-rows.ts';
import { applyRollupDelta } from '../src/server/services/figures/apply-rollup-delta.ts';
import { getDashboard } from '../src/server/services/figures/get-dashboard.ts';
import { rebuildRollups } from '../src/server/services/figures/rebuild-rollups.ts';
import { rollupTargets } from '../src/server/services/figures/rollup-targets.ts';
import { insertUnits, type NewUnit } from '../src/server/services/units/insert-units.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const DBS = arg('db', 'both');
const TREES = arg('tree', 'both');
const PERIODS = Number(arg('periods', '20'));
const SAMPLES = Number(arg('samples', '60'));
const INDICATORS = 60;

type Tree = { name: string; provinces: number; districtsPer: number; communes: number };
const NEW_TREE: Tree = { name: '34 / 3,321', provinces: 34, districtsPer: 0, communes: 3321 };
const LEGACY_TREE: Tree = { name: '63 / 705 / 10,599', provinces: 63, districtsPer: 11, communes: 10599 };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timeIt(samples: number, fn: (i: number) => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

async function load(database: Database, tree: Tree) {
  const db = database.db;
  const started = performance.now();
  const rows: NewUnit[] = [
    {
      key: 'vn',
      code: 'VN',
      name: 'Việt Nam',
      kind: 'quoc_gia',
      parent: null,
      validFrom: null,
      validTo: null,
    },
  ];
  const leaves: string[] = [];
  const perProvince = Math.ceil(tree.communes / tree.provinces);
  let made = 0;
  for (let p = 0; p < tree.provinces; p += 1) {
    rows.push({
      key: `p${p}`,
      code: `P${p}`,
      name: `Tỉnh ${p}`,
      kind: 'tinh',
      parent: { key: 'vn' },
      validFrom: null,
      validTo: null,
    });
    const parents =
      tree.districtsPer > 0 ? Array.from({ length: tree.districtsPer }, (_, d) => `p${p}d${d}`) : [`p${p}`];
    if (tree.districtsPer > 0) {
      for (const d of parents)
        rows.push({
          key: d,
          code: d.toUpperCase(),
          name: `Huyện ${d}`,
          kind: 'huyen',
          parent: { key: `p${p}` },
          validFrom: null,
          validTo: null,
        });
    }
    for (let c = 0; c < perProvince && made < tree.communes; c += 1, made += 1) {
      const key = `c${made}`;
      rows.push({
        key,
        code: `C${made}`,
        name: `Xã ${made}`,
        kind: 'xa',
        parent: { key: parents[c % parents.length]! },
        validFrom: null,
        validTo: null,
      });
      leaves.push(key);
    }
  }
  const placed = await db.transaction((tx) => insertUnits(tx, rows));
  await db.execute(sql`
    insert into indicators (code, name, unit_of_measure, kind, aggregation, group_code)
    select 'B' || g, 'Chỉ tiêu thử ' || g, 'người', 'quantity', 'sum', 'chung' from generate_series(1, ${INDICATORS}) g`);
  const communeIds = leaves.map((k) => placed.get(k)!.id);
  const firstCommune = Math.min(...communeIds);
  const lastCommune = Math.max(...communeIds);
  const [{ min: firstIndicator }] = (await queryRows<{ min: number }>(
    db,
    sql`select min(id)::int as min from indicators where code like 'B%'`,
  )) as [{ min: number }];
  for (let p = 0; p < PERIODS; p += 1) {
    await db.execute(sql`
      insert into data_values (indicator_id, category, unit_id, period_code, value)
      select i, '', u, ${String(2000 + p)}, (u * 7 + i * 13 + ${p}) % 500
        from generate_series(${firstIndicator}::bigint, ${firstIndicator + INDICATORS - 1}::bigint) i,
             generate_series(${firstCommune}::bigint, ${lastCommune}::bigint) u`);
  }
  const loaded = performance.now();
  await rebuildRollups(db);
  // Fresh statistics, as autovacuum would gather after a bulk load.
  await db.execute(sql`analyze`);
  const built = performance.now();
  const [{ n }] = (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from data_values`)) as [
    { n: number },
  ];
  return {
    values: n,
    loadSeconds: (loaded - started) / 1000,
    rollupSeconds: (built - loaded) / 1000,
    nation: placed.get('vn')!,
    provinces: Array.from({ length: tree.provinces }, (_, p) => placed.get(`p${p}`)!.id),
    communes: communeIds,
    firstIndicator,
  };
}

async function measure(label: string, database: Database, tree: Tree) {
  const data = await load(database, tree);
  const db = database.db;
  const actor = { unitPath: data.nation.path, unitId: data.nation.id, role: 'leader' } as Actor;
  const period = String(2000 + PERIODS - 1);
  const a = await timeIt(SAMPLES, (i) =>
    queryRows(
      db,
      sql`select total from data_rollups where period_code = ${period}
                        and unit_id = ${data.provinces[i % data.provinces.length]!} and indicator_id = ${data.firstIndicator + (i % INDICATORS)} and category = ''`,
    ),
  );
  await getDashboard(db, actor, { unitId: data.nation.id, period });
  const b = await timeIt(SAMPLES, () => getDashboard(db, actor, { unitId: data.nation.id, period }));
  const baseline = await timeIt(Math.max(5, Math.floor(SAMPLES / 6)), () =>
    queryRows(
      db,
      sql`select p.id, dv.indicator_id, sum(dv.value) from units p
                        join units c on c.path <@ p.path join data_values dv on dv.unit_id = c.id and dv.period_code = ${period}
                       where p.parent_id = ${data.nation.id} group by p.id, dv.indicator_id`,
    ),
  );
  let stale = 0;
  const c = await timeIt(SAMPLES, async (i) => {
    const unitId = data.communes[(i * 97) % data.communes.length]!;
    const indicatorId = data.firstIndicator + (i % INDICATORS);
    const [before] = await queryRows<{ total: number }>(
      db,
      sql`select total::float8 as total from data_rollups
      where period_code = ${period} and unit_id = ${data.nation.id} and indicator_id = ${indicatorId} and category = ''`,
    );
    await db.transaction(async (tx) => {
      const [old] = await queryRows<{ value: number }>(
        tx,
        sql`select value::float8 as value from data_values
        where indicator_id = ${indicatorId} and category = '' and unit_id = ${unitId} and period_code = ${period} for update`,
      );
      await tx.execute(sql`update data_values set value = value + 1 where indicator_id = ${indicatorId} and category = ''
        and unit_id = ${unitId} and period_code = ${period}`);
      await applyRollupDelta(tx, await rollupTargets(tx, unitId), {
        indicatorId,
        aggregation: 'sum',
        category: '',
        periodCode: period,
        before: old!.value,
        after: old!.value + 1,
      });
    });
    const [after] = await queryRows<{ total: number }>(
      db,
      sql`select total::float8 as total from data_rollups
      where period_code = ${period} and unit_id = ${data.nation.id} and indicator_id = ${indicatorId} and category = ''`,
    );
    if (after!.total !== before!.total + 1) stale += 1;
  });
  const f = (n: number) => n.toFixed(1).padStart(7);
  console.log(
    `${label.padEnd(10)} ${tree.name.padEnd(18)} ${String(data.values).padStart(9)} values  load ${data.loadSeconds.toFixed(1)} s + roll-up build ${data.rollupSeconds.toFixed(1)} s\n` +
      `           (a) one indicator/province/period  p50 ${f(a.p50)} ms  p95 ${f(a.p95)} ms\n` +
      `           (b) dashboard ${INDICATORS} ind × ${tree.provinces} children   p50 ${f(b.p50)} ms  p95 ${f(b.p95)} ms` +
      `   (baseline, summing commune rows: p50 ${f(baseline.p50)} ms, ${(baseline.p50 / b.p50).toFixed(1)}× slower)\n` +
      `           (c) write + read national total    p50 ${f(c.p50)} ms  p95 ${f(c.p95)} ms  stale reads: ${stale}/${SAMPLES}`,
  );
  await database.close();
}

async function withPostgres(run: (database: Database) => Promise<void>) {
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) {
    console.log('PostgreSQL skipped: set TEST_DATABASE_URL');
    return;
  }
  const name = `qptd_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  try {
    await run(await openDatabase({ kind: 'postgres', url: target.toString() }));
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

for (const tree of TREES === 'both'
  ? [NEW_TREE, LEGACY_TREE]
  : TREES === 'legacy'
    ? [LEGACY_TREE]
    : [NEW_TREE]) {
  if (DBS !== 'postgres') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qptd-bench-'));
    try {
      await measure('PGlite', await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'data') }), tree);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  if (DBS !== 'pglite') await withPostgres((database) => measure('PostgreSQL', database, tree));
}
