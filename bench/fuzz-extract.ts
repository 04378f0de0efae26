// Runs generated documents through the extractor and reports crashes (must be 0) and the slowest
// input. Documents are mutations of the sample texts (cut, spliced, duplicated lines, random
// characters and brackets, digits and slashes) and pure noise, from a fixed seed so a crash can
// be replayed.   node --import tsx bench/fuzz-extract.ts [COUNT] [SEED]
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractDocument } from '../src/extract/index.ts';

const COUNT = Number(process.argv[2] ?? 1_000_000);
let seed = Number(process.argv[3] ?? 20_261_122) >>> 0;
const random = () => {
  // xorshift32: fast, reproducible.
  seed ^= seed << 13;
  seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  seed >>>= 0;
  return seed / 0x1_0000_0000;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const samplesDir = fileURLToPath(new URL('../../shared/extraction/docs/', import.meta.url));
const fixturesDir = fileURLToPath(new URL('../test/fixtures/extract/', import.meta.url));
const corpus = [samplesDir, fixturesDir]
  .filter((d) => fs.existsSync(d))
  .flatMap((d) =>
    fs
      .readdirSync(d)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => fs.readFileSync(`${d}${f}`, 'utf8')),
  );
if (corpus.length === 0) throw new Error('no documents to mutate');
const lines = corpus.flatMap((c) => c.split('\n'));
const ALPHABET =
  'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ0123456789 ./-:;,()[]{}"“”%|*#\n\t';

function randomText(length: number): string {
  let s = '';
  for (let i = 0; i < length; i += 1) s += ALPHABET[Math.floor(random() * ALPHABET.length)];
  return s;
}

function generate(): string {
  const base = pick(corpus);
  switch (Math.floor(random() * 8)) {
    case 0:
      return base.slice(0, Math.floor(random() * base.length));
    case 1: {
      const at = Math.floor(random() * base.length);
      return base.slice(0, at) + randomText(1 + Math.floor(random() * 200)) + base.slice(at);
    }
    case 2:
      return Array.from({ length: 1 + Math.floor(random() * 60) }, () => pick(lines)).join('\n');
    case 3:
      return '('.repeat(Math.floor(random() * 500)) + pick(lines) + ')'.repeat(Math.floor(random() * 500));
    case 4:
      return Array.from({ length: 50 + Math.floor(random() * 200) }, () =>
        pick(['1', '/', '-', '.', ',', ' ', '%', '2019', 'NĐ', 'CP']),
      ).join('');
    case 5:
      return randomText(Math.floor(random() * 3000));
    case 6: {
      const a = pick(corpus);
      const b = pick(corpus);
      return a.slice(0, Math.floor(random() * a.length)) + b.slice(Math.floor(random() * b.length));
    }
    default:
      return base.replace(/[0-9]/g, () => String(Math.floor(random() * 10)));
  }
}

let crashes = 0;
let slowest = { ms: 0, length: 0, sample: '' };
let chars = 0;
const started = performance.now();
for (let i = 0; i < COUNT; i += 1) {
  const text = generate();
  chars += text.length;
  const t0 = performance.now();
  try {
    const result = extractDocument(text);
    if (!Array.isArray(result.citations) || !Array.isArray(result.assignments))
      throw new Error('invalid shape');
  } catch (error) {
    crashes += 1;
    if (crashes <= 5)
      console.error(
        `crash #${crashes} at document ${i}: ${(error as Error).message}\n${JSON.stringify(text.slice(0, 300))}`,
      );
  }
  const ms = performance.now() - t0;
  if (ms > slowest.ms) slowest = { ms, length: text.length, sample: text.slice(0, 120) };
  if ((i + 1) % 100_000 === 0) console.error(`${i + 1} documents…`);
}
const seconds = (performance.now() - started) / 1000;
console.log(
  `documents: ${COUNT}  characters: ${(chars / 1e6).toFixed(1)} M  time: ${seconds.toFixed(1)} s  crashes: ${crashes}`,
);
console.log(
  `slowest: ${slowest.ms.toFixed(2)} ms for ${slowest.length} characters: ${JSON.stringify(slowest.sample)}`,
);
process.exitCode = crashes === 0 ? 0 : 1;
