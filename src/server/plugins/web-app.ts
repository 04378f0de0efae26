import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Folder of the built web app (`vite build` output). */
export const WEB_DIST_DIR = fileURLToPath(new URL('../../../dist/web', import.meta.url));

/**
 * Serves the built single-page app at `/`; unknown non-API GETs get index.html so client-side
 * routes survive a reload. Returns false when the app has not been built.
 */
export async function serveWebApp(app: FastifyInstance, distDir = WEB_DIST_DIR): Promise<boolean> {
  const indexFile = path.join(distDir, 'index.html');
  if (!fs.existsSync(indexFile)) return false;
  await app.register(fastifyStatic, {
    root: distDir,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    // The build writes .br and .gz copies beside each file (bin/precompress-web.mjs).
    preCompressed: true,
    cacheControl: false,
    setHeaders(reply, filePath) {
      // Hashed assets never change; index.html must always be revalidated.
      const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
      reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return true;
}
