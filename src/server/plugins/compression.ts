import zlib from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/** Responses smaller than this are sent as they are: compressing them saves less than it costs. */
const THRESHOLD_BYTES = 1024;

/**
 * Compresses answers for browsers that accept it (Brotli, else gzip). Officials in communes often
 * work over a mobile connection, and a province's dashboard is a few hundred kilobytes of JSON.
 * Brotli runs at a low quality: answers are compressed on every request, and the CPU goes to
 * serving them. Built web files are compressed once at build time and sent as they are.
 */
export async function installCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, {
    global: true,
    encodings: ['br', 'gzip'],
    threshold: THRESHOLD_BYTES,
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
    zlibOptions: { level: 6 },
  });
}
