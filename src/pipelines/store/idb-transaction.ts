// Promise wrappers over IndexedDB requests and transactions, and the mapping of quota failures
// to StorageFullError. A transaction either commits whole or aborts, so no record is half written.
import { StorageFullError } from './store';

export type StorageEstimator = () => Promise<{ usage?: number; quota?: number } | undefined>;

/** navigator.storage.estimate() where the browser has it. */
export const browserEstimate: StorageEstimator = async () => {
  const storage = (globalThis as { navigator?: { storage?: { estimate?: () => Promise<StorageEstimate> } } }).navigator?.storage;
  if (typeof storage?.estimate !== 'function') return undefined;
  try {
    return await storage.estimate();
  } catch {
    return undefined;
  }
};

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

export function isQuotaError(e: unknown): boolean {
  const name = (e as { name?: unknown } | null)?.name;
  // Firefox used NS_ERROR_DOM_QUOTA_REACHED before adopting the standard name.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/**
 * Runs `body` in one transaction and resolves after the transaction commits. If `body` throws
 * (a failed request, a conflict, a quota error thrown by put), the transaction is aborted and
 * nothing it wrote is kept. `body` must await only requests of `tx`: awaiting anything else
 * (crypto, timers) lets the transaction commit early.
 */
export async function transact<T>(
  db: IDBDatabase,
  stores: string[],
  mode: IDBTransactionMode,
  body: (tx: IDBTransaction) => Promise<T>,
  estimate: StorageEstimator = browserEstimate,
): Promise<T> {
  let tx: IDBTransaction;
  try {
    tx = db.transaction(stores, mode);
  } catch (e) {
    throw await mapStorageError(e, estimate);
  }
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('The transaction was aborted', 'AbortError'));
  });
  let result: T;
  try {
    result = await body(tx);
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborting because a request failed.
    }
    await done.catch(() => undefined);
    throw await mapStorageError(e, estimate);
  }
  try {
    await done;
  } catch (e) {
    // Quota is often only known when the transaction commits.
    throw await mapStorageError(e, estimate);
  }
  return result;
}

async function mapStorageError(e: unknown, estimate: StorageEstimator): Promise<unknown> {
  if (!isQuotaError(e)) return e;
  const est = await estimate();
  return new StorageFullError(est?.usage, est?.quota, { cause: e });
}
