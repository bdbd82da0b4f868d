// Moves tables between DuckDB (Arrow IPC bytes) and the ML layer's typed-array Frame.
import { decodeIpc, type DecodedTable } from '../../data/arrow';
import { columnsToIpc } from '../../data/import/columns';
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

/**
 * NaN becomes SQL NULL in every numeric and datetime column. Built with typed arrays (columnsToIpc),
 * not Arrow's builders, which compile code with Function() and are refused under the page's CSP.
 */
export function frameToIpc(frame: Frame): Uint8Array {
  return columnsToIpc(
    frame.columns.map((c) => ({ name: c.name, values: c.values, hint: c.kind === 'string' ? 'string' : c.kind === 'number' ? 'float' : 'timestamp' })),
  );
}
