// One open notebook: its value, the Executor over the shared DataEngine, cell states, staleness,
// autosave with revision checks, and run/cancel. React reads it through useSyncExternalStore.
import type { DataEngine, EngineMemory, FileFormat } from '../../pipelines/data/engine';
import { sharedMl } from './runtime';
import { Executor, staleAfterEdit, type RunTarget } from '../../pipelines/engine/executor';
import type { Graph } from '../../pipelines/engine/graph';
import type { CellState } from '../../pipelines/engine/types';
import type { Cell, Notebook } from '../../pipelines/notebook/schema';
import { watchNotebook } from '../../pipelines/store/channel';
import type { StorageUsage } from '../../pipelines/store/store';
import { BrowserFileResolver } from './file-resolver';
import { loadCellStates, saveCellStates } from './cell-states';
import { acceptDataFile, missingDataFiles, storeSuppliedFile } from './data-files';
import { cellIdProblem, idFromFileName, uniqueId } from './cell-ids';
import { insertCell, moveCell, newCell, removeCell, replaceCell, type AddableKind } from './notebook-edits';
import { resultCacheFrom } from '../../pipelines/engine/result-cache';
import { Autosave, type SaveState } from './autosave';
import { newNotebookId, type AppStores } from './stores';

export type SessionMode = 'edit' | 'review';

export interface SessionSnapshot {
  mode: SessionMode;
  /** Stored id; null for a notebook opened from a link and not copied yet. */
  id: string | null;
  notebook: Notebook;
  states: ReadonlyMap<string, CellState>;
  /** Cells whose shown output no longer matches their spec or inputs (or that never ran). */
  stale: ReadonlySet<string>;
  graphErrors: ReadonlyMap<string, string>;
  deps: ReadonlyMap<string, readonly string[]>;
  running: boolean;
  /** In review mode: whether the user has allowed this notebook to run. */
  runAllowed: boolean;
  save: SaveState;
  /** Another tab saved or deleted this notebook. */
  externalChange: 'saved' | 'deleted' | null;
  /** Data cells whose file is not in this browser's storage. */
  missingFiles: ReadonlySet<string>;
  memory: EngineMemory | null;
  storage: StorageUsage | null;
  /** False until the data engine has answered once (DuckDB-WASM takes a while to start). */
  engineReady: boolean;
}

export interface SessionEnv {
  engine: DataEngine;
  stores: AppStores;
}

export class NotebookSession {
  private snap: SessionSnapshot;
  private readonly listeners = new Set<() => void>();
  readonly executor: Executor;
  private readonly resolver: BrowserFileResolver;
  private readonly autosave: Autosave;
  private abort: AbortController | null = null;
  private graph: Graph | null = null;
  private planSeq = 0;
  private planTimer: ReturnType<typeof setTimeout> | undefined;
  private unwatch: () => void = () => {};
  private disposed = false;
  /** Cells edited while a run was going: their results are stale as soon as they arrive. */
  private readonly editedDuringRun = new Set<string>();
  private hydrating: Promise<void> | null = null;

  private constructor(
    private readonly env: SessionEnv,
    init: { mode: SessionMode; id: string | null; notebook: Notebook; revision: number | null },
  ) {
    this.resolver = new BrowserFileResolver(env.stores.blobs);
    this.executor = new Executor({
      engine: env.engine,
      files: this.resolver,
      cache: resultCacheFrom(env.stores.results),
      ml: sharedMl(),
      // The id is read at each put: a shared notebook gets its id only when the user makes a copy.
      runs: { put: (record) => env.stores.runs.put(this.snap.id ?? 'shared-link', record) },
    });
    this.snap = {
      mode: init.mode,
      id: init.id,
      notebook: init.notebook,
      states: new Map(),
      stale: new Set(init.notebook.cells.map((c) => c.id)),
      graphErrors: new Map(),
      deps: new Map(),
      running: false,
      runAllowed: init.mode === 'edit',
      save: { status: init.mode === 'edit' ? 'saved' : 'unsaved', revision: init.revision, message: null },
      externalChange: null,
      missingFiles: new Set(),
      memory: null,
      storage: null,
      engineReady: false,
    };
    this.autosave = new Autosave(env.stores.notebooks, {
      notebook: () => this.snap.notebook,
      id: () => this.snap.id,
      onState: (save) => this.set({ save }),
    });
    this.autosave.adopt(init.revision);
    if (init.id) this.watch(init.id);
  }

  /** Opens a stored notebook, restoring its cell states and reloading their tables from the cache. */
  static async openStored(env: SessionEnv, id: string): Promise<NotebookSession | null> {
    const stored = await env.stores.notebooks.get(id);
    if (!stored) return null;
    const session = new NotebookSession(env, { mode: 'edit', id, notebook: stored.notebook, revision: stored.revision });
    session.executor.restore(await loadCellStates(env.stores.settings, id));
    session.set({ states: new Map(session.executor.states) });
    void session.start(true);
    return session;
  }

  /** Saves `notebook` under a new id and opens it. */
  static async createStored(env: SessionEnv, notebook: Notebook): Promise<NotebookSession> {
    const id = newNotebookId();
    const revision = await env.stores.notebooks.save(id, notebook, null);
    const session = new NotebookSession(env, { mode: 'edit', id, notebook, revision });
    void session.start(false);
    return session;
  }

  /** A notebook from a link: read-only, nothing runs until the user allows it. */
  static review(env: SessionEnv, notebook: Notebook): NotebookSession {
    const session = new NotebookSession(env, { mode: 'review', id: null, notebook, revision: null });
    void session.start(false);
    return session;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SessionSnapshot => this.snap;

  private set(patch: Partial<SessionSnapshot>): void {
    if (this.disposed) return;
    this.snap = { ...this.snap, ...patch };
    for (const l of this.listeners) l();
  }

  private async start(hydrate: boolean): Promise<void> {
    await Promise.all([this.replan(), this.refreshMissing(), this.refreshUsage()]);
    void this.refreshMemory();
    if (hydrate) {
      // Outputs restored from the last visit: reload their tables from the result cache.
      const ready = this.snap.notebook.cells
        .map((c) => c.id)
        .filter((id) => this.executor.state(id).status === 'ok' && !this.snap.stale.has(id));
      if (ready.length) {
        this.hydrating = this.run({ cells: ready }, { quiet: true });
        await this.hydrating;
        this.hydrating = null;
      }
    }
  }

  // ——— planning and staleness ———

  private async replan(): Promise<void> {
    const seq = ++this.planSeq;
    try {
      const plan = await this.executor.plan(this.snap.notebook);
      if (seq !== this.planSeq) return;
      this.graph = plan.graph;
      this.set({ stale: plan.stale, graphErrors: plan.graph.errors, deps: plan.graph.deps, engineReady: true });
    } catch {
      // Planning needs the engine; a failure shows up on the next run as a cell error.
    }
  }

  private schedulePlan(): void {
    clearTimeout(this.planTimer);
    this.planTimer = setTimeout(() => void this.replan(), 200);
  }

  // ——— edits ———

  private edit(notebook: Notebook, touched: string[] = []): void {
    if (this.snap.mode !== 'edit') return;
    const stale = new Set(this.snap.stale);
    if (this.abort) for (const id of touched) this.editedDuringRun.add(id);
    for (const id of touched) {
      if (this.graph) for (const s of staleAfterEdit(this.graph, id)) stale.add(s);
      else stale.add(id);
    }
    this.set({ notebook, stale });
    this.schedulePlan();
    this.autosave.schedule();
  }

  setTitle(title: string): void {
    this.edit({ ...this.snap.notebook, title });
  }

  updateCell(id: string, cell: Cell): void {
    this.edit(replaceCell(this.snap.notebook, id, cell), [id]);
  }

  /** Renames a cell; returns why not when the id is invalid or taken. */
  renameCell(id: string, next: string): string | null {
    if (id === next) return null;
    const others = this.snap.notebook.cells.map((c) => c.id).filter((c) => c !== id);
    const problem = cellIdProblem(next, others);
    if (problem) return problem;
    const cell = this.snap.notebook.cells.find((c) => c.id === id);
    if (cell) this.edit(replaceCell(this.snap.notebook, id, { ...cell, id: next }), [id]);
    return null;
  }

  addCell(kind: AddableKind, index = this.snap.notebook.cells.length): Cell {
    const cell = newCell(kind, this.snap.notebook, index);
    this.edit(insertCell(this.snap.notebook, cell, index), [cell.id]);
    return cell;
  }

  /** Deletes a cell; the returned function puts it back where it was. */
  deleteCell(id: string): () => void {
    const { notebook, index, cell } = removeCell(this.snap.notebook, id);
    if (!cell) return () => {};
    this.edit(notebook, [id]);
    return () => {
      if (this.snap.notebook.cells.some((c) => c.id === cell.id)) return;
      this.edit(insertCell(this.snap.notebook, cell, index), [cell.id]);
    };
  }

  moveCell(id: string, delta: -1 | 1): void {
    this.edit(moveCell(this.snap.notebook, id, delta));
  }

  setCollapsed(id: string, collapsed: boolean): void {
    const cell = this.snap.notebook.cells.find((c) => c.id === id);
    if (!cell) return;
    const next = { ...cell, collapsed: collapsed || undefined } as Cell;
    if (this.snap.mode === 'edit') this.edit(replaceCell(this.snap.notebook, id, next));
    else this.set({ notebook: replaceCell(this.snap.notebook, id, next) });
  }

  // ——— running ———

  /** In review mode, the user's explicit "Run" is what unlocks execution. */
  allowRun(): void {
    this.set({ runAllowed: true });
  }

  async run(target: RunTarget, opts: { quiet?: boolean } = {}): Promise<void> {
    // A user's run waits for the quiet reload of restored outputs; it never overlaps another run.
    if (this.hydrating && !opts.quiet) await this.hydrating;
    if (this.abort || !this.snap.runAllowed) return;
    const ac = new AbortController();
    this.abort = ac;
    this.editedDuringRun.clear();
    this.set({ running: true });
    try {
      await this.executor.run(this.snap.notebook, target, {
        signal: ac.signal,
        onEvent: (e) => {
          if (e.type !== 'cell') return;
          // A cell that just finished shows the result of the spec it ran: not stale (unless edited since).
          const stale = e.state.status === 'ok' && this.snap.stale.has(e.state.id) && !this.editedDuringRun.has(e.state.id) ? new Set(this.snap.stale) : this.snap.stale;
          if (stale !== this.snap.stale) (stale as Set<string>).delete(e.state.id);
          this.set({ states: new Map(this.executor.states), stale });
        },
      });
    } catch (e) {
      // A run-level failure (e.g. an unknown cell) shows on the first target cell.
      const id = typeof target === 'object' ? target.cells[0] : this.snap.notebook.cells[0]?.id;
      if (id && !opts.quiet) {
        this.executor.states.set(id, { ...this.executor.state(id), status: 'error', error: (e as Error).message });
        this.set({ states: new Map(this.executor.states) });
      }
    } finally {
      this.abort = null;
      this.set({ running: false });
      await this.replan();
      void this.persistStates();
      void this.refreshMemory();
      void this.refreshUsage();
    }
  }

  cancel(): void {
    this.abort?.abort();
  }

  // ——— files ———

  /** Checks, stores and adds a data file as a new data cell, then runs it. Nothing changes on failure. */
  async importDataFile(file: File, index = this.snap.notebook.cells.length): Promise<string> {
    const id = uniqueId(idFromFileName(file.name), this.snap.notebook.cells.map((c) => c.id));
    let accepted: { sha256: string; format: FileFormat };
    try {
      accepted = await acceptDataFile(this.env.engine, this.env.stores.blobs, file, id);
    } catch (e) {
      await this.env.engine.dropTable(id).catch(() => undefined);
      throw e;
    }
    const cell: Cell = { id, kind: 'data', source: { file: file.name, ...accepted } };
    this.edit(insertCell(this.snap.notebook, cell, index), [id]);
    await this.replan();
    void this.refreshMissing();
    await this.run({ cells: [id] });
    return id;
  }

  /** Points an existing data cell at a new file (edit mode), then runs it. */
  async replaceDataFile(cellId: string, file: File): Promise<void> {
    const cell = this.snap.notebook.cells.find((c) => c.id === cellId);
    if (!cell || cell.kind !== 'data' || this.snap.mode !== 'edit') return;
    // Probe under a scratch name so a bad file leaves the cell's current table alone.
    const scratch = `__probe_${cellId}`.slice(0, 63);
    try {
      const accepted = await acceptDataFile(this.env.engine, this.env.stores.blobs, file, scratch);
      this.updateCell(cellId, { ...cell, source: { file: file.name, ...accepted } });
    } finally {
      await this.env.engine.dropTable(scratch).catch(() => undefined);
    }
    this.executor.forgetFiles();
    await this.replan();
    await this.refreshMissing();
    await this.run({ cells: [cellId] });
  }

  /** Supplies the file a data cell asks for; refuses bytes that do not match the recorded SHA-256. */
  async supplyFile(cellId: string, file: File): Promise<void> {
    const cell = this.snap.notebook.cells.find((c) => c.id === cellId);
    if (!cell || cell.kind !== 'data' || !('file' in cell.source)) return;
    const sha256 = await storeSuppliedFile(this.env.stores.blobs, file, cell.source);
    const recorded = cell.source.sha256;
    this.resolver.supply(cellId, sha256);
    this.executor.forgetFiles();
    if (!recorded && this.snap.mode === 'edit') this.updateCell(cellId, { ...cell, source: { ...cell.source, sha256 } });
    await this.refreshMissing();
    await this.replan();
    if (this.snap.runAllowed) await this.run({ cells: [cellId] });
  }

  private async refreshMissing(): Promise<void> {
    this.set({ missingFiles: await missingDataFiles(this.snap.notebook, this.env.stores.blobs) });
  }

  // ——— persistence ———

  saveNow(): Promise<void> {
    return this.autosave.flush();
  }

  /** After a conflict: take the other tab's version. */
  async reloadFromStore(): Promise<void> {
    const id = this.snap.id;
    if (!id) return;
    const stored = await this.env.stores.notebooks.get(id);
    if (!stored) {
      this.set({ externalChange: 'deleted' });
      return;
    }
    this.autosave.adopt(stored.revision);
    this.set({ notebook: stored.notebook, save: { status: 'saved', revision: stored.revision, message: null }, externalChange: null });
    await this.replan();
    void this.refreshMissing();
  }

  /** Keeps this tab's version under a new id (after a conflict, or to fork a shared notebook). */
  async saveAsCopy(title?: string): Promise<string> {
    const id = newNotebookId();
    const notebook = title ? { ...this.snap.notebook, title } : this.snap.notebook;
    this.autosave.cancel();
    const revision = await this.env.stores.notebooks.save(id, notebook, null);
    this.autosave.adopt(revision);
    this.unwatch();
    this.watch(id);
    this.set({ mode: 'edit', id, notebook, runAllowed: true, externalChange: null, save: { status: 'saved', revision, message: null } });
    void this.persistStates();
    return id;
  }

  private watch(id: string): void {
    this.unwatch = watchNotebook(id, (change) => this.set({ externalChange: change.revision === null ? 'deleted' : 'saved' }));
  }

  private async persistStates(): Promise<void> {
    if (this.snap.id) await saveCellStates(this.env.stores.settings, this.snap.id, this.executor.states.values());
  }

  async refreshMemory(): Promise<void> {
    try {
      this.set({ memory: await this.env.engine.memory() });
    } catch {
      // Memory figures are informative only.
    }
  }

  private async refreshUsage(): Promise<void> {
    try {
      this.set({ storage: await this.env.stores.blobs.usage() });
    } catch {
      // Informative only.
    }
  }

  dispose(): void {
    this.cancel();
    void this.autosave.flush().catch(() => undefined);
    void this.persistStates();
    clearTimeout(this.planTimer);
    this.unwatch();
    this.disposed = true;
    this.listeners.clear();
  }
}
