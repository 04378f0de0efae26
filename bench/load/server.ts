import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A `qptd serve` process started by the benchmark. */
export interface BenchServer {
  url: string;
  child: ChildProcess;
  /** Asks the server to finish its requests and close the database, then waits for the exit. */
  stop(): Promise<void>;
  /** The last lines of the server's output, for error messages. */
  tail(): string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * Starts `node bin/qptd.mjs serve` on 127.0.0.1 as an operator runs it, its output appended to
 * `logFile` (as a service manager would keep it) so the benchmark process spends no CPU reading it.
 */
export async function startServer(
  env: Record<string, string>,
  logFile: string,
  nodeArgs: string[] = [],
): Promise<BenchServer> {
  const port = await freePort();
  const out = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, [...nodeArgs, path.join(ROOT, 'bin/qptd.mjs'), 'serve'], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  const exited = new Promise<number | string>((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? signal ?? -1));
  });
  let ended = false;
  void exited.then(() => {
    ended = true;
  });
  const tail = () => fs.readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline && !ended) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) {
        return {
          url,
          child,
          tail,
          async stop() {
            if (!ended) child.kill('SIGTERM');
            const code = await exited;
            if (code !== 0) throw new Error(`the server ended with ${code}:\n${tail()}`);
          },
        };
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`the server did not become ready:\n${tail()}`);
}
