// `bitacora run`: executes a notebook in Node with a results cache in a folder.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createNodeEngine } from '../pipelines/data/node-engine';
import { Executor } from '../pipelines/engine/executor';
import type { CellState } from '../pipelines/engine/types';
import { parseNotebook } from '../pipelines/notebook/parse';
import type { Notebook } from '../pipelines/notebook/schema';
import { parseFlags, UsageError } from './args';
import { createFolderCache } from './folder-cache';
import type { Io } from './main';
import { NodeFileResolver } from './node-files';
import { cellReportExtras } from './report';
import { registerMlRunners } from '../pipelines/ml/cells/runners';
import { createLocalMl } from '../pipelines/ml/cells/local-ml';
import { createFolderRunSink } from './run-sink';

export interface CellReport {
  id: string;
  kind: string;
  status: 'ok' | 'error' | 'skipped';
  cached: boolean;
  key: string | null;
  rows: number | null;
  ms: number;
  error: string | null;
  [extra: string]: unknown;
}

export async function loadNotebookFile(file: string): Promise<Notebook> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read notebook "${file}": ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  return parseNotebook(text, file);
}

function report(nb: Notebook, states: Map<string, CellState>, keys: Map<string, string>): CellReport[] {
  return nb.cells.map((cell) => {
    const s = states.get(cell.id);
    const status = s?.status === 'ok' ? 'ok' : s?.status === 'error' ? 'error' : 'skipped';
    return {
      id: cell.id,
      kind: cell.kind,
      status,
      cached: s?.cached ?? false,
      key: s?.key ?? keys.get(cell.id) ?? null,
      rows: s?.rows ?? null,
      ms: Math.round((s?.ms ?? 0) * 100) / 100,
      error: s?.error ?? null,
      ...cellReportExtras(s?.output ?? null),
    };
  });
}

export async function runCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(
    argv,
    { 'data-dir': { type: 'string' }, 'cache-dir': { type: 'string' }, 'no-cache': { type: 'boolean' }, json: { type: 'boolean' } },
    'run',
  );
  if (positionals.length !== 1) throw new UsageError(`run: expected one NOTEBOOK file, got ${positionals.length}`);
  const file = path.resolve(positionals[0]);
  const nb = await loadNotebookFile(file);
  const dataDir = path.resolve(values['data-dir'] ?? path.dirname(file));
  const cacheDir = path.resolve(values['cache-dir'] ?? path.join(path.dirname(file), '.bitacora'));
  const engine = await createNodeEngine();
  try {
    registerMlRunners();
    const executor = new Executor({
      engine,
      files: new NodeFileResolver(dataDir),
      cache: values['no-cache'] ? undefined : createFolderCache(cacheDir),
      ml: createLocalMl(),
      runs: createFolderRunSink(cacheDir),
    });
    const result = await executor.run(nb, 'all');
    const plan = await executor.plan(nb);
    const cells = report(nb, executor.states, plan.keys);
    const ok = cells.every((c) => c.status === 'ok');
    if (values.json) io.out(JSON.stringify({ ok, cells }));
    else {
      for (const c of cells) {
        const mark = c.status === 'ok' ? '✓' : c.status === 'error' ? '✗' : '-';
        const rows = c.rows === null ? '' : ` ${c.rows} rows`;
        const cached = c.cached ? ' (cached)' : '';
        io.out(`${mark} ${c.id} [${c.kind}]${rows} ${c.ms} ms${cached}${c.error ? ` — ${c.error}` : ''}`);
      }
      io.out(ok ? `${nb.title}: ${cells.length} cells ok` : `${nb.title}: ${cells.filter((c) => c.status !== 'ok').length} cell(s) failed or skipped`);
    }
    return ok && result.ok ? 0 : 1;
  } finally {
    await engine.close();
  }
}
