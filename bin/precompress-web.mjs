// Writes a Brotli (.br) and a gzip (.gz) copy beside every compressible file of the built web app,
// once at build time, so the server sends the smaller copy a browser accepts without compressing
// the same files again on every request.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|map)$/;
/** Smaller files gain less than the headers cost. */
const MIN_BYTES = 1024;

/** Compresses the files under `dir`; answers how many files and their sizes before and after. */
export function precompressDir(dir) {
  const totals = { files: 0, raw: 0, brotli: 0, gzip: 0 };
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const body = fs.readFileSync(file);
    if (body.length < MIN_BYTES) continue;
    const brotli = zlib.brotliCompressSync(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
    const gzip = zlib.gzipSync(body, { level: zlib.constants.Z_BEST_COMPRESSION });
    fs.writeFileSync(`${file}.br`, brotli);
    fs.writeFileSync(`${file}.gz`, gzip);
    totals.files += 1;
    totals.raw += body.length;
    totals.brotli += brotli.length;
    totals.gzip += gzip.length;
  }
  return totals;
}
