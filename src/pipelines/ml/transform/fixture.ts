// Test fixtures: small frames written inline (null = missing), and columns read back as plain arrays.

import type { Column, Frame } from '../frame.ts';

export function nums(name: string, values: (number | null)[]): Column {
  return { name, kind: 'number', values: Float64Array.from(values, (v) => (v === null ? NaN : v)) };
}

export function strs(name: string, values: (string | null)[]): Column {
  return { name, kind: 'string', values: [...values] };
}

export function dates(name: string, iso: (string | null)[]): Column {
  return { name, kind: 'datetime', values: Float64Array.from(iso, (v) => (v === null ? NaN : Date.parse(v))) };
}

export function frameOf(...columns: Column[]): Frame {
  return { rows: columns[0]?.values.length ?? 0, columns };
}

/** A column's values as a plain array (NaN kept, so toEqual compares missing values too). */
export function values(frame: Frame, name: string): (number | string | null)[] {
  const c = frame.columns.find((col) => col.name === name);
  if (!c) throw new Error(`no column ${name} in ${frame.columns.map((x) => x.name).join(', ')}`);
  return Array.from(c.values as ArrayLike<number | string | null>);
}

export function names(frame: Frame): string[] {
  return frame.columns.map((c) => c.name);
}

/** Rows × columns as plain numbers, for comparing with sklearn matrices. */
export function rowsOf(frame: Frame, cols: string[]): number[][] {
  return Array.from({ length: frame.rows }, (_, i) => cols.map((c) => values(frame, c)[i] as number));
}
