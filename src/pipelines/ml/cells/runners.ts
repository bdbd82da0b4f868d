// Runners of the modelling cell kinds (transform, split, train, evaluate, explain, cluster, tune).
// Heavy work goes through ctx.ml (the ML worker pool in the browser, in-process in Node).
import { decodeIpc } from '../../data/arrow';
import { columnsToIpc } from '../../data/import/columns';
import { quoteIdent } from '../../data/sql-text';
import { canonicalJson, sha256Hex } from '../../engine/hash';
import { registerRunner, type RunContext } from '../../engine/runners';
import { CellError, type CellOutput, type MlRunner } from '../../engine/types';
import { newRunId, RUN_RECORD_SCHEMA, type RunRecord } from '../../governance/run-record';
import type { Cell, CellOf } from '../../notebook/schema';
import type { TrainResult } from './train-job';
import { SPLIT_COLUMN } from './training-data';
import type { TransformResult } from './transform-job';
import type { SplitResult } from './split-job';
import type { EvaluateResult } from './evaluate-job';
import type { ExplainResult } from './explain-job';
import type { ClusterResult } from './cluster-job';
import { runTune } from './tune';

function needMl(ctx: RunContext, cell: Cell): MlRunner {
  if (!ctx.ml) throw new CellError(cell.id, `cells of kind "${cell.kind}" need the ML runtime, which is not loaded`);
  return ctx.ml;
}

/** Progress reaches the page at most this often; a fast backend reports thousands of epochs a second. */
const PROGRESS_INTERVAL_MS = 150;

function progressOf(ctx: RunContext) {
  const series: Record<string, number[]> = {};
  let last = 0;
  let pending: ReturnType<typeof setTimeout> | null = null;
  let latest: { iteration?: number; total?: number; values?: Record<string, number>; message?: string } = {};
  const flush = () => {
    pending = null;
    last = Date.now();
    const fp = latest;
    ctx.progress({
      fraction: fp.total && fp.iteration !== undefined ? Math.min(1, fp.iteration / fp.total) : undefined,
      message: fp.message ?? (fp.iteration !== undefined ? `iteration ${fp.iteration}${fp.total ? ` of ${fp.total}` : ''}` : undefined),
      values: fp.values,
      series: Object.fromEntries(Object.entries(series).map(([k, v]) => [k, v.slice()])),
    });
  };
  return (p: unknown) => {
    latest = p as typeof latest;
    if (latest.values) for (const [k, v] of Object.entries(latest.values)) (series[k] ??= []).push(v);
    if (pending) return;
    const wait = PROGRESS_INTERVAL_MS - (Date.now() - last);
    if (wait <= 0) flush();
    else pending = setTimeout(flush, wait);
  };
}

/** Adds a column (one value per row, in table order) to `input`, saved as table `id`. */
async function withColumn(ctx: RunContext, id: string, input: string, column: string, values: (string | number)[], type: 'string' | 'int') {
  const tmp = `__tmp_${id}`;
  await ctx.engine.importArrow(tmp, columnsToIpc([{ name: column, values, hint: type === 'string' ? 'string' : 'int' }]));
  try {
    return await ctx.engine.createTableAs(id, `SELECT t.*, s.${quoteIdent(column)} FROM ${quoteIdent(input)} t POSITIONAL JOIN ${quoteIdent(tmp)} s`);
  } finally {
    await ctx.engine.dropTable(tmp);
  }
}

function dataHashes(ctx: RunContext): string[] {
  const out: string[] = [];
  for (const c of ctx.notebook.cells) {
    if (c.kind !== 'data') continue;
    const o = ctx.inputOutput(c.id);
    if (o?.kind === 'table' && o.file) out.push(o.file.sha256);
    else if ('dataset' in c.source) out.push(`dataset:${c.source.dataset}`);
  }
  return out;
}

async function record(ctx: RunContext, cell: CellOf<'train' | 'tune' | 'evaluate' | 'cluster'>, started: number, fields: Partial<RunRecord>): Promise<void> {
  if (!ctx.runs) return;
  const env = ctx.ml ? await ctx.ml.environment() : { backend: 'none', versions: {} };
  const { id: _id, title: _t, collapsed: _c, ...spec } = cell as Record<string, unknown>;
  const rec: RunRecord = {
    schema: RUN_RECORD_SCHEMA,
    id: newRunId(),
    notebook: { title: ctx.notebook.title, hash: await sha256Hex(canonicalJson(ctx.notebook)) },
    cell: { id: cell.id, kind: cell.kind, key: ctx.key, spec },
    inputs: Object.entries(ctx.inputKeys).map(([c, key]) => ({ cell: c, key })),
    data_hashes: dataHashes(ctx),
    seed: 'seed' in cell && typeof cell.seed === 'number' ? cell.seed : null,
    params: {},
    metrics: {},
    series: {},
    backend: env.backend,
    versions: env.versions,
    user_agent: typeof navigator !== 'undefined' ? navigator.userAgent : `node ${typeof process !== 'undefined' ? process.version : ''}`,
    started_at: new Date(started).toISOString(),
    duration_ms: Date.now() - started,
    status: 'ok',
    error: null,
    ...fields,
  };
  await ctx.runs.put(rec);
}

function trainOutput(ctx: RunContext, id: string, consumer: Cell): TrainResult {
  const out = ctx.inputOutput(id);
  if (out?.kind !== 'json' || out.value.kind !== 'train') throw new CellError(consumer.id, `cell "${id}" is not a trained model; run a train cell first`);
  return out.value as unknown as TrainResult;
}

export function registerMlRunners(): void {
  registerRunner('transform', async (cell, ctx) => {
    const ipc = await ctx.engine.exportArrow(cell.input);
    const result = await needMl(ctx, cell).run<TransformResult>('transform', { ipc, cellId: cell.id, steps: cell.steps }, { signal: ctx.signal });
    const table = result.sql ? await ctx.engine.createTableAs(cell.id, result.sql.replace('__INPUT__', quoteIdent(cell.input))) : await ctx.engine.importArrow(cell.id, result.ipc!);
    return { kind: 'table', table, details: { fitted: result.fitted, fitted_on: result.fittedOn, sql: result.sql !== null } };
  });

  registerRunner('split', async (cell, ctx) => {
    const ipc = await ctx.engine.exportArrow(cell.input);
    const result = await needMl(ctx, cell).run<SplitResult>('split', { ipc, cell }, { signal: ctx.signal });
    const table = await withColumn(ctx, cell.id, cell.input, SPLIT_COLUMN, result.assignment, 'string');
    return { kind: 'table', table, details: { train: result.train, test: result.test, method: cell.method } };
  });

  registerRunner('train', async (cell, ctx) => {
    const started = Date.now();
    const ipc = await ctx.engine.exportArrow(cell.input);
    const spec = { id: cell.id, task: cell.task, target: cell.target, features: cell.features, model: cell.model, seed: cell.seed };
    const result = await needMl(ctx, cell).run<TrainResult>('train', { ipc, spec, preprocess: preprocessOf(ctx, cell.input) }, { onProgress: progressOf(ctx), signal: ctx.signal });
    await record(ctx, cell, started, {
      backend: result.backend,
      params: { ...result.params, model: result.model_type, task: result.task },
      metrics: result.metrics,
      series: result.history.series,
      model: { model: result.model, preprocessing: result.preprocessing, features: result.features, labels: result.labels ?? null },
      model_hash: result.model_hash,
    });
    return { kind: 'json', value: { kind: 'train', ...result } };
  });

  registerRunner('evaluate', async (cell, ctx) => {
    const started = Date.now();
    const models = cell.models.map((id) => ({ id, result: trainOutput(ctx, id, cell) }));
    let slices: (string | null)[][] | undefined;
    if (cell.slice_by) slices = await Promise.all(models.map((m) => sliceValues(ctx, cell, m.id, m.result)));
    const result = await needMl(ctx, cell).run<EvaluateResult>('evaluate', { models, slices, calibration: cell.calibration ?? 'none', cellId: cell.id }, { signal: ctx.signal });
    await record(ctx, cell, started, { metrics: Object.fromEntries(result.models.map((m) => [m.id, m.metrics])) });
    return { kind: 'json', value: { kind: 'evaluate', ...result } };
  });

  registerRunner('explain', async (cell, ctx) => {
    const trained = trainOutput(ctx, cell.model, cell);
    const trainCell = ctx.notebook.cells.find((c) => c.id === cell.model) as CellOf<'train'>;
    const ipc = await ctx.engine.exportArrow(trainCell.input);
    const spec = { id: trainCell.id, task: trainCell.task, target: trainCell.target, features: trainCell.features, model: trainCell.model, seed: trainCell.seed };
    const result = await needMl(ctx, cell).run<ExplainResult>('explain', { ipc, spec, trained, method: cell.method, rows: cell.rows, seed: cell.seed, cellId: cell.id }, { onProgress: progressOf(ctx), signal: ctx.signal });
    return { kind: 'json', value: { kind: 'explain', ...result } };
  });

  registerRunner('cluster', async (cell, ctx) => {
    const started = Date.now();
    const ipc = await ctx.engine.exportArrow(cell.input);
    const result = await needMl(ctx, cell).run<ClusterResult>('cluster', { ipc, cell }, { onProgress: progressOf(ctx), signal: ctx.signal });
    const table = await withColumn(ctx, cell.id, cell.input, 'cluster', result.labels, 'int');
    await record(ctx, cell, started, { params: { k: cell.k }, metrics: result.metrics, model: result.model });
    return { kind: 'table', table, details: { metrics: result.metrics, centers: result.centers, features: result.features } };
  });

  registerRunner('tune', async (cell, ctx) => {
    const started = Date.now();
    const result = await runTune(cell, ctx, needMl(ctx, cell), progressOf(ctx));
    await record(ctx, cell, started, { params: { search: cell.search, space: cell.space, best: result.best?.params }, metrics: { best: result.best?.score ?? null, metric: result.metric } });
    return { kind: 'json', value: { kind: 'tune', ...result } };
  });
}

/** Fitted steps of the transform cell a train cell reads (directly or through a split), saved with the model. */
function preprocessOf(ctx: RunContext, input: string): unknown[] {
  const byId = new Map(ctx.notebook.cells.map((c) => [c.id, c]));
  const fitted: unknown[] = [];
  let cur = byId.get(input);
  while (cur && (cur.kind === 'split' || cur.kind === 'transform')) {
    if (cur.kind === 'transform') {
      const out = ctx.inputOutput(cur.id) as Extract<CellOutput, { kind: 'table' }> | null;
      if (out?.details?.fitted) fitted.unshift(...(out.details.fitted as unknown[]));
    }
    cur = byId.get(cur.input);
  }
  return fitted;
}

async function sliceValues(ctx: RunContext, cell: CellOf<'evaluate'>, modelId: string, trained: TrainResult): Promise<(string | null)[]> {
  const trainCell = ctx.notebook.cells.find((c) => c.id === modelId) as CellOf<'train'>;
  if (!trained.test) throw new CellError(cell.id, `models: "${modelId}" has no test part to slice; split the data first`);
  const info = await ctx.engine.describe(trainCell.input);
  if (!info?.columns.some((c) => c.name === cell.slice_by)) {
    throw new CellError(cell.id, `slice_by: column "${cell.slice_by}" not found in "${trainCell.input}"; columns: ${info?.columns.map((c) => c.name).join(', ')}`, 'slice_by');
  }
  const t = decodeIpc(await ctx.engine.queryArrow(`SELECT CAST(${quoteIdent(cell.slice_by!)} AS VARCHAR) AS s FROM ${quoteIdent(trainCell.input)}`));
  const all = t.columns[0].values as (string | null)[];
  return trained.test.rows.map((r) => all[r]);
}
