// Column look-up with step-aware errors, and the immutable edits steps make to a Frame
// (replace a column, insert new ones where the source was, drop some). Input frames are never mutated.

import type { Column, Frame } from '../frame.ts';
import { stepError, type StepRef } from './errors.ts';

export type ColumnKind = Column['kind'];

const KIND_WORD: Record<ColumnKind, string> = { number: 'numbers', string: 'text', datetime: 'datetimes' };

/** The named column, checked to be of one of the allowed kinds. */
export function requireColumn(frame: Frame, name: string, ref: StepRef, kinds?: readonly ColumnKind[]): Column {
  const c = frame.columns.find((col) => col.name === name);
  if (!c) {
    const known = frame.columns.map((col) => col.name).join(', ');
    throw stepError(ref, `column "${name}" not found; the table has: ${known}`, name);
  }
  if (kinds && !kinds.includes(c.kind)) {
    const want = kinds.map((k) => KIND_WORD[k]).join(' or ');
    throw stepError(ref, `column "${name}" holds ${KIND_WORD[c.kind]}; this step needs ${want}`, name);
  }
  return c;
}

export function requireNumeric(frame: Frame, name: string, ref: StepRef): Float64Array {
  return (requireColumn(frame, name, ref, ['number', 'datetime']) as Exclude<Column, { kind: 'string' }>).values;
}

/** Fails when a column a step would create already exists (outside the ones it replaces). */
export function checkNewNames(frame: Frame, names: string[], ref: StepRef, replaced: string[] = []): void {
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n)) throw stepError(ref, `would create column "${n}" twice`, n);
    seen.add(n);
    if (!replaced.includes(n) && frame.columns.some((c) => c.name === n)) {
      throw stepError(ref, `would create column "${n}", which already exists; rename or drop it first`, n);
    }
  }
}

/** Same frame with the columns of the same names swapped for new ones. */
export function replaceColumns(frame: Frame, replacements: Column[]): Frame {
  const byName = new Map(replacements.map((c) => [c.name, c]));
  return { rows: frame.rows, columns: frame.columns.map((c) => byName.get(c.name) ?? c) };
}

/**
 * Removes `remove` and puts `add` where the first removed column was (or at the end when
 * nothing is removed or `at` is absent from the frame), so derived features sit by their source.
 */
export function spliceColumns(frame: Frame, remove: string[], add: Column[], at?: string): Frame {
  const drop = new Set(remove);
  const anchor = at ?? remove.find((n) => frame.columns.some((c) => c.name === n));
  const out: Column[] = [];
  let placed = false;
  for (const c of frame.columns) {
    if (c.name === anchor) {
      if (!drop.has(c.name)) out.push(c);
      out.push(...add);
      placed = true;
    } else if (!drop.has(c.name)) out.push(c);
  }
  if (!placed) out.push(...add);
  return { rows: frame.rows, columns: out };
}

export function numberCol(name: string, values: Float64Array): Column {
  return { name, kind: 'number', values };
}

/** JSON has no NaN or Infinity: fitted state stores them as null. */
export function toJsonNumber(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

export function fromJsonNumber(x: number | null): number {
  return x === null ? NaN : x;
}
