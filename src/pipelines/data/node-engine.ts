// The Node DataEngine (CLI, tests): duckdb-wasm's blocking Node bundle, located through Node's own
// module resolution so it works from a clean clone and from an installed `npx bitacora`.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DuckDbEngine, type BlockingDuckDB } from './duckdb-engine';
import type { DataEngine } from './engine';

interface NodeBlockingBundle {
  createDuckDB(
    bundles: { mvp: { mainModule: string; mainWorker: string }; eh: { mainModule: string; mainWorker: string } },
    logger: unknown,
    runtime: unknown,
  ): Promise<BlockingDuckDB & { instantiate(): Promise<unknown>; open(config: object): void }>;
  VoidLogger: new () => unknown;
  NODE_RUNTIME: unknown;
  PACKAGE_VERSION: string;
}

export async function createNodeEngine(options: { maxLineBytes?: number } = {}): Promise<DataEngine> {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
  const dist = dirname(entry);
  const duckdb = require(entry) as NodeBlockingBundle;
  const db = await duckdb.createDuckDB(
    {
      mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
      eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') },
    },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await db.instantiate();
  db.open({});
  return new DuckDbEngine(db, { packageVersion: duckdb.PACKAGE_VERSION, ...options });
}
