// What the executor produces and consumes: cell outputs, per-cell state, events, and the
// environment-specific pieces (file resolution, result cache) it is handed.
import type { TableInfo, FileFormat } from '../data/engine';
import type { DataSource } from '../notebook/schema';

/** Bumped whenever execution semantics change, so old cached results are not reused. */
export const ENGINE_VERSION = 'bitacora-engine/1';

export type ValidationCheckResult = { column: string; check: string; passed: boolean; failing: number; message: string };

/** JSON-serialisable result of one cell (tables live in the DataEngine, named by cell id). */
export type CellOutput =
  | { kind: 'none' }
  | { kind: 'table'; table: TableInfo; file?: { name: string; sha256: string; bytes: number }; details?: Record<string, unknown> }
  | { kind: 'chart'; chart: import('../data/chart-data').ChartData }
  | { kind: 'profile'; profile: import('../data/profile').Profile }
  | { kind: 'validation'; passed: boolean; checks: ValidationCheckResult[] }
  | { kind: 'json'; value: Record<string, unknown> };

export type CellStatus = 'idle' | 'stale' | 'queued' | 'running' | 'ok' | 'error' | 'skipped' | 'cancelled';

export interface CellState {
  id: string;
  status: CellStatus;
  /** Cache key of the result shown (or of the spec planned, while queued/running). */
  key: string | null;
  cached: boolean;
  ms: number | null;
  rows: number | null;
  error: string | null;
  output: CellOutput | null;
  /** Progress of long work, 0..1 when known. */
  progress?: { fraction?: number; message?: string; values?: Record<string, number>; series?: Record<string, number[]> };
  /** Epoch ms of the last finished execution. */
  finishedAt?: number;
}

export type ExecEvent =
  | { type: 'cell'; state: CellState }
  | { type: 'run-start'; cells: string[] }
  | { type: 'run-end'; ok: boolean; cancelled: boolean };

export interface ResolvedFile {
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
  format?: FileFormat;
}

/** Turns a data cell's source into bytes: bundled datasets, local files, blobs by content hash. */
export interface FileResolver {
  resolve(source: DataSource, cellId: string): Promise<ResolvedFile>;
}

export interface CachedResult {
  output: CellOutput;
  /** Arrow IPC snapshot of the cell's table, when it has one. */
  table?: Uint8Array;
  ms: number;
}

/** Persistent results by cache key (IndexedDB in the browser, a folder in Node). */
export interface ResultCache {
  get(key: string): Promise<CachedResult | null>;
  put(key: string, result: CachedResult): Promise<void>;
}

/** Runs ML jobs (train, tune trials, explain…) in a worker, a worker pool, or in-process (Node). */
export interface MlRunner {
  run<T>(job: string, payload: unknown, opts?: { onProgress?: (p: unknown) => void; signal?: AbortSignal }): Promise<T>;
  /** How many jobs can usefully run at once (worker pool size). */
  readonly parallelism: number;
  /** The tfjs backend actually in use, and library versions, for run records. */
  environment(): Promise<{ backend: string; versions: Record<string, string> }>;
}

/** Where train/tune/evaluate executions leave their run records. */
export interface RunSink {
  put(record: import('../governance/run-record').RunRecord): Promise<void>;
}

export class CellError extends Error {
  override name = 'CellError';
  constructor(
    readonly cellId: string,
    message: string,
    readonly keyPath?: string,
  ) {
    super(message);
  }
}

export class MissingFileError extends Error {
  override name = 'MissingFileError';
  constructor(
    readonly cellId: string,
    readonly fileName: string,
    readonly sha256?: string,
  ) {
    super(`File "${fileName}" is not available here; choose it again${sha256 ? ' (it is checked against its recorded SHA-256)' : ''}.`);
  }
}
