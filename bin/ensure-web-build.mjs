#!/usr/bin/env node
// Builds the web app (dist/web) when it is missing or older than its sources, so `npm start`
// always serves the current interface. Prints one line; exits non-zero when the build fails.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompressDir } from './precompress-web.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILT_INDEX = path.join(ROOT, 'dist', 'web', 'index.html');
const CONFIG = path.join(ROOT, 'vite.config.ts');
const SOURCES = [path.join(ROOT, 'src', 'web'), path.join(ROOT, 'src', 'shared'), CONFIG];

/** Newest modification time (ms) of a file, or of any file under a folder; 0 if absent. */
function newestMtime(target) {
  let stat;
  try {
    stat = fs.statSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  }
  return newest;
}

/** Why a build is needed, or null when dist/web is current. */
function staleReason() {
  let builtAt;
  try {
    builtAt = fs.statSync(BUILT_INDEX).mtimeMs;
  } catch {
    return 'chưa có bản dựng';
  }
  const newestSource = Math.max(...SOURCES.map(newestMtime));
  return newestSource > builtAt ? 'mã nguồn đã thay đổi' : null;
}

async function main() {
  const reason = staleReason();
  if (!reason) {
    console.log('Giao diện web đã được dựng và còn mới (dist/web).');
    return 0;
  }
  let vite;
  try {
    // Always the production build, even when a test runner set NODE_ENV=test: npm start serves it.
    process.env.NODE_ENV = 'production';
    vite = await import('vite');
  } catch {
    console.error(`Không dựng được giao diện web (${reason}): chưa cài vite. Hãy chạy \`npm install\`.`);
    return 1;
  }
  const started = Date.now();
  try {
    await vite.build({ configFile: CONFIG, logLevel: 'error', mode: 'production' });
    precompressDir(path.dirname(BUILT_INDEX));
  } catch (error) {
    console.error(`Dựng giao diện web thất bại: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`Đã dựng giao diện web vào dist/web (${reason}, ${seconds} giây).`);
  return 0;
}

process.exitCode = await main();
