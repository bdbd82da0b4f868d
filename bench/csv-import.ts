// Importing a 1M-row CSV: our DuckDB engine against Arquero's CSV parser on the same text.
import * as aq from 'arquero';
import { createNodeEngine } from '../src/pipelines/data/node-engine';
import { Random } from '../src/pipelines/ml/random';
import { emit, isMain, round } from './common';

export function makeCsv(rows: number): string {
  const rng = new Random(7);
  const cities = ['Madrid', 'Lima', 'Quito', 'Bogotá', 'Sevilla', 'Rosario', 'Cusco', 'Cádiz'];
  const parts: string[] = ['id,city,km,fare,ts'];
  const t0 = Date.UTC(2024, 0, 1);
  for (let i = 0; i < rows; i++) {
    const ts = new Date(t0 + i * 60_000).toISOString().slice(0, 19).replace('T', ' ');
    parts.push(`${i},${cities[rng.int(cities.length)]},${(rng.next() * 30).toFixed(2)},${(rng.next() * 80).toFixed(2)},${ts}`);
  }
  return parts.join('\n');
}

export async function run(rows = 1_000_000): Promise<void> {
  const text = makeCsv(rows);
  const bytes = new TextEncoder().encode(text);
  const engine = await createNodeEngine();
  try {
    const t0 = performance.now();
    const info = await engine.importFile('trips', { fileName: 'trips.csv', bytes });
    const duckMs = performance.now() - t0;
    const t1 = performance.now();
    const table = aq.fromCSV(text);
    const arqMs = performance.now() - t1;
    emit({ bench: 'csv_import_1m', rows: info.rows, bytes: bytes.byteLength, duckdb_ms: round(duckMs), arquero_ms: round(arqMs), arquero_rows: table.numRows(), ratio: round(arqMs / duckMs, 2) });
  } finally {
    await engine.close();
  }
}

if (isMain(import.meta.url)) await run();
