// Initial JavaScript of the built app, gzipped: the entry script and every module it preloads
// (DuckDB, tfjs and Plotly must stay in lazy chunks, outside this figure).
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { emit, isMain, round } from './common';

const DIST = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');

export async function initialScripts(dist = DIST): Promise<string[]> {
  const html = await readFile(path.join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)].map((m) => m[1]);
  return [...new Set(refs)].map((r) => path.join(dist, r.replace(/^\.?\//, '')));
}

export async function run(): Promise<void> {
  try {
    await stat(path.join(DIST, 'index.html'));
  } catch {
    emit({ bench: 'initial_js_gzip', skipped: 'no dist/ build: run npm run build first' });
    return;
  }
  const files = await initialScripts();
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const b = await readFile(f);
    raw += b.byteLength;
    gz += gzipSync(b, { level: 9 }).byteLength;
  }
  let total = 0;
  const assets = path.join(DIST, 'assets');
  for (const f of await readdir(assets)) if (f.endsWith('.js')) total += (await stat(path.join(assets, f))).size;
  emit({ bench: 'initial_js_gzip', files: files.length, kb_raw: round(raw / 1024), kb_gzip: round(gz / 1024), target_kb_gzip: 400, all_js_kb_raw: round(total / 1024) });
}

if (isMain(import.meta.url)) await run();
