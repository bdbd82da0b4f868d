// Time-series features from earlier rows: lags (pandas shift(L)) and trailing rolling statistics
// over the `window` rows before the current one (pandas shift(1).rolling(window), so the current
// row's value never leaks into its own feature). Rows are taken in `order_by` order (stable; missing
// keys last) or in table order, and results are written back in table order. No state is learned:
// a scoring frame needs its own history rows for the first lags to be defined.
// Rolling std uses ddof = 1 like pandas; missing values are skipped and count against min_periods.

import type { Column, Frame } from '../frame.ts';
import { checkNewNames, numberCol, requireColumn, spliceColumns } from './columns.ts';
import type { StepRef } from './errors.ts';
import type { StepOp } from './op.ts';
import type { StepOf } from './schema.ts';
import { rollingStats } from './schema.ts';
import { compareValues } from './stats.ts';

export type RollingStat = (typeof rollingStats)[number];
export type LagsFitted = { op: 'lags'; column: string; lags: number[]; order_by: string | null };
export type RollingFitted = {
  op: 'rolling';
  column: string;
  window: number;
  stats: RollingStat[];
  min_periods: number;
  order_by: string | null;
};

/** Row indices in processing order. */
function rowOrder(frame: Frame, orderBy: string | null, ref: StepRef): number[] {
  const idx = Array.from({ length: frame.rows }, (_, i) => i);
  if (orderBy === null) return idx;
  const key = requireColumn(frame, orderBy, ref).values as ArrayLike<string | number | null>;
  const missing = (v: string | number | null) => v === null || (typeof v === 'number' && Number.isNaN(v));
  return idx.sort((a, b) => {
    const ma = missing(key[a]);
    const mb = missing(key[b]);
    if (ma || mb) return ma === mb ? a - b : ma ? 1 : -1;
    return compareValues(key[a]!, key[b]!) || a - b;
  });
}

const lagName = (c: string, l: number) => `${c}_lag${l}`;
const rollName = (c: string, w: number, s: RollingStat) => `${c}_roll${w}_${s}`;

function lagColumn(src: Column, name: string, order: number[], lag: number): Column {
  if (src.kind === 'string') {
    const out: (string | null)[] = new Array(order.length).fill(null);
    for (let t = lag; t < order.length; t++) out[order[t]] = src.values[order[t - lag]];
    return { name, kind: 'string', values: out };
  }
  const out = new Float64Array(order.length).fill(NaN);
  for (let t = lag; t < order.length; t++) out[order[t]] = src.values[order[t - lag]];
  return { name, kind: src.kind, values: out } as Column;
}

function windowStat(w: number[], stat: RollingStat): number {
  const n = w.length;
  switch (stat) {
    case 'sum':
      return w.reduce((s, v) => s + v, 0);
    case 'mean':
      return w.reduce((s, v) => s + v, 0) / n;
    case 'min':
      return Math.min(...w);
    case 'max':
      return Math.max(...w);
    case 'std': {
      if (n < 2) return NaN;
      const m = w.reduce((s, v) => s + v, 0) / n;
      return Math.sqrt(w.reduce((s, v) => s + (v - m) * (v - m), 0) / (n - 1));
    }
    default: {
      const never: never = stat;
      throw new Error(`unknown rolling stat ${String(never)}`);
    }
  }
}

export const lags: StepOp<StepOf<'lags'>, LagsFitted> = {
  fit(frame, spec, ctx) {
    requireColumn(frame, spec.column, ctx.ref);
    if (spec.order_by) requireColumn(frame, spec.order_by, ctx.ref);
    checkNewNames(frame, spec.lags.map((l) => lagName(spec.column, l)), ctx.ref);
    return { op: 'lags', column: spec.column, lags: [...spec.lags], order_by: spec.order_by ?? null };
  },
  apply(frame, fitted, ref) {
    const src = requireColumn(frame, fitted.column, ref);
    const order = rowOrder(frame, fitted.order_by, ref);
    const add = fitted.lags.map((l) => lagColumn(src, lagName(fitted.column, l), order, l));
    return spliceColumns(frame, [], add, fitted.column);
  },
};

export const rolling: StepOp<StepOf<'rolling'>, RollingFitted> = {
  fit(frame, spec, ctx) {
    requireColumn(frame, spec.column, ctx.ref, ['number']);
    if (spec.order_by) requireColumn(frame, spec.order_by, ctx.ref);
    checkNewNames(frame, spec.stats.map((s) => rollName(spec.column, spec.window, s)), ctx.ref);
    return {
      op: 'rolling',
      column: spec.column,
      window: spec.window,
      stats: [...spec.stats],
      min_periods: spec.min_periods ?? spec.window,
      order_by: spec.order_by ?? null,
    };
  },
  apply(frame, fitted, ref) {
    const x = requireColumn(frame, fitted.column, ref, ['number']).values as Float64Array;
    const order = rowOrder(frame, fitted.order_by, ref);
    const outs = fitted.stats.map(() => new Float64Array(frame.rows).fill(NaN));
    for (let t = 0; t < order.length; t++) {
      const w: number[] = [];
      for (let s = Math.max(0, t - fitted.window); s < t; s++) {
        const v = x[order[s]];
        if (!Number.isNaN(v)) w.push(v);
      }
      if (w.length === 0 || w.length < fitted.min_periods) continue;
      fitted.stats.forEach((st, j) => (outs[j][order[t]] = windowStat(w, st)));
    }
    const add = fitted.stats.map((s, j) => numberCol(rollName(fitted.column, fitted.window, s), outs[j]));
    return spliceColumns(frame, [], add, fitted.column);
  },
};
