// Outlier handling: learn [lower, upper] bounds per column on the training rows, then clip values
// to them, or drop the training rows outside them.
//   iqr:       q1 − factor·IQR, q3 + factor·IQR (numpy linear quantiles)
//   zscore:    mean ± threshold·std, population std (as scipy.stats.zscore)
//   winsorize: the `lower` and `upper` quantiles
//   cap:       fixed min / max
// action drop only filters training rows: at scoring time every row is owed a prediction,
// so apply() leaves the frame as it is (like balance).

import type { Frame } from '../frame.ts';
import { takeRows } from '../frame.ts';
import { numberCol, replaceColumns, requireColumn, toJsonNumber } from './columns.ts';
import type { StepOp } from './op.ts';
import type { StepOf } from './schema.ts';
import { quoteIdent, selectList, sqlNumber } from './sql-text.ts';
import { finiteSorted, mean, quantileSorted, std } from './stats.ts';

export type OutlierBounds = { name: string; lower: number | null; upper: number | null };
export type OutliersFitted = {
  op: 'outliers';
  method: StepOf<'outliers'>['method'];
  action: 'clip' | 'drop';
  /** null = unbounded on that side. */
  bounds: OutlierBounds[];
};

function bounds(values: Float64Array, spec: StepOf<'outliers'>): [number, number] {
  switch (spec.method) {
    case 'iqr': {
      const s = finiteSorted(values);
      const q1 = quantileSorted(s, 0.25);
      const q3 = quantileSorted(s, 0.75);
      const f = spec.factor ?? 1.5;
      return [q1 - f * (q3 - q1), q3 + f * (q3 - q1)];
    }
    case 'zscore': {
      const m = mean(values);
      const sd = std(values, 0);
      const t = spec.threshold ?? 3;
      return [m - t * sd, m + t * sd];
    }
    case 'winsorize': {
      const s = finiteSorted(values);
      return [quantileSorted(s, spec.lower ?? 0.05), quantileSorted(s, spec.upper ?? 0.95)];
    }
    case 'cap':
      return [spec.min ?? -Infinity, spec.max ?? Infinity];
    default: {
      const never: never = spec.method;
      throw new Error(`unknown outlier method ${String(never)}`);
    }
  }
}

function clip(x: Float64Array, lo: number, hi: number): Float64Array {
  return Float64Array.from(x, (v) => (v < lo ? lo : v > hi ? hi : v));
}

export const outliers: StepOp<StepOf<'outliers'>, OutliersFitted> = {
  fit(frame, spec, ctx) {
    const b = spec.columns.map((name) => {
      const x = requireColumn(frame, name, ctx.ref, ['number']).values as Float64Array;
      const [lo, hi] = bounds(x, spec);
      return { name, lower: toJsonNumber(lo), upper: toJsonNumber(hi) };
    });
    return { op: 'outliers', method: spec.method, action: spec.action ?? 'clip', bounds: b };
  },
  fitApply(frame, spec, ctx) {
    const fitted = outliers.fit(frame, spec, ctx);
    if (fitted.action === 'clip') return { fitted, frame: outliers.apply(frame, fitted, ctx.ref) };
    const keep: number[] = [];
    const cols = fitted.bounds.map((b) => requireColumn(frame, b.name, ctx.ref).values as Float64Array);
    for (let i = 0; i < frame.rows; i++) {
      const inside = fitted.bounds.every((b, j) => {
        const v = cols[j][i];
        return !(v < (b.lower ?? -Infinity) || v > (b.upper ?? Infinity));
      });
      if (inside) keep.push(i);
    }
    return { fitted, frame: takeRows(frame, keep) };
  },
  apply(frame, fitted, ref) {
    if (fitted.action === 'drop') return frame;
    return replaceColumns(
      frame,
      fitted.bounds.map(({ name, lower, upper }) => {
        const x = requireColumn(frame, name, ref, ['number']).values as Float64Array;
        return numberCol(name, clip(x, lower ?? -Infinity, upper ?? Infinity));
      }),
    );
  },
  toSql(fitted, input) {
    if (fitted.action === 'drop') return null;
    const replace: Record<string, string[]> = {};
    for (const { name, lower, upper } of fitted.bounds) {
      const q = quoteIdent(name);
      const arms: string[] = [];
      if (lower !== null) arms.push(`WHEN ${q} < ${sqlNumber(lower)} THEN ${sqlNumber(lower)}`);
      if (upper !== null) arms.push(`WHEN ${q} > ${sqlNumber(upper)} THEN ${sqlNumber(upper)}`);
      replace[name] = [arms.length ? `CASE ${arms.join(' ')} ELSE ${q} END AS ${q}` : `${q}`];
    }
    return selectList(input, replace);
  },
};
