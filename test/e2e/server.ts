import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const READY_TIMEOUT_MS = 100_000;
const STOP_TIMEOUT_MS = 15_000;

/** A running QPTD server for one test file. */
export interface TestServer {
  baseUrl: string;
  /** Sends SIGTERM (SIGKILL if it hangs) and removes the temporary data folder. */
  stop: () => Promise<void>;
  /** Moves the server's clock (started with `clock`) to an instant; resolves once it has moved. */
  setClock: (at: string) => Promise<void>;
}

export interface ServerOptions {
  /** Runs the server on a clock starting at this instant instead of the wall clock. */
  clock?: string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function waitUntilReady(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The QPTD server exited with code ${child.exitCode} before it was ready:\n${output()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/readyz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The QPTD server was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${output()}`);
}

/**
 * Starts the real server (`node bin/qptd.mjs serve`) on a free port with a fresh PGlite folder,
 * which loads the demo data on first start; with E2E_DATABASE_URL it uses that PostgreSQL instead.
 * Needs dist/web to exist (the global setup builds it); builds nothing itself.
 */
export async function startServer(options: ServerOptions = {}): Promise<TestServer> {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'web', 'index.html'))) {
    throw new Error('dist/web is missing: run `node bin/ensure-web-build.mjs` (the e2e global setup does).');
  }
  const port = await freePort();
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qptd-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    QPTD_DATA_DIR: path.join(tempDir, 'data'),
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  if (process.env.E2E_DATABASE_URL) env.DATABASE_URL = process.env.E2E_DATABASE_URL;

  if (options.clock) env.QPTD_E2E_CLOCK = options.clock;
  const child = options.clock
    ? spawn(process.execPath, ['--import', 'tsx', 'test/e2e/serve-on-clock.ts'], {
        cwd: ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      })
    : spawn(process.execPath, ['bin/qptd.mjs', 'serve'], {
        cwd: ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, STOP_TIMEOUT_MS))) {
        child.kill('SIGKILL');
        await waitForExit(child, STOP_TIMEOUT_MS);
      }
    }
    fs.rmSync(tempDir, { recursive: true, force: true });
  };

  try {
    await waitUntilReady(baseUrl, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  const setClock = async (at: string) => {
    if (!options.clock) throw new Error('This server runs on the wall clock; start it with { clock }.');
    const moved = new Promise<void>((resolve) => {
      const onMessage = (message: { clock?: string }) => {
        if (message.clock !== at) return;
        child.off('message', onMessage);
        resolve();
      };
      child.on('message', onMessage);
    });
    child.send({ clock: at });
    await moved;
  };
  return { baseUrl, stop, setClock };
}
