// The UI's DataEngine: a comlink proxy to the data worker, started on the first call. Errors keep
// their class (DataImportError, SqlError) across the thread boundary.
import * as Comlink from 'comlink';
import { DataImportError, SqlError, type DataEngine } from '../pipelines/data/engine';
import type { DataWorkerApi } from './data.worker';

function revive(err: unknown): unknown {
  if (!(err instanceof Error)) return err;
  if (err.name === 'DataImportError' && !(err instanceof DataImportError)) return new DataImportError(err.message);
  if (err.name === 'SqlError' && !(err instanceof SqlError)) return new SqlError(err.message);
  return err;
}

function startWorker(): Comlink.Endpoint & { terminate(): void } {
  return new Worker(new URL('./data.worker.ts', import.meta.url), { type: 'module', name: 'bitacora-data' });
}

/** `connect` is for tests (a MessagePort); the app uses the default module worker. */
export function createWorkerEngine(connect: () => Comlink.Endpoint & { terminate?(): void } = startWorker): DataEngine {
  let endpoint: (Comlink.Endpoint & { terminate?(): void }) | null = null;
  let remote: Comlink.Remote<DataWorkerApi> | null = null;
  const api = (): Comlink.Remote<DataWorkerApi> => {
    if (!remote) {
      endpoint = connect();
      remote = Comlink.wrap<DataWorkerApi>(endpoint);
    }
    return remote;
  };
  const call = async <T>(fn: (r: Comlink.Remote<DataWorkerApi>) => Promise<T>): Promise<T> => {
    try {
      return await fn(api());
    } catch (err) {
      throw revive(err);
    }
  };
  return {
    importFile: (name, file) => call((r) => r.importFile(name, file)),
    createTableAs: (name, sql) => call((r) => r.createTableAs(name, sql)),
    tableRefs: (sql) => call((r) => r.tableRefs(sql)),
    queryArrow: (sql) => call((r) => r.queryArrow(sql)),
    readWindow: (name, offset, limit) => call((r) => r.readWindow(name, offset, limit)),
    exportArrow: (name) => call((r) => r.exportArrow(name)),
    importArrow: (name, ipc) => call((r) => r.importArrow(name, ipc)),
    describe: (name) => call((r) => r.describe(name)),
    dropTable: (name) => call((r) => r.dropTable(name)),
    memory: () => call((r) => r.memory()),
    version: () => call((r) => r.version()),
    close: async () => {
      if (!remote) return;
      try {
        await remote.close();
      } finally {
        remote[Comlink.releaseProxy]();
        endpoint?.terminate?.();
        remote = null;
        endpoint = null;
      }
    },
  };
}
