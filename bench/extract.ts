/**
 * Extractor benchmark: throughput (MB/s) on a corpus of repeated sample
 * documents, and the time for one 5 MB input. Run: node --import tsx bench/extract.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocument } from '../src/extract/index.ts';

const SHARED_DOCS = new URL('../../shared/extraction/docs/', import.meta.url);
const FIXTURES = new URL('../test/fixtures/extract/', import.meta.url);
const CORPUS_BYTES = 10 * 1024 * 1024;
const SINGLE_BYTES = 5 * 1024 * 1024;

function loadSamples(): { source: string; texts: string[] } {
  for (const dir of [SHARED_DOCS, FIXTURES]) {
    const path = fileURLToPath(dir);
    if (!fs.existsSync(path)) continue;
    const texts = fs
      .readdirSync(path)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => fs.readFileSync(new URL(f, dir), 'utf8'));
    if (texts.length > 0) return { source: path, texts };
  }
  throw new Error('no sample documents found (../shared/extraction/docs or test/fixtures/extract)');
}

const { source, texts } = loadSamples();
const bytesOf = (s: string) => Buffer.byteLength(s, 'utf8');

// warm up the JIT so the numbers describe steady state
const warmUpUntil = performance.now() + 1500;
while (performance.now() < warmUpUntil) for (const t of texts) extractDocument(t);

let corpusBytes = 0;
const started = performance.now();
while (corpusBytes < CORPUS_BYTES) {
  for (const t of texts) {
    extractDocument(t);
    corpusBytes += bytesOf(t);
  }
}
const corpusSeconds = (performance.now() - started) / 1000;

let big = '';
while (bytesOf(big) < SINGLE_BYTES) big += `${texts.join('\n\n')}\n\n`;
const singleStart = performance.now();
const result = extractDocument(big);
const singleSeconds = (performance.now() - singleStart) / 1000;

const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
console.log(`samples: ${texts.length} documents from ${path.relative(process.cwd(), source) || '.'}`);
console.log(
  `corpus: ${mb(corpusBytes)} MB in ${corpusSeconds.toFixed(2)} s -> ${(corpusBytes / (1024 * 1024) / corpusSeconds).toFixed(2)} MB/s`,
);
console.log(
  `single input: ${mb(bytesOf(big))} MB in ${singleSeconds.toFixed(2)} s (${result.citations.length} citations, ${result.assignments.length} assignments)`,
);
