// Run records in IndexedDB, one per train/tune/evaluate execution, listed per notebook.
import { runRecordSchema, type RunRecord } from '../governance/run-record';
import { browserEstimate, request, transact } from './idb-transaction';
import { RUNS } from './indexeddb';

interface RunRow {
  notebookId: string;
  record: RunRecord;
}

export class IndexedDbRunStore {
  constructor(private readonly db: IDBDatabase) {}

  async put(notebookId: string, record: RunRecord): Promise<void> {
    const row: RunRow = { notebookId, record: runRecordSchema.parse(record) };
    await transact(this.db, [RUNS], 'readwrite', (tx) => request(tx.objectStore(RUNS).put(row)), browserEstimate);
  }

  /** Newest first. Records that no longer validate (written by a newer app) are skipped. */
  async list(notebookId: string): Promise<RunRecord[]> {
    const rows = await transact(this.db, [RUNS], 'readonly', (tx) => request<RunRow[]>(tx.objectStore(RUNS).index('notebook').getAll(notebookId)), browserEstimate);
    return rows
      .map((r) => runRecordSchema.safeParse(r.record))
      .filter((r) => r.success)
      .map((r) => r.data)
      .sort((a, b) => b.started_at.localeCompare(a.started_at));
  }

  /** A sink for one notebook's executor. */
  sink(notebookId: string): { put(record: RunRecord): Promise<void> } {
    return { put: (record) => this.put(notebookId, record) };
  }
}
