// The in-memory table that ML code works on: typed columns, one per feature, no row objects.
// Missing numbers and datetimes are NaN; missing strings are null.

export type NumberColumn = { name: string; kind: 'number'; values: Float64Array };
export type StringColumn = { name: string; kind: 'string'; values: (string | null)[] };
/** Epoch milliseconds (UTC); NaN when missing. */
export type DatetimeColumn = { name: string; kind: 'datetime'; values: Float64Array };
export type Column = NumberColumn | StringColumn | DatetimeColumn;

export interface Frame {
  rows: number;
  columns: Column[];
}

export class FrameError extends Error {
  override name = 'FrameError';
}

export function column(frame: Frame, name: string): Column {
  const c = frame.columns.find((col) => col.name === name);
  if (!c) {
    const known = frame.columns.map((col) => col.name).join(', ');
    throw new FrameError(`Column "${name}" not found; the table has: ${known}`);
  }
  return c;
}

export function numberColumn(frame: Frame, name: string): Float64Array {
  const c = column(frame, name);
  if (c.kind === 'string') throw new FrameError(`Column "${name}" holds text; a numeric column is needed here`);
  return c.values;
}

/** Rows picked by index, in the given order (used by splits and resampling). */
export function takeRows(frame: Frame, index: ArrayLike<number>): Frame {
  const n = index.length;
  const columns = frame.columns.map((c): Column => {
    if (c.kind === 'string') {
      const v: (string | null)[] = new Array(n);
      for (let i = 0; i < n; i++) v[i] = c.values[index[i]];
      return { name: c.name, kind: 'string', values: v };
    }
    const v = new Float64Array(n);
    for (let i = 0; i < n; i++) v[i] = c.values[index[i]];
    return { name: c.name, kind: c.kind, values: v } as Column;
  });
  return { rows: n, columns };
}

/** Row-major feature matrix from numeric columns (n × p), the layout every model takes. */
export function toMatrix(frame: Frame, features: string[]): Float64Array {
  const p = features.length;
  const out = new Float64Array(frame.rows * p);
  features.forEach((f, j) => {
    const v = numberColumn(frame, f);
    for (let i = 0; i < frame.rows; i++) out[i * p + j] = v[i];
  });
  return out;
}
