import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { PGLITE_EXTENSIONS } from './pglite-extensions.ts';

/**
 * Buffer pool of the embedded database. PostgreSQL's default of 128 MB is allocated inside
 * PGlite's WebAssembly memory whatever the data size, and an embedded install is one province at
 * most, whose working set fits in far less; the operating system still caches the files. 32 MB
 * keeps about 110 MB less resident (measured with bench/startup.ts).
 */
export const PGLITE_SHARED_BUFFERS = '32MB';

/** How every QPTD process opens PGlite: the extensions the migrations need, the buffer pool above. */
export function pgliteOptions(dataDir?: string): PGliteOptions {
  return {
    ...(dataDir ? { dataDir } : {}),
    extensions: PGLITE_EXTENSIONS,
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
  };
}
