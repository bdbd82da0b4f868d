// Run records in IndexedDB, one per train/tune/evaluate execution, listed per notebook.
import { yieldToEventLoop } from '../engine/yield';
import { runRecordSchema, type RunRecord } from '../governance/run-record';
import { browserEstimate, request, transact } from './idb-transaction';
import { RUNS } from './indexeddb';

/**
 * A stored run. The record is kept as JSON text: IndexedDB copies a string in one block, while a record
 * holding a fitted model as nested arrays took ~40 ms of structured cloning on the page's main thread.
 * `record` holds only the id (the store's key path). Rows written before carry the whole record there.
 */
interface RunRow {
  notebookId: string;
  record: { id: string } | RunRecord;
  json?: string;
}

export class IndexedDbRunStore {
  constructor(private readonly db: IDBDatabase) {}

  async put(notebookId: string, record: RunRecord): Promise<void> {
    const valid = runRecordSchema.parse(record);
    await yieldToEventLoop();
    const row: RunRow = { notebookId, record: { id: valid.id }, json: JSON.stringify(valid) };
    await yieldToEventLoop();
    await transact(this.db, [RUNS], 'readwrite', (tx) => request(tx.objectStore(RUNS).put(row)), browserEstimate);
  }

  /** Newest first. Records that no longer validate (written by a newer app) are skipped. */
  async list(notebookId: string): Promise<RunRecord[]> {
    const rows = await transact(this.db, [RUNS], 'readonly', (tx) => request<RunRow[]>(tx.objectStore(RUNS).index('notebook').getAll(notebookId)), browserEstimate);
    return rows
      .map((r) => runRecordSchema.safeParse(r.json === undefined ? r.record : parseOrNull(r.json)))
      .filter((r) => r.success)
      .map((r) => r.data)
      .sort((a, b) => b.started_at.localeCompare(a.started_at));
  }

  /** A sink for one notebook's executor. */
  sink(notebookId: string): { put(record: RunRecord): Promise<void> } {
    return { put: (record) => this.put(notebookId, record) };
  }
}

function parseOrNull(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}
