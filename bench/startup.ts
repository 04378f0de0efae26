// Starts the real server (`node bin/qptd.mjs serve`) on a fresh PGlite folder and prints the time
// to /readyz on the first start (data folder created, migrations, demo loaded) and on a second
// start of the same folder, the server's resident memory after it has been idle, and the gzipped
// size of the JavaScript and CSS the web app loads before its first page shows.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 20);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function startAndWait(dataDir: string): Promise<{ child: ChildProcess; seconds: number }> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    QPTD_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/qptd.mjs', 'serve'], { cwd: ROOT, env, stdio: 'ignore' });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { child, seconds: (performance.now() - started) / 1000 };
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Resident memory of a process, from /proc (Linux). */
function rssMb(pid: number): number {
  const line = fs
    .readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? 0) / 1024;
}

/** The files index.html makes the browser fetch before the first page: entry, preloads, styles. */
function firstLoadAssets(): { file: string; raw: number; gzipped: number }[] {
  const web = path.join(ROOT, 'dist', 'web');
  const html = fs.readFileSync(path.join(web, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  return files.map((file) => {
    const body = fs.readFileSync(path.join(web, file));
    return { file, raw: body.length, gzipped: gzipSync(body, { level: 9 }).length };
  });
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qptd-bench-start-'));
try {
  const dataDir = path.join(dir, 'data');
  const first = await startAndWait(dataDir);
  console.log(`first start (new folder, migrations, demo)  ${first.seconds.toFixed(2)} s to /readyz`);
  await stop(first.child);
  const second = await startAndWait(dataDir);
  console.log(`second start (same folder)                  ${second.seconds.toFixed(2)} s to /readyz`);
  await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000));
  console.log(
    `RSS after ${IDLE_SECONDS} s idle (PGlite)              ${rssMb(second.child.pid!).toFixed(0)} MB`,
  );
  await stop(second.child);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

const assets = firstLoadAssets();
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
for (const kind of ['js', 'css']) {
  const of = assets.filter((a) => a.file.endsWith(`.${kind}`));
  const raw = of.reduce((s, a) => s + a.raw, 0);
  const gzipped = of.reduce((s, a) => s + a.gzipped, 0);
  console.log(
    `first-load ${kind.padEnd(3)} (${of.length} files)                   ${kb(gzipped)} gzipped, ${kb(raw)} raw`,
  );
}
