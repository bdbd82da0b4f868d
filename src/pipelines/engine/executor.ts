// Runs a notebook: plans keys over the dependency graph, reuses results whose key is unchanged,
// executes the rest in topological order, and reports per-cell state as events.
import type { DataEngine } from '../data/engine';
import type { Cell, Notebook } from '../notebook/schema';
import { buildGraph, downstream, producesTable, upstreamClosure, type Graph } from './graph';
import { cellKey } from './keys';
import type { CellOutput, CellState, ExecEvent, FileResolver, MlRunner, ResolvedFile, ResultCache, RunSink } from './types';
import { CellError } from './types';
import { yieldToEventLoop } from './yield';
import { runnerFor, type RunContext } from './runners';

export interface Plan {
  graph: Graph;
  /** Current key of each cell whose key could be computed. */
  keys: Map<string, string>;
  /** Cells whose shown result does not match their current key (or that never ran). */
  stale: Set<string>;
}

export type RunTarget = 'all' | 'stale' | { cells: string[] };

export interface RunOptions {
  signal?: AbortSignal;
  onEvent?: (e: ExecEvent) => void;
}

export interface ExecutorOptions {
  engine: DataEngine;
  files: FileResolver;
  cache?: ResultCache;
  ml?: MlRunner;
  runs?: RunSink;
  now?: () => number;
}

export class Cancelled extends Error {
  override name = 'Cancelled';
  constructor() {
    super('Cancelled');
  }
}

function emptyState(id: string): CellState {
  return { id, status: 'idle', key: null, cached: false, ms: null, rows: null, error: null, output: null };
}

function rowsOf(output: CellOutput): number | null {
  return output.kind === 'table' ? output.table.rows : null;
}

export class Executor {
  readonly states = new Map<string, CellState>();
  private resolved = new Map<string, ResolvedFile>();
  private dataEngineVersion: string | null = null;
  private readonly now: () => number;

  constructor(private readonly opts: ExecutorOptions) {
    this.now = opts.now ?? (() => performance.now());
  }

  state(id: string): CellState {
    return this.states.get(id) ?? emptyState(id);
  }

  /** Restores states saved from an earlier session (their tables are reloaded from the cache on demand). */
  restore(states: CellState[]): void {
    for (const s of states) this.states.set(s.id, { ...s, status: s.status === 'running' || s.status === 'queued' ? 'stale' : s.status });
  }

  private async engineVersion(): Promise<string> {
    this.dataEngineVersion ??= await this.opts.engine.version();
    return this.dataEngineVersion;
  }

  /** The content hash of a data cell's file: recorded in the spec, or read now. */
  private async contentHash(cell: Cell): Promise<string | undefined> {
    if (cell.kind !== 'data') return undefined;
    if ('dataset' in cell.source) return undefined;
    if (cell.source.sha256) return cell.source.sha256;
    const file = await this.resolve(cell);
    return file.sha256;
  }

  private async resolve(cell: Extract<Cell, { kind: 'data' }>): Promise<ResolvedFile> {
    const cacheKey = JSON.stringify(cell.source);
    let file = this.resolved.get(cacheKey);
    if (!file) {
      file = await this.opts.files.resolve(cell.source, cell.id);
      this.resolved.set(cacheKey, file);
    }
    if ('file' in cell.source && cell.source.sha256 && file.sha256 !== cell.source.sha256) {
      throw new CellError(cell.id, `source.file: "${file.fileName}" has SHA-256 ${file.sha256.slice(0, 12)}…, but the notebook recorded ${cell.source.sha256.slice(0, 12)}…; this is not the same file`, 'source.file');
    }
    return file;
  }

  /** Forget a resolved file (e.g. after the user supplied a new one). */
  forgetFiles(): void {
    this.resolved.clear();
  }

  async plan(nb: Notebook): Promise<Plan> {
    const graph = await buildGraph(nb, (sql) => this.opts.engine.tableRefs(sql));
    const keys = new Map<string, string>();
    const byId = new Map(nb.cells.map((c) => [c.id, c]));
    const dataEngine = await this.engineVersion();
    for (const id of graph.order) {
      if (graph.errors.has(id)) continue;
      const deps = graph.deps.get(id)!;
      if (deps.some((d) => !keys.has(d))) continue;
      const cell = byId.get(id)!;
      let contentHash: string | undefined;
      try {
        contentHash = await this.contentHash(cell);
      } catch {
        continue; // unresolved file: no key until the user supplies it
      }
      const inputKeys = Object.fromEntries(deps.map((d) => [d, keys.get(d)!]));
      keys.set(id, await cellKey({ cell, notebookSeed: nb.seed, inputKeys, dataEngine, contentHash }));
    }
    const stale = new Set<string>();
    for (const cell of nb.cells) {
      const s = this.states.get(cell.id);
      if (!s || s.key !== keys.get(cell.id) || s.status === 'error' || s.status === 'cancelled' || s.status === 'skipped') stale.add(cell.id);
    }
    return { graph, keys, stale };
  }

  async run(nb: Notebook, target: RunTarget, opts: RunOptions = {}): Promise<{ ok: boolean; cancelled: boolean; states: CellState[] }> {
    const emit = (state: CellState) => {
      this.states.set(state.id, state);
      opts.onEvent?.({ type: 'cell', state });
    };
    const plan = await this.plan(nb);
    const byId = new Map(nb.cells.map((c) => [c.id, c]));
    const wanted = target === 'all' ? nb.cells.map((c) => c.id) : target === 'stale' ? [...plan.stale] : target.cells;
    for (const id of wanted) if (!byId.has(id)) throw new CellError(id, `no cell with id "${id}"`);
    const closure = upstreamClosure(plan.graph, wanted);
    const cycleCells = nb.cells.map((c) => c.id).filter((id) => !plan.graph.order.includes(id) && closure.has(id));
    const ordered = [...plan.graph.order.filter((id) => closure.has(id)), ...cycleCells];
    opts.onEvent?.({ type: 'run-start', cells: ordered });
    for (const id of ordered) emit({ ...this.state(id), status: 'queued', progress: undefined });

    let ok = true;
    let cancelled = false;
    const failed = new Set<string>();
    for (const id of ordered) {
      const cell = byId.get(id)!;
      const prev = this.state(id);
      if (opts.signal?.aborted) {
        cancelled = true;
        emit({ ...prev, status: 'cancelled', error: null });
        continue;
      }
      const graphError = plan.graph.errors.get(id);
      if (graphError) {
        ok = false;
        failed.add(id);
        emit({ ...emptyState(id), status: 'error', error: `${id}.${graphError}` });
        continue;
      }
      const deps = plan.graph.deps.get(id)!;
      const badDep = deps.find((d) => failed.has(d));
      if (badDep) {
        failed.add(id);
        emit({ ...emptyState(id), status: 'skipped', error: `skipped: input "${badDep}" failed` });
        continue;
      }
      const started = this.now();
      try {
        const key = plan.keys.get(id) ?? (await this.keyAfterResolve(nb, cell, plan));
        const reused = await this.reuse(cell, key, prev);
        if (reused) {
          emit({ ...reused, status: 'ok', cached: true, key, error: null, progress: undefined, ms: this.now() - started });
          continue;
        }
        emit({ ...emptyState(id), status: 'running', key });
        const inputKeys = Object.fromEntries(deps.map((d) => [d, plan.keys.get(d) ?? this.state(d).key ?? '']));
        const ctx = this.context(nb, cell, opts, emit, key, inputKeys);
        const output = await runnerFor(cell)(cell, ctx);
        const ms = this.now() - started;
        const state: CellState = { id, status: 'ok', key, cached: false, ms, rows: rowsOf(output), error: null, output, finishedAt: Date.now() };
        emit(state);
        // The page renders the result in its own task before the output is serialized for the cache.
        await yieldToEventLoop();
        await this.store(cell, key, output, ms);
      } catch (e) {
        const aborted = opts.signal?.aborted;
        if (aborted) cancelled = true;
        else ok = false;
        failed.add(id);
        const message = e instanceof Error ? e.message : String(e);
        emit({ ...emptyState(id), status: aborted ? 'cancelled' : 'error', ms: this.now() - started, error: aborted ? null : message, key: null, finishedAt: Date.now() });
      }
    }
    opts.onEvent?.({ type: 'run-end', ok, cancelled });
    return { ok: ok && !cancelled, cancelled, states: ordered.map((id) => this.state(id)) };
  }

  /** A data cell whose file was missing at planning time: resolve it now (throws MissingFileError). */
  private async keyAfterResolve(nb: Notebook, cell: Cell, plan: Plan): Promise<string> {
    if (cell.kind === 'data') await this.resolve(cell);
    const fresh = await this.plan(nb);
    const key = fresh.keys.get(cell.id);
    if (!key) throw new CellError(cell.id, 'cannot compute the cell key: an input is missing');
    plan.keys.set(cell.id, key);
    return key;
  }

  private async reuse(cell: Cell, key: string, prev: CellState): Promise<CellState | null> {
    const needsTable = producesTable(cell);
    if (prev.key === key && prev.output && prev.status !== 'error') {
      if (!needsTable || (await this.opts.engine.describe(cell.id))) return prev;
    }
    const hit = await this.opts.cache?.get(key);
    if (!hit) return null;
    if (needsTable) {
      if (!hit.table) return null;
      await this.opts.engine.importArrow(cell.id, hit.table);
    }
    return { ...emptyState(cell.id), output: hit.output, ms: hit.ms, rows: rowsOf(hit.output), finishedAt: Date.now() };
  }

  private async store(cell: Cell, key: string, output: CellOutput, ms: number): Promise<void> {
    if (!this.opts.cache) return;
    try {
      const table = producesTable(cell) ? await this.opts.engine.exportArrow(cell.id) : undefined;
      await this.opts.cache.put(key, { output, table, ms });
    } catch {
      // A full cache is not a failed cell: the result stands, it just won't survive a restart.
    }
  }

  private context(nb: Notebook, cell: Cell, opts: RunOptions, emit: (s: CellState) => void, key: string, inputKeys: Record<string, string>): RunContext {
    return {
      engine: this.opts.engine,
      ml: this.opts.ml,
      runs: this.opts.runs,
      notebook: nb,
      key,
      inputKeys,
      signal: opts.signal,
      resolveFile: () => {
        if (cell.kind !== 'data') throw new CellError(cell.id, 'only data cells read files');
        return this.resolve(cell);
      },
      inputOutput: (id: string) => this.state(id).output,
      // Progress that arrives after a cancel (a worker finishing its step) must not revive the cell.
      progress: (p) => {
        if (opts.signal?.aborted || this.state(cell.id).status !== 'running') return;
        emit({ ...this.state(cell.id), status: 'running', key, progress: p });
      },
    };
  }
}

/** Cells made stale by editing `id` (for the UI's immediate feedback before a re-plan). */
export function staleAfterEdit(graph: Graph, id: string): Set<string> {
  const out = downstream(graph, id);
  out.add(id);
  return out;
}
