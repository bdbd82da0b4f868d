// Turns plain JS column values (from JSON or Parquet decoded in JS) into Arrow IPC stream bytes
// that DuckDB loads with insertArrowFromIPCStream. Types are inferred from the values unless a hint says.
import {
  Bool,
  DateDay,
  Float64,
  Int64,
  Table,
  TimestampMillisecond,
  Utf8,
  tableToIPC,
  vectorFromArray,
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

function vectorFor(values: ArrayLike<unknown>, hint: ColumnHint): Vector<DataType> {
  const n = values.length;
  switch (hint) {
    case 'int': {
      const out: (bigint | null)[] = new Array(n);
      for (let i = 0; i < n; i++) {
        const v = values[i];
        out[i] = isNull(v) ? null : typeof v === 'bigint' ? v : BigInt(Math.trunc(Number(v)));
      }
      return vectorFromArray(out, new Int64());
    }
    case 'float': {
      const out: (number | null)[] = new Array(n);
      for (let i = 0; i < n; i++) {
        const v = values[i];
        out[i] = v === null || v === undefined ? null : Number(v);
      }
      return vectorFromArray(out, new Float64());
    }
    case 'bool': {
      const out: (boolean | null)[] = new Array(n);
      for (let i = 0; i < n; i++) out[i] = isNull(values[i]) ? null : Boolean(values[i]);
      return vectorFromArray(out, new Bool());
    }
    case 'timestamp':
    case 'date': {
      const out: (number | null)[] = new Array(n);
      for (let i = 0; i < n; i++) {
        const v = values[i];
        out[i] = isNull(v) ? null : v instanceof Date ? v.getTime() : Number(v);
      }
      return hint === 'date' ? vectorFromArray(out, new DateDay()) : vectorFromArray(out, new TimestampMillisecond());
    }
    case 'string': {
      const out: (string | null)[] = new Array(n);
      for (let i = 0; i < n; i++) out[i] = isNull(values[i]) ? null : toText(values[i]);
      return vectorFromArray(out, new Utf8());
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
