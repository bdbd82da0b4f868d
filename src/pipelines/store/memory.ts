// In-memory stores with the same behaviour as the persistent ones (revisions, hashing, result
// budget): for Node scripts that keep nothing, and for tests of code that takes a store.
import { sha256Hex } from '../engine/hash';
import { validateNotebook } from '../notebook/parse';
import type { Notebook } from '../notebook/schema';
import { measureResult, monotonicClock, pickEvictions } from './result-budget';
import {
  BlobIntegrityError,
  ConflictError,
  DEFAULT_RESULT_LIMITS,
  type BlobStore,
  type KeyValueStore,
  type NotebookStore,
  type NotebookSummary,
  type ResultEntry,
  type ResultStore,
  type ResultStoreLimits,
  type StorageUsage,
  type StoredNotebook,
} from './store';

export class MemoryNotebookStore implements NotebookStore {
  private readonly records = new Map<string, StoredNotebook>();
  constructor(private readonly now: () => Date = () => new Date()) {}

  async list(): Promise<NotebookSummary[]> {
    return [...this.records.values()]
      .map((r) => ({ id: r.id, title: r.notebook.title, updatedAt: r.updatedAt, revision: r.revision }))
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  }

  async get(id: string): Promise<StoredNotebook | null> {
    const r = this.records.get(id);
    return r ? structuredClone(r) : null;
  }

  async save(id: string, notebook: Notebook, expectedRevision: number | null): Promise<number> {
    const stored = this.records.get(id)?.revision ?? null;
    if (stored !== expectedRevision) throw new ConflictError(id, expectedRevision, stored);
    const revision = (stored ?? 0) + 1;
    this.records.set(id, { id, notebook: structuredClone(validateNotebook(notebook)), revision, updatedAt: this.now().toISOString() });
    return revision;
  }

  async delete(id: string): Promise<void> {
    this.records.delete(id);
  }
}

export class MemoryBlobStore implements BlobStore {
  private readonly blobs = new Map<string, Uint8Array>();

  async put(bytes: Uint8Array, expectedSha256?: string): Promise<string> {
    const sha256 = await sha256Hex(bytes);
    if (expectedSha256 !== undefined && expectedSha256 !== sha256) throw new BlobIntegrityError(expectedSha256, sha256);
    if (!this.blobs.has(sha256)) this.blobs.set(sha256, bytes.slice());
    return sha256;
  }

  async get(sha256: string): Promise<Uint8Array | null> {
    return this.blobs.get(sha256)?.slice() ?? null;
  }

  async has(sha256: string): Promise<boolean> {
    return this.blobs.has(sha256);
  }

  async delete(sha256: string): Promise<void> {
    this.blobs.delete(sha256);
  }

  async usage(): Promise<StorageUsage> {
    let bytes = 0;
    for (const b of this.blobs.values()) bytes += b.byteLength;
    return { bytes };
  }
}

export class MemoryResultStore implements ResultStore {
  private readonly entries = new Map<string, { outputJson: string; table?: Uint8Array; bytes: number; lastUsed: number }>();
  private readonly limits: ResultStoreLimits;
  constructor(
    limits: Partial<ResultStoreLimits> = {},
    private readonly clock: () => number = monotonicClock(),
  ) {
    this.limits = { ...DEFAULT_RESULT_LIMITS, ...limits };
  }

  async get(key: string): Promise<ResultEntry | null> {
    const e = this.entries.get(key);
    if (!e) return null;
    e.lastUsed = this.clock();
    const entry: ResultEntry = { output: JSON.parse(e.outputJson) };
    if (e.table) entry.table = e.table.slice();
    return entry;
  }

  async put(key: string, entry: ResultEntry): Promise<boolean> {
    const { outputJson, bytes } = measureResult(entry);
    if (bytes > this.limits.maxEntryBytes) return false;
    this.entries.set(key, { outputJson, table: entry.table?.slice(), bytes, lastUsed: this.clock() });
    const infos = [...this.entries].map(([k, e]) => ({ key: k, bytes: e.bytes, lastUsed: e.lastUsed }));
    for (const victim of pickEvictions(infos, this.limits.maxTotalBytes, key)) this.entries.delete(victim);
    return true;
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
  }

  async clear(): Promise<void> {
    this.entries.clear();
  }
}

export class MemoryKeyValueStore implements KeyValueStore {
  private readonly values = new Map<string, unknown>();
  async get<T = unknown>(key: string): Promise<T | undefined> {
    return this.values.has(key) ? (structuredClone(this.values.get(key)) as T) : undefined;
  }
  async set(key: string, value: unknown): Promise<void> {
    this.values.set(key, structuredClone(value));
  }
  async delete(key: string): Promise<void> {
    this.values.delete(key);
  }
}
