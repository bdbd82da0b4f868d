// Turns plain JS column values (from JSON or Parquet decoded in JS) into Arrow IPC stream bytes
// that DuckDB loads with insertArrowFromIPCStream. Types are inferred from the values unless a hint says.
import {
  Bool,
  DateDay,
  Float64,
  Int64,
  Table,
  TimestampMicrosecond,
  Utf8,
  makeData,
  makeVector,
  tableToIPC,
  type DataType,
  type Vector,
} from 'apache-arrow';

export type ColumnHint = 'int' | 'float' | 'bool' | 'string' | 'timestamp' | 'date';

export interface JsColumn {
  name: string;
  values: ArrayLike<unknown>;
  hint?: ColumnHint;
}

const MS_PER_DAY = 86_400_000;

/** The type a column's non-null values agree on; 'string' when they disagree (values are then stringified). */
export function inferHint(values: ArrayLike<unknown>): ColumnHint {
  let hint: ColumnHint | null = null;
  let allIntegral = true;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    let h: ColumnHint;
    if (typeof v === 'number') {
      h = 'float';
      if (!Number.isSafeInteger(v)) allIntegral = false;
    } else if (typeof v === 'bigint') h = 'int';
    else if (typeof v === 'boolean') h = 'bool';
    else if (v instanceof Date) h = 'timestamp';
    else return 'string';
    if (hint === null) hint = h;
    else if (hint !== h) {
      if ((hint === 'float' && h === 'int') || (hint === 'int' && h === 'float')) hint = 'float';
      else return 'string';
    }
  }
  if (hint === 'float' && allIntegral) return 'int';
  return hint ?? 'string';
}

function isNull(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v));
}

function toText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));
  return String(v);
}

/** A validity bitmap (bit i set when row i has a value) and the null count. */
function validity(values: ArrayLike<unknown>): { bitmap: Uint8Array; nulls: number } {
  const n = values.length;
  const bitmap = new Uint8Array((n + 7) >> 3);
  let nulls = 0;
  for (let i = 0; i < n; i++) {
    if (isNull(values[i])) nulls++;
    else bitmap[i >> 3] |= 1 << (i & 7);
  }
  return { bitmap, nulls };
}

// Typed arrays are filled directly: apache-arrow's per-value builders (vectorFromArray) take
// minutes on a few million rows.
function vectorFor(values: ArrayLike<unknown>, hint: ColumnHint): Vector<DataType> {
  const length = values.length;
  const { bitmap: nullBitmap, nulls: nullCount } = validity(values);
  switch (hint) {
    case 'int': {
      const data = new BigInt64Array(length);
      for (let i = 0; i < length; i++) {
        const v = values[i];
        if (!isNull(v)) data[i] = typeof v === 'bigint' ? v : BigInt(Math.trunc(Number(v)));
      }
      return makeVector(makeData({ type: new Int64(), length, nullCount, nullBitmap, data }));
    }
    case 'float': {
      const data = new Float64Array(length);
      for (let i = 0; i < length; i++) {
        const v = values[i];
        if (!isNull(v)) data[i] = Number(v);
      }
      return makeVector(makeData({ type: new Float64(), length, nullCount, nullBitmap, data }));
    }
    case 'bool': {
      const data = new Uint8Array((length + 7) >> 3);
      for (let i = 0; i < length; i++) if (!isNull(values[i]) && values[i]) data[i >> 3] |= 1 << (i & 7);
      return makeVector(makeData({ type: new Bool(), length, nullCount, nullBitmap, data }));
    }
    case 'timestamp': {
      const data = new BigInt64Array(length);
      for (let i = 0; i < length; i++) {
        const v = values[i];
        if (!isNull(v)) data[i] = BigInt(Math.round((v instanceof Date ? v.getTime() : Number(v)) * 1000));
      }
      return makeVector(makeData({ type: new TimestampMicrosecond(), length, nullCount, nullBitmap, data }));
    }
    case 'date': {
      const data = new Int32Array(length);
      for (let i = 0; i < length; i++) {
        const v = values[i];
        if (!isNull(v)) data[i] = Math.floor((v instanceof Date ? v.getTime() : Number(v)) / MS_PER_DAY);
      }
      return makeVector(makeData({ type: new DateDay(), length, nullCount, nullBitmap, data }));
    }
    case 'string': {
      const encoder = new TextEncoder();
      const valueOffsets = new Int32Array(length + 1);
      let data = new Uint8Array(Math.max(1024, length * 8));
      let at = 0;
      for (let i = 0; i < length; i++) {
        const v = values[i];
        if (!isNull(v)) {
          const text = toText(v);
          // encodeInto writes at most 3 bytes per UTF-16 unit
          if (at + text.length * 3 > data.length) {
            const grown = new Uint8Array(Math.max(data.length * 2, at + text.length * 3));
            grown.set(data.subarray(0, at));
            data = grown;
          }
          at += encoder.encodeInto(text, data.subarray(at)).written;
        }
        valueOffsets[i + 1] = at;
      }
      return makeVector(makeData({ type: new Utf8(), length, nullCount, nullBitmap, valueOffsets, data: data.subarray(0, at) }));
    }
    default: {
      const never: never = hint;
      throw new Error(`unknown column hint ${String(never)}`);
    }
  }
}

/** Dates that are all at UTC midnight are calendar dates, not instants. */
function refineTimestamp(values: ArrayLike<unknown>): ColumnHint {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v instanceof Date && v.getTime() % MS_PER_DAY !== 0) return 'timestamp';
  }
  return 'date';
}

/** Arrow IPC stream bytes for the columns (all must have the same length). */
export function columnsToIpc(columns: JsColumn[]): Uint8Array {
  const vectors: Record<string, Vector<DataType>> = {};
  for (const c of columns) {
    let hint = c.hint ?? inferHint(c.values);
    if (hint === 'timestamp' && c.hint === undefined) hint = refineTimestamp(c.values);
    vectors[c.name] = vectorFor(c.values, hint);
  }
  return tableToIPC(new Table(vectors), 'stream');
}
