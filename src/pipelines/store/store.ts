// What the app persists, as small async interfaces with one IndexedDB (browser) and one file
// (Node) implementation: notebooks with revisions, content-addressed blobs, cached cell results
// and settings. The errors here are the ones a user sees when saving fails.
import type { Notebook } from '../notebook/schema';

export interface NotebookSummary {
  id: string;
  title: string;
  /** ISO 8601 time of the last save. */
  updatedAt: string;
  /** Starts at 1 and grows by one on every save. */
  revision: number;
}

export interface StoredNotebook {
  id: string;
  notebook: Notebook;
  revision: number;
  updatedAt: string;
}

export interface NotebookStore {
  /** Summaries, most recently saved first. */
  list(): Promise<NotebookSummary[]>;
  get(id: string): Promise<StoredNotebook | null>;
  /**
   * Saves when the stored revision still equals `expectedRevision` (null: the notebook must not
   * exist yet) and returns the new revision; otherwise throws ConflictError and changes nothing.
   * This is how two tabs editing one notebook never overwrite each other silently.
   */
  save(id: string, notebook: Notebook, expectedRevision: number | null): Promise<number>;
  delete(id: string): Promise<void>;
}

export interface StorageUsage {
  bytes: number;
  /** Known in browsers with navigator.storage.estimate(); absent elsewhere. */
  quota?: number;
}

/** Bytes addressed by their SHA-256 (lowercase hex): datasets, model weights. */
export interface BlobStore {
  /**
   * Stores bytes and returns their SHA-256. Storing the same bytes twice keeps one copy.
   * With `expectedSha256`, bytes that hash differently are refused with BlobIntegrityError.
   */
  put(bytes: Uint8Array, expectedSha256?: string): Promise<string>;
  get(sha256: string): Promise<Uint8Array | null>;
  has(sha256: string): Promise<boolean>;
  delete(sha256: string): Promise<void>;
  usage(): Promise<StorageUsage>;
}

/** A cached cell result: JSON output (metrics, schema, messages) and optionally an Arrow IPC table. */
export interface ResultEntry {
  output: unknown;
  table?: Uint8Array;
}

export interface ResultStore {
  get(key: string): Promise<ResultEntry | null>;
  /**
   * Caches the entry; returns false (and caches nothing) when it is larger than the per-entry cap.
   * May evict the least recently used entries to stay under the total budget.
   */
  put(key: string, entry: ResultEntry): Promise<boolean>;
  delete(key: string): Promise<void>;
  clear(): Promise<void>;
}

export interface ResultStoreLimits {
  /** Entries (table + JSON output) larger than this are not cached. */
  maxEntryBytes: number;
  /** Least recently used entries are evicted while the total is above this. */
  maxTotalBytes: number;
}

export const DEFAULT_RESULT_LIMITS: ResultStoreLimits = {
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
};

/** App settings; values must survive structured clone and JSON (strings, numbers, plain objects). */
export interface KeyValueStore {
  get<T = unknown>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}

/** The settings keys the app uses, so callers do not scatter string literals. */
export const SETTING_KEYS = {
  language: 'language',
  theme: 'theme',
  lastNotebook: 'lastNotebook',
} as const;

export class ConflictError extends Error {
  override name = 'ConflictError';
  constructor(
    readonly notebookId: string,
    readonly expectedRevision: number | null,
    /** null when the notebook was deleted meanwhile. */
    readonly storedRevision: number | null,
  ) {
    const what =
      storedRevision === null
        ? 'Another tab or window deleted this notebook'
        : expectedRevision === null
          ? 'Another tab or window already saved a notebook with this id'
          : 'Another tab or window saved this notebook';
    const where =
      storedRevision === null
        ? `"${notebookId}"`
        : `"${notebookId}", now at revision ${storedRevision}${expectedRevision === null ? '' : `; this tab has revision ${expectedRevision}`}`;
    super(`${what} (${where}). Nothing was saved: reload it, or save your version as a copy.`);
  }
}

export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor(
    readonly usedBytes?: number,
    readonly quotaBytes?: number,
    options?: { cause?: unknown },
  ) {
    const known = usedBytes !== undefined && quotaBytes !== undefined;
    const amounts = known ? ` (used ${formatMb(usedBytes)} of ${formatMb(quotaBytes)})` : '';
    super(`Browser storage is full${amounts}: nothing was saved. Export a bundle, then delete old notebooks or datasets.`, options);
  }
}

export class BlobIntegrityError extends Error {
  override name = 'BlobIntegrityError';
  constructor(
    readonly expectedSha256: string,
    readonly actualSha256: string,
    what = 'The data',
  ) {
    super(`${what} does not match its recorded SHA-256 (expected ${expectedSha256}, got ${actualSha256}); it was not stored. The file may have changed or been damaged.`);
  }
}

export function formatMb(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
export function isSha256Hex(value: string): boolean {
  return SHA256_HEX.test(value);
}

export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
  constructor(detail: string, options?: { cause?: unknown }) {
    super(`Saving is not available here: ${detail}. Export a bundle to keep your work.`, options);
  }
}
