// Moves tables between DuckDB (Arrow IPC bytes) and the ML layer's typed-array Frame.
import { Float64, TimestampMillisecond, Utf8, makeVector, tableToIPC, Table, vectorFromArray } from 'apache-arrow';
import { decodeIpc, type DecodedTable } from '../../data/arrow';
import type { Column, Frame } from '../frame';

/** Booleans become 0/1 numbers; dates and timestamps become datetime (epoch ms). */
export function frameFromDecoded(t: DecodedTable): Frame {
  const columns = t.columns.map((c): Column => {
    switch (c.kind) {
      case 'number':
        return { name: c.name, kind: 'number', values: c.values };
      case 'date':
      case 'timestamp':
        return { name: c.name, kind: 'datetime', values: c.values };
      case 'boolean':
        return { name: c.name, kind: 'number', values: Float64Array.from(c.values, (v) => (v === null ? NaN : v ? 1 : 0)) };
      case 'string':
        return { name: c.name, kind: 'string', values: c.values };
      default: {
        const never: never = c;
        throw new Error(`unknown column kind ${(never as { kind: string }).kind}`);
      }
    }
  });
  return { rows: t.rows, columns };
}

export function frameFromIpc(ipc: Uint8Array): Frame {
  return frameFromDecoded(decodeIpc(ipc));
}

/** NaN becomes SQL NULL in every numeric and datetime column. */
export function frameToIpc(frame: Frame): Uint8Array {
  const vectors: Record<string, ReturnType<typeof makeVector>> = {};
  for (const c of frame.columns) {
    if (c.kind === 'string') {
      vectors[c.name] = vectorFromArray(c.values, new Utf8());
    } else if (c.kind === 'number') {
      vectors[c.name] = vectorFromArray(Array.from(c.values, (v) => (Number.isNaN(v) ? null : v)), new Float64());
    } else {
      vectors[c.name] = vectorFromArray(Array.from(c.values, (v) => (Number.isNaN(v) ? null : v)), new TimestampMillisecond());
    }
  }
  return tableToIPC(new Table(vectors), 'stream');
}
