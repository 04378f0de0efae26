import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Makes sure dist/web is built and current before any browser test starts a server. */
export default function setup(): void {
  execFileSync(process.execPath, ['bin/ensure-web-build.mjs'], { cwd: ROOT, stdio: 'inherit' });
}
