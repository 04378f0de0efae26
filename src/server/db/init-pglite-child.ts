// Runs in a short-lived child process: creating a PGlite folder (initdb) leaves ~870 MB resident,
// which the long-lived server must not keep.
import { PGlite } from '@electric-sql/pglite';
import { pgliteOptions } from './pglite-options.ts';

const dataDir = process.argv[2];
if (!dataDir) {
  process.stderr.write('usage: init-pglite-child DATA_DIR\n');
  process.exit(2);
}
const db = await PGlite.create(pgliteOptions(dataDir));
await db.query('select 1');
await db.close();
