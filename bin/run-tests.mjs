#!/usr/bin/env node
// `npm test`: lint, types, the unit and API suite on PGlite, the same again on PostgreSQL when a
// server is configured, then the browser tests. Outside CI a missing PostgreSQL or Chromium is
// skipped loudly; with CI=true it fails the run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const isCI = process.env.CI === 'true';
const outDir = 'test-output';
fs.mkdirSync(outDir, { recursive: true });
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const totals = { passed: 0, failed: 0, skipped: 0 };
const phases = [];
let failed = false;

function run(title, args, env = {}) {
  process.stdout.write(`\n== ${title}\n`);
  const result = spawnSync(npx, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function vitest(title, project, reportName, env) {
  const report = path.join(outDir, `${reportName}.json`);
  fs.rmSync(report, { force: true });
  const ok = run(
    title,
    [
      'vitest',
      'run',
      '--project',
      project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    env,
  );
  if (fs.existsSync(report)) {
    const r = JSON.parse(fs.readFileSync(report, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
    phases.push(
      `${title}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`,
    );
  } else {
    phases.push(`${title}: no report`);
  }
  if (!ok) failed = true;
}

function skip(what, why) {
  const line = `${what} SKIPPED: ${why}`;
  if (isCI) {
    process.stderr.write(`\n!! ${line} (CI=true: this fails the run)\n`);
    phases.push(`${what}: MISSING`);
    failed = true;
  } else {
    process.stderr.write(`\n${'!'.repeat(72)}\n!! ${line}\n${'!'.repeat(72)}\n`);
    phases.push(`${what}: skipped (${why})`);
  }
}

if (!run('lint (biome)', ['biome', 'check', '.'])) failed = true;
if (!run('types (tsc --noEmit)', ['tsc', '--noEmit', '-p', 'tsconfig.json'])) failed = true;

vitest('unit + API on PGlite', 'unit', 'unit-pglite', { QPTD_TEST_DB: 'pglite' });

const pgUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
if (pgUrl) {
  vitest('unit + API on PostgreSQL', 'unit', 'unit-postgres', {
    QPTD_TEST_DB: 'postgres',
    TEST_DATABASE_URL: pgUrl,
  });
} else {
  skip(
    'PostgreSQL run',
    'set TEST_DATABASE_URL (or DATABASE_URL) to a PostgreSQL server to run the suite on it',
  );
}

const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (fs.existsSync(chrome)) {
  // The browser tests drive a server on PGlite; they do not need to run twice.
  vitest('browser tests (Chromium)', 'e2e', 'e2e', {});
} else {
  skip('Browser tests', `no Chromium at ${chrome} (apt-get install chromium, or set CHROME_PATH)`);
}

process.stdout.write(`\n== summary\n${phases.map((p) => `  ${p}`).join('\n')}\n`);
process.stdout.write(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(failed || totals.failed > 0 ? 1 : 0);
