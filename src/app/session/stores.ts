// The browser's persistent stores (IndexedDB) and the data engine (DuckDB in a worker), opened
// once per page and shared by every notebook session.
import type { BlobStore, KeyValueStore, NotebookStore, ResultStore } from '../../pipelines/store/store';
import { openIndexedDbStores } from '../../pipelines/store/indexeddb';
import { IndexedDbRunStore } from '../../pipelines/store/runs-idb';

export interface AppStores {
  notebooks: NotebookStore;
  blobs: BlobStore;
  results: ResultStore;
  settings: KeyValueStore;
  /** Run records of train/tune/evaluate executions, per notebook. */
  runs: IndexedDbRunStore;
}

export async function openAppStores(): Promise<AppStores> {
  const stores = await openIndexedDbStores();
  return { ...stores, runs: new IndexedDbRunStore(stores.db) };
}

/** Short, URL-safe and unguessable enough for ids that never leave this browser. */
export function newNotebookId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `nb-${[...bytes].map((b) => b.toString(36).padStart(2, '0')).join('').slice(0, 10)}`;
}
