// Decodes Arrow IPC bytes (what every engine call returns) with our apache-arrow into plain columns
// for charts, grids and models, and into row objects for small JSON outputs.
import { DataType, Type, tableFromIPC, type Field, type Table, type Vector } from 'apache-arrow';

export type DecodedColumn =
  /** Integers, floats and decimals; NaN marks null. */
  | { name: string; kind: 'number'; type: string; values: Float64Array }
  /** Epoch milliseconds (UTC); NaN marks null. */
  | { name: string; kind: 'date' | 'timestamp'; type: string; values: Float64Array }
  | { name: string; kind: 'boolean'; type: string; values: (boolean | null)[] }
  /** Text, and anything else (times, intervals, lists, structs) as text. */
  | { name: string; kind: 'string'; type: string; values: (string | null)[] };

export interface DecodedTable {
  rows: number;
  columns: DecodedColumn[];
}

export type ColumnKind = DecodedColumn['kind'];

export function columnKind(type: DataType): ColumnKind {
  if (DataType.isInt(type) || DataType.isFloat(type) || DataType.isDecimal(type)) return 'number';
  if (DataType.isDate(type)) return 'date';
  if (DataType.isTimestamp(type)) return 'timestamp';
  if (DataType.isBool(type)) return 'boolean';
  return 'string';
}

/** A DuckDB BIGINT as a JS number when it fits exactly, else its decimal text. */
export function bigintToJs(v: bigint): number | string {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString();
}

/** Arrow decimals hold a scaled integer in 32-bit words (little endian, two's complement). */
function decimalToNumber(words: Uint32Array, scale: number): number {
  let value = 0n;
  for (let i = words.length - 1; i >= 0; i--) value = (value << 32n) | BigInt(words[i]);
  const bits = BigInt(words.length * 32);
  if (words[words.length - 1] & 0x8000_0000) value -= 1n << bits;
  return Number(value) / 10 ** scale;
}

function toNumber(v: unknown, type: DataType): number {
  if (v === null || v === undefined) return NaN;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return v.getTime();
  if (v instanceof Uint32Array && DataType.isDecimal(type)) return decimalToNumber(v, type.scale);
  return Number(v);
}

function toText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'object' && v !== null && 'toJSON' in v && typeof v.toJSON === 'function') {
    return JSON.stringify(v.toJSON(), (_k, x) => (typeof x === 'bigint' ? bigintToJs(x) : x));
  }
  if (v instanceof Uint8Array) return Array.from(v, (b) => b.toString(16).padStart(2, '0')).join('');
  return String(v);
}

function numbers(vector: Vector, type: DataType): Float64Array {
  const n = vector.length;
  if (vector.nullCount === 0 && (DataType.isFloat(type) || (DataType.isInt(type) && type.bitWidth <= 32))) {
    return Float64Array.from(vector.toArray() as ArrayLike<number>);
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = toNumber(vector.get(i), type);
  return out;
}

function decodeColumn(field: Field, vector: Vector): DecodedColumn {
  const type = field.type as DataType;
  const kind = columnKind(type);
  const base = { name: field.name, type: String(type) };
  const n = vector.length;
  switch (kind) {
    case 'number':
    case 'date':
    case 'timestamp':
      return { ...base, kind, values: numbers(vector, type) };
    case 'boolean': {
      const values = new Array<boolean | null>(n);
      for (let i = 0; i < n; i++) values[i] = (vector.get(i) as boolean | null) ?? null;
      return { ...base, kind, values };
    }
    case 'string': {
      const values = new Array<string | null>(n);
      for (let i = 0; i < n; i++) values[i] = toText(vector.get(i));
      return { ...base, kind, values };
    }
    default: {
      const never: never = kind;
      throw new Error(`unknown column kind ${String(never)}`);
    }
  }
}

export function decodeTable(table: Table): DecodedTable {
  return {
    rows: table.numRows,
    columns: table.schema.fields.map((f, i) => decodeColumn(f, table.getChildAt(i)!)),
  };
}

export function decodeIpc(bytes: Uint8Array): DecodedTable {
  return decodeTable(tableFromIPC(bytes));
}

function isoDate(ms: number, type: DataType): string {
  const iso = new Date(ms).toISOString();
  return type.typeId === Type.Date && iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** Row objects with plain JSON values: numbers, strings, booleans, null; dates as ISO strings. For small results. */
export function ipcToRowObjects(bytes: Uint8Array): Record<string, unknown>[] {
  const table = tableFromIPC(bytes);
  const decoded = decodeTable(table);
  const rows: Record<string, unknown>[] = Array.from({ length: decoded.rows }, () => ({}));
  decoded.columns.forEach((col, c) => {
    const type = table.schema.fields[c].type as DataType;
    const raw = table.getChildAt(c)!;
    for (let r = 0; r < decoded.rows; r++) {
      let value: unknown;
      switch (col.kind) {
        case 'number': {
          const v = raw.get(r);
          if (v === null || v === undefined) value = null;
          else if (typeof v === 'bigint') value = bigintToJs(v);
          else value = Number.isFinite(col.values[r]) ? col.values[r] : Number.isNaN(col.values[r]) ? null : String(col.values[r]);
          break;
        }
        case 'date':
        case 'timestamp':
          value = Number.isNaN(col.values[r]) ? null : isoDate(col.values[r], type);
          break;
        case 'boolean':
        case 'string':
          value = col.values[r];
          break;
        default: {
          const never: never = col;
          throw new Error(`unknown column ${String(never)}`);
        }
      }
      rows[r][col.name] = value;
    }
  });
  return rows;
}
