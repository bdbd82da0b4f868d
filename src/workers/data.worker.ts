// The data worker: DuckDB-WASM (browser blocking bundle, EH build with an MVP fallback) behind the
// DataEngine interface, exposed with comlink. Results leave as transferred Arrow IPC buffers.
import * as Comlink from 'comlink';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import { DuckDbEngine, type BlockingDuckDB } from '../pipelines/data/duckdb-engine';
import type { DataEngine, FileInput } from '../pipelines/data/engine';

interface BrowserBlockingBundle {
  createDuckDB(
    bundles: { mvp: { mainModule: string; mainWorker: string }; eh: { mainModule: string; mainWorker: string } },
    logger: unknown,
    runtime: unknown,
  ): Promise<BlockingDuckDB & { instantiate(): Promise<unknown>; open(config: object): void }>;
  VoidLogger: new () => unknown;
  BROWSER_RUNTIME: unknown;
  PACKAGE_VERSION: string;
}

/** Runs inside the worker: wasm URLs made absolute, since the bundle fetches them from here. */
export async function createBrowserEngine(): Promise<DataEngine> {
  // The package's exports map leaves out the browser blocking bundle, so it is imported by path;
  // its types are dist/duckdb-browser-blocking.d.ts, restated as BrowserBlockingBundle above.
  // @ts-expect-error -- no declaration file for the .mjs path
  const duckdb = (await import('../../node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-blocking.mjs')) as BrowserBlockingBundle;
  const absolute = (u: string) => new URL(u, self.location.href).href;
  // createDuckDB picks EH when the browser has wasm exceptions, else MVP; the blocking build needs no worker script.
  const db = await duckdb.createDuckDB(
    { mvp: { mainModule: absolute(mvpWasm), mainWorker: '' }, eh: { mainModule: absolute(ehWasm), mainWorker: '' } },
    new duckdb.VoidLogger(),
    duckdb.BROWSER_RUNTIME,
  );
  await db.instantiate();
  db.open({});
  return new DuckDbEngine(db, { packageVersion: duckdb.PACKAGE_VERSION });
}

/** Hands a result's buffer to the main thread instead of copying it. */
function transferred(bytes: Uint8Array): Uint8Array {
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
  return Comlink.transfer(own, [own.buffer]);
}

/** The worker's API: the DataEngine methods over an engine started on first use. */
export function dataWorkerApi(start: () => Promise<DataEngine>) {
  let engine: Promise<DataEngine> | null = null;
  const get = () => (engine ??= start());
  return {
    importFile: async (name: string, file: FileInput) => (await get()).importFile(name, file),
    createTableAs: async (name: string, sql: string) => (await get()).createTableAs(name, sql),
    tableRefs: async (sql: string) => (await get()).tableRefs(sql),
    queryArrow: async (sql: string) => transferred(await (await get()).queryArrow(sql)),
    readWindow: async (name: string, offset: number, limit: number) =>
      transferred(await (await get()).readWindow(name, offset, limit)),
    exportArrow: async (name: string) => transferred(await (await get()).exportArrow(name)),
    importArrow: async (name: string, ipc: Uint8Array) => (await get()).importArrow(name, ipc),
    describe: async (name: string) => (await get()).describe(name),
    dropTable: async (name: string) => (await get()).dropTable(name),
    memory: async () => (await get()).memory(),
    version: async () => (await get()).version(),
    close: async () => {
      if (engine) await (await engine).close();
      engine = null;
    },
  };
}

export type DataWorkerApi = ReturnType<typeof dataWorkerApi>;

declare const WorkerGlobalScope: unknown;
if (typeof WorkerGlobalScope !== 'undefined' && typeof self !== 'undefined') {
  Comlink.expose(dataWorkerApi(createBrowserEngine));
}
