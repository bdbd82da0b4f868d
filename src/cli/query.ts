// `bitacora query`: SQL over one file, which is table "data"; CSV or JSON on stdout.
import { tableFromIPC } from 'apache-arrow';
import { ipcToRowObjects } from '../pipelines/data/arrow';
import { oneOf, parseFlags, requireString, UsageError } from './args';
import type { Io } from './main';
import { withDataFile } from './data-file';

function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(rows: Record<string, unknown>[], columns: string[]): string {
  const lines = [columns.map(csvField).join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvField(r[c])).join(','));
  return lines.join('\n');
}

export async function queryCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(argv, { sql: { type: 'string' }, format: { type: 'string' } }, 'query');
  if (positionals.length !== 1) throw new UsageError(`query: expected one FILE, got ${positionals.length}`);
  const sql = requireString(values.sql, '--sql', 'query');
  const format = oneOf(values.format, ['csv', 'json'] as const, '--format', 'query', 'csv');
  return withDataFile('query', 'FILE', positionals[0], async (engine) => {
    let ipc: Uint8Array;
    try {
      ipc = await engine.queryArrow(sql);
    } catch (e) {
      io.err(`bitacora: query: ${(e as Error).message.split('\n')[0]}`);
      return 1;
    }
    const rows = ipcToRowObjects(ipc);
    const columns = tableFromIPC(ipc).schema.fields.map((f) => f.name);
    io.out(format === 'json' ? JSON.stringify(rows) : toCsv(rows, columns));
    return 0;
  });
}
