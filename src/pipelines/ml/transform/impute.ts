// Missing-value filling: a learned per-column value (mean, median, mode, constant), carrying
// neighbours along the row order (ffill, bfill), or k nearest training rows (knn, in knn-impute.ts).
// A column with no values at all in training has nothing to learn and stays missing.

import type { Column, Frame } from '../frame.ts';
import { replaceColumns, requireColumn, type ColumnKind } from './columns.ts';
import { stepError, type StepRef } from './errors.ts';
import { fitKnn, imputeKnn, type KnnState } from './knn-impute.ts';
import type { StepOp } from './op.ts';
import type { StepOf } from './schema.ts';
import { quoteIdent, selectList, sqlNumber, sqlValue } from './sql-text.ts';
import { mean, median, mode } from './stats.ts';

export type ImputeFitted =
  | {
      op: 'impute';
      strategy: 'mean' | 'median' | 'mode' | 'constant';
      fills: { name: string; kind: ColumnKind; value: number | string | null }[];
    }
  | { op: 'impute'; strategy: 'ffill' | 'bfill'; columns: string[] }
  | ({ op: 'impute'; strategy: 'knn' } & KnnState);

function learnedValue(c: Column, spec: StepOf<'impute'>, ref: StepRef): number | string | null {
  const v = spec.value;
  switch (spec.strategy) {
    case 'constant':
      if (v === undefined) throw stepError(ref, 'strategy constant needs a value (e.g. value: 0)', c.name);
      if (c.kind === 'string') {
        if (typeof v !== 'string') throw stepError(ref, `column "${c.name}" holds text; give value as text`, c.name);
        return v;
      }
      if (typeof v === 'number') return v;
      if (c.kind === 'datetime' && !Number.isNaN(Date.parse(v))) return Date.parse(v);
      throw stepError(ref, `column "${c.name}" holds ${c.kind === 'number' ? 'numbers' : 'datetimes'}; value "${v}" does not fit`, c.name);
    case 'mean':
    case 'median': {
      if (c.kind === 'string') throw stepError(ref, `column "${c.name}" holds text; use strategy mode or constant`, c.name);
      const m = spec.strategy === 'mean' ? mean(c.values) : median(c.values);
      if (Number.isNaN(m)) return null;
      return c.kind === 'datetime' ? Math.round(m) : m;
    }
    case 'mode':
      return c.kind === 'string' ? mode(c.values) : mode(c.values);
    default:
      throw new Error(`not a fill-value strategy: ${spec.strategy}`);
  }
}

function fillConstant(c: Column, value: number | string | null): Column {
  if (value === null) return c;
  if (c.kind === 'string') return { ...c, values: c.values.map((v) => v ?? (value as string)) };
  const out = Float64Array.from(c.values, (v) => (Number.isNaN(v) ? (value as number) : v));
  return { ...c, values: out };
}

/** Carries the last seen value forward (ffill) or the next one backward (bfill) in row order. */
function fillAlong(c: Column, backward: boolean): Column {
  const n = c.values.length;
  const start = backward ? n - 1 : 0;
  const step = backward ? -1 : 1;
  if (c.kind === 'string') {
    const out = c.values.slice();
    let last: string | null = null;
    for (let i = start; i >= 0 && i < n; i += step) {
      if (out[i] === null) out[i] = last;
      else last = out[i];
    }
    return { ...c, values: out };
  }
  const out = Float64Array.from(c.values);
  let last = NaN;
  for (let i = start; i >= 0 && i < n; i += step) {
    if (Number.isNaN(out[i])) out[i] = last;
    else last = out[i];
  }
  return { ...c, values: out };
}

export const impute: StepOp<StepOf<'impute'>, ImputeFitted> = {
  fit(frame, spec, ctx) {
    const cols = spec.columns.map((n) => requireColumn(frame, n, ctx.ref));
    switch (spec.strategy) {
      case 'ffill':
      case 'bfill':
        return { op: 'impute', strategy: spec.strategy, columns: [...spec.columns] };
      case 'knn':
        return { op: 'impute', strategy: 'knn', ...fitKnn(frame, spec.columns, spec.k ?? 5, ctx.ref) };
      default:
        return {
          op: 'impute',
          strategy: spec.strategy,
          fills: cols.map((c) => ({ name: c.name, kind: c.kind, value: learnedValue(c, spec, ctx.ref) })),
        };
    }
  },
  apply(frame, fitted, ref) {
    switch (fitted.strategy) {
      case 'ffill':
      case 'bfill':
        return replaceColumns(
          frame,
          fitted.columns.map((n) => fillAlong(requireColumn(frame, n, ref), fitted.strategy === 'bfill')),
        );
      case 'knn':
        return imputeKnn(frame, fitted, ref);
      default:
        return replaceColumns(
          frame,
          fitted.fills.map(({ name, value }) => fillConstant(requireColumn(frame, name, ref), value)),
        );
    }
  },
  toSql(fitted, input) {
    if (!('fills' in fitted)) return null;
    const replace: Record<string, string[]> = {};
    for (const { name, kind, value } of fitted.fills) {
      if (value === null) continue;
      const q = quoteIdent(name);
      const fill = kind === 'datetime' ? `epoch_ms(${sqlNumber(value as number)})` : sqlValue(value);
      replace[name] = [`COALESCE(${q}, ${fill}) AS ${q}`];
    }
    return selectList(input, replace);
  },
};
