// The browser store: one IndexedDB database 'bitacora' holding notebooks, content-addressed
// blobs, cached results and settings. Every write is a single transaction.
import { sha256Hex } from '../engine/hash';
import { validateNotebook } from '../notebook/parse';
import type { Notebook } from '../notebook/schema';
import { announceNotebookChange, THIS_TAB } from './channel';
import { browserEstimate, request, transact, type StorageEstimator } from './idb-transaction';
import { yieldToEventLoop } from '../engine/yield';
import { measureResult, monotonicClock, pickEvictions, type CachedResultInfo } from './result-budget';
import {
  BlobIntegrityError,
  ConflictError,
  DEFAULT_RESULT_LIMITS,
  StorageUnavailableError,
  isSha256Hex,
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

export const DB_NAME = 'bitacora';
const DB_VERSION = 2;
const NOTEBOOKS = 'notebooks';
const BLOBS = 'blobs';
const RESULTS = 'results';
/** Size and last use of each result, apart from the result itself so touching it on read is cheap. */
const RESULT_INDEX = 'resultIndex';
const SETTINGS = 'settings';
/** Run records of train/tune/evaluate executions (version 2). */
export const RUNS = 'runs';

interface NotebookRecord extends StoredNotebook {
  title: string;
}
interface BlobRecord {
  sha256: string;
  size: number;
  bytes: Uint8Array;
}
interface ResultRecord {
  key: string;
  outputJson: string;
  table?: Uint8Array;
}

export interface IndexedDbOptions {
  /** Database name; tests use a fresh one each. */
  name?: string;
  /** Defaults to globalThis.indexedDB. */
  factory?: IDBFactory;
  now?: () => Date;
  /** Which tab saves are announced as coming from (see watchNotebook). */
  tabId?: string;
  estimate?: StorageEstimator;
  resultLimits?: Partial<ResultStoreLimits>;
}

export interface IndexedDbStores {
  db: IDBDatabase;
  notebooks: NotebookStore;
  blobs: BlobStore;
  results: ResultStore;
  settings: KeyValueStore;
  close(): void;
}

export async function openIndexedDbStores(options: IndexedDbOptions = {}): Promise<IndexedDbStores> {
  const db = await openDatabase(options.name ?? DB_NAME, options.factory ?? globalThis.indexedDB);
  return {
    db,
    notebooks: new IndexedDbNotebookStore(db, options),
    blobs: new IndexedDbBlobStore(db, options),
    results: new IndexedDbResultStore(db, options),
    settings: new IndexedDbKeyValueStore(db, options),
    close: () => db.close(),
  };
}

export function openDatabase(name: string, factory: IDBFactory | undefined): Promise<IDBDatabase> {
  if (!factory) return Promise.reject(new StorageUnavailableError('this browser offers no IndexedDB (a private window may disable it)'));
  return new Promise((resolve, reject) => {
    let req: IDBOpenDBRequest;
    try {
      req = factory.open(name, DB_VERSION);
    } catch (e) {
      reject(new StorageUnavailableError('the browser refused to open its database', { cause: e }));
      return;
    }
    req.onupgradeneeded = () => {
      const db = req.result;
      // Versions add stores; existing ones are kept, so an upgrade never loses data.
      if (!db.objectStoreNames.contains(NOTEBOOKS)) db.createObjectStore(NOTEBOOKS, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(BLOBS)) db.createObjectStore(BLOBS, { keyPath: 'sha256' }).createIndex('size', 'size');
      if (!db.objectStoreNames.contains(RESULTS)) db.createObjectStore(RESULTS, { keyPath: 'key' });
      if (!db.objectStoreNames.contains(RESULT_INDEX)) db.createObjectStore(RESULT_INDEX, { keyPath: 'key' });
      if (!db.objectStoreNames.contains(SETTINGS)) db.createObjectStore(SETTINGS, { keyPath: 'key' });
      if (!db.objectStoreNames.contains(RUNS)) db.createObjectStore(RUNS, { keyPath: 'record.id' }).createIndex('notebook', 'notebookId');
    };
    req.onsuccess = () => {
      const db = req.result;
      // Let a newer version of the app in another tab upgrade the database instead of blocking it.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    req.onerror = () => reject(new StorageUnavailableError('the browser could not open its database', { cause: req.error }));
    req.onblocked = () => reject(new StorageUnavailableError('another tab holds an older version of the database open; close other Bitácora tabs and reload'));
  });
}

/** Structured clone copies a view's whole buffer; store exactly the viewed bytes. */
function ownBytes(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

export class IndexedDbNotebookStore implements NotebookStore {
  private readonly now: () => Date;
  private readonly tabId: string;
  private readonly estimate: StorageEstimator;
  constructor(
    private readonly db: IDBDatabase,
    options: IndexedDbOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.tabId = options.tabId ?? THIS_TAB;
    this.estimate = options.estimate ?? browserEstimate;
  }

  async list(): Promise<NotebookSummary[]> {
    const records = await transact(this.db, [NOTEBOOKS], 'readonly', (tx) => request<NotebookRecord[]>(tx.objectStore(NOTEBOOKS).getAll()), this.estimate);
    return records
      .map(({ id, title, updatedAt, revision }) => ({ id, title, updatedAt, revision }))
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  }

  async get(id: string): Promise<StoredNotebook | null> {
    const rec = await transact(this.db, [NOTEBOOKS], 'readonly', (tx) => request<NotebookRecord | undefined>(tx.objectStore(NOTEBOOKS).get(id)), this.estimate);
    if (!rec) return null;
    // Validated on the way out too: a record written by a newer app version reports what it lacks.
    return { id: rec.id, notebook: validateNotebook(rec.notebook, `stored notebook "${id}"`), revision: rec.revision, updatedAt: rec.updatedAt };
  }

  async save(id: string, notebook: Notebook, expectedRevision: number | null): Promise<number> {
    const updatedAt = this.now().toISOString();
    const revision = await transact(
      this.db,
      [NOTEBOOKS],
      'readwrite',
      async (tx) => {
        const store = tx.objectStore(NOTEBOOKS);
        const current = await request<NotebookRecord | undefined>(store.get(id));
        const stored = current?.revision ?? null;
        if (stored !== expectedRevision) throw new ConflictError(id, expectedRevision, stored);
        const next = (stored ?? 0) + 1;
        const record: NotebookRecord = { id, notebook, revision: next, updatedAt, title: notebook.title };
        await request(store.put(record));
        return next;
      },
      this.estimate,
    );
    announceNotebookChange({ id, revision, tabId: this.tabId });
    return revision;
  }

  async delete(id: string): Promise<void> {
    await transact(this.db, [NOTEBOOKS], 'readwrite', (tx) => request(tx.objectStore(NOTEBOOKS).delete(id)), this.estimate);
    announceNotebookChange({ id, revision: null, tabId: this.tabId });
  }
}

export class IndexedDbBlobStore implements BlobStore {
  private readonly estimate: StorageEstimator;
  constructor(
    private readonly db: IDBDatabase,
    options: IndexedDbOptions = {},
  ) {
    this.estimate = options.estimate ?? browserEstimate;
  }

  async put(bytes: Uint8Array, expectedSha256?: string): Promise<string> {
    // Hash before the transaction opens: awaiting crypto inside it would let it commit early.
    const sha256 = await sha256Hex(bytes);
    if (expectedSha256 !== undefined && expectedSha256 !== sha256) throw new BlobIntegrityError(expectedSha256, sha256);
    await transact(
      this.db,
      [BLOBS],
      'readwrite',
      async (tx) => {
        const store = tx.objectStore(BLOBS);
        if ((await request(store.count(sha256))) > 0) return;
        const record: BlobRecord = { sha256, size: bytes.byteLength, bytes: ownBytes(bytes) };
        await request(store.put(record));
      },
      this.estimate,
    );
    return sha256;
  }

  async get(sha256: string): Promise<Uint8Array | null> {
    if (!isSha256Hex(sha256)) return null;
    const rec = await transact(this.db, [BLOBS], 'readonly', (tx) => request<BlobRecord | undefined>(tx.objectStore(BLOBS).get(sha256)), this.estimate);
    return rec ? rec.bytes : null;
  }

  async has(sha256: string): Promise<boolean> {
    if (!isSha256Hex(sha256)) return false;
    return (await transact(this.db, [BLOBS], 'readonly', (tx) => request(tx.objectStore(BLOBS).count(sha256)), this.estimate)) > 0;
  }

  async delete(sha256: string): Promise<void> {
    await transact(this.db, [BLOBS], 'readwrite', (tx) => request(tx.objectStore(BLOBS).delete(sha256)), this.estimate);
  }

  /** The origin's usage and quota where the browser reports them; otherwise the blobs' own bytes. */
  async usage(): Promise<StorageUsage> {
    const est = await this.estimate();
    if (est?.usage !== undefined) return est.quota !== undefined ? { bytes: est.usage, quota: est.quota } : { bytes: est.usage };
    // The 'size' index's keys are the sizes, so summing them reads no blob bytes.
    const total = await transact(
      this.db,
      [BLOBS],
      'readonly',
      (tx) =>
        new Promise<number>((resolve, reject) => {
          let sum = 0;
          const cursorReq = tx.objectStore(BLOBS).index('size').openKeyCursor();
          cursorReq.onsuccess = () => {
            const cursor = cursorReq.result;
            if (!cursor) return resolve(sum);
            sum += cursor.key as number;
            cursor.continue();
          };
          cursorReq.onerror = () => reject(cursorReq.error);
        }),
      this.estimate,
    );
    return { bytes: total };
  }
}

export class IndexedDbResultStore implements ResultStore {
  private readonly limits: ResultStoreLimits;
  private readonly clock: () => number;
  private readonly estimate: StorageEstimator;
  constructor(
    private readonly db: IDBDatabase,
    options: IndexedDbOptions & { clock?: () => number } = {},
  ) {
    this.limits = { ...DEFAULT_RESULT_LIMITS, ...options.resultLimits };
    this.clock = options.clock ?? monotonicClock();
    this.estimate = options.estimate ?? browserEstimate;
  }

  async get(key: string): Promise<ResultEntry | null> {
    const lastUsed = this.clock();
    const rec = await transact(
      this.db,
      [RESULTS, RESULT_INDEX],
      'readwrite',
      async (tx) => {
        const found = await request<ResultRecord | undefined>(tx.objectStore(RESULTS).get(key));
        if (!found) return undefined;
        const index = tx.objectStore(RESULT_INDEX);
        const info = await request<CachedResultInfo | undefined>(index.get(key));
        if (info) await request(index.put({ ...info, lastUsed }));
        return found;
      },
      this.estimate,
    );
    if (!rec) return null;
    const entry: ResultEntry = { output: JSON.parse(rec.outputJson) };
    if (rec.table) entry.table = rec.table;
    return entry;
  }

  async put(key: string, entry: ResultEntry): Promise<boolean> {
    const { outputJson, bytes } = measureResult(entry);
    if (bytes > this.limits.maxEntryBytes) return false;
    const record: ResultRecord = { key, outputJson };
    if (entry.table) record.table = ownBytes(entry.table);
    const info: CachedResultInfo = { key, bytes, lastUsed: this.clock() };
    // Serializing a model's output can take tens of milliseconds; the write starts in a task of its own.
    await yieldToEventLoop();
    await transact(
      this.db,
      [RESULTS, RESULT_INDEX],
      'readwrite',
      async (tx) => {
        const results = tx.objectStore(RESULTS);
        const index = tx.objectStore(RESULT_INDEX);
        await request(results.put(record));
        await request(index.put(info));
        const all = await request<CachedResultInfo[]>(index.getAll());
        for (const victim of pickEvictions(all, this.limits.maxTotalBytes, key)) {
          await request(results.delete(victim));
          await request(index.delete(victim));
        }
      },
      this.estimate,
    );
    return true;
  }

  async delete(key: string): Promise<void> {
    await transact(
      this.db,
      [RESULTS, RESULT_INDEX],
      'readwrite',
      async (tx) => {
        await request(tx.objectStore(RESULTS).delete(key));
        await request(tx.objectStore(RESULT_INDEX).delete(key));
      },
      this.estimate,
    );
  }

  async clear(): Promise<void> {
    await transact(
      this.db,
      [RESULTS, RESULT_INDEX],
      'readwrite',
      async (tx) => {
        await request(tx.objectStore(RESULTS).clear());
        await request(tx.objectStore(RESULT_INDEX).clear());
      },
      this.estimate,
    );
  }
}

export class IndexedDbKeyValueStore implements KeyValueStore {
  private readonly estimate: StorageEstimator;
  constructor(
    private readonly db: IDBDatabase,
    options: IndexedDbOptions = {},
  ) {
    this.estimate = options.estimate ?? browserEstimate;
  }

  async get<T = unknown>(key: string): Promise<T | undefined> {
    const rec = await transact(this.db, [SETTINGS], 'readonly', (tx) => request<{ key: string; value: T } | undefined>(tx.objectStore(SETTINGS).get(key)), this.estimate);
    return rec?.value;
  }

  async set(key: string, value: unknown): Promise<void> {
    await transact(this.db, [SETTINGS], 'readwrite', (tx) => request(tx.objectStore(SETTINGS).put({ key, value })), this.estimate);
  }

  async delete(key: string): Promise<void> {
    await transact(this.db, [SETTINGS], 'readwrite', (tx) => request(tx.objectStore(SETTINGS).delete(key)), this.estimate);
  }
}
