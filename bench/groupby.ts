// GROUP BY over vega-datasets' flights-3m.parquet: DuckDB-WASM (our Node engine) against Arquero
// running the same aggregation in the same process on the same columns.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as aq from 'arquero';
import { decodeIpc } from '../src/pipelines/data/arrow';
import { createNodeEngine } from '../src/pipelines/data/node-engine';
import { emit, isMain, medianMs, round } from './common';

const SQL = 'SELECT origin, count(*) AS n, avg(delay) AS avg_delay, max(distance) AS max_distance FROM flights GROUP BY origin';

export async function run(): Promise<void> {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'vega-datasets', 'data', 'flights-3m.parquet');
  const bytes = new Uint8Array(await readFile(file));
  const engine = await createNodeEngine();
  try {
    const t0 = performance.now();
    const info = await engine.importFile('flights', { fileName: 'flights-3m.parquet', bytes });
    const loadMs = performance.now() - t0;
    emit({ bench: 'parquet_import', rows: info.rows, ms: round(loadMs) });

    // Arquero gets the same columns, already decoded: we time only the aggregation.
    const cols = decodeIpc(await engine.queryArrow('SELECT origin, delay, distance FROM flights'));
    const table = aq.table(Object.fromEntries(cols.columns.map((c) => [c.name, c.values])));
    const arq = () =>
      table
        .groupby('origin')
        .rollup({ n: aq.op.count(), avg_delay: aq.op.mean('delay'), max_distance: aq.op.max('distance') })
        .numRows();
    const duck = () => engine.queryArrow(SQL);
    await duck();
    arq();
    const duckMs = await medianMs(5, duck);
    const arqMs = await medianMs(5, arq);
    emit({ bench: 'groupby_flights_3m', rows: info.rows, duckdb_ms: round(duckMs), arquero_ms: round(arqMs), speedup: round(arqMs / duckMs, 2), target_speedup: 5 });
  } finally {
    await engine.close();
  }
}

if (isMain(import.meta.url)) await run();
