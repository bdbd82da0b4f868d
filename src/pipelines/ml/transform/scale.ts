// Scaling as sklearn does it, as (x − center) / scale per column:
// standard (mean, population std), minmax (min, max − min), robust (median, q3 − q1).
// A zero or undefined spread gives scale 1, as sklearn does, so constant columns don't become NaN.

import type { Frame } from '../frame.ts';
import { fromJsonNumber, numberCol, replaceColumns, requireColumn, toJsonNumber } from './columns.ts';
import type { StepOp } from './op.ts';
import type { StepOf } from './schema.ts';
import { quoteIdent, selectList, sqlNumber } from './sql-text.ts';
import { finiteSorted, medianSorted, quantileSorted, std } from './stats.ts';

export type ScaleMethod = 'standard' | 'minmax' | 'robust';
export type ScaleFitted = {
  op: 'scale';
  method: ScaleMethod;
  /** Per column; null center = column had no values in training (output stays NaN). */
  columns: { name: string; center: number | null; scale: number }[];
};

function centerAndScale(values: Float64Array, method: ScaleMethod): [number, number] {
  const sorted = finiteSorted(values);
  if (sorted.length === 0) return [NaN, 1];
  let center: number;
  let spread: number;
  switch (method) {
    case 'standard': {
      let s = 0;
      for (const v of sorted) s += v;
      center = s / sorted.length;
      spread = std(sorted, 0);
      break;
    }
    case 'minmax':
      center = sorted[0];
      spread = sorted[sorted.length - 1] - sorted[0];
      break;
    case 'robust':
      center = medianSorted(sorted);
      spread = quantileSorted(sorted, 0.75) - quantileSorted(sorted, 0.25);
      break;
    default: {
      const never: never = method;
      throw new Error(`unknown scale method ${String(never)}`);
    }
  }
  return [center, spread > 0 && Number.isFinite(spread) ? spread : 1];
}

export const scale: StepOp<StepOf<'scale'>, ScaleFitted> = {
  fit(frame, spec, ctx) {
    const method = spec.method ?? 'standard';
    const columns = spec.columns.map((name) => {
      const c = requireColumn(frame, name, ctx.ref, ['number']);
      const [center, s] = centerAndScale(c.values as Float64Array, method);
      return { name, center: toJsonNumber(center), scale: s };
    });
    return { op: 'scale', method, columns };
  },
  apply(frame, fitted, ref) {
    return replaceColumns(
      frame,
      fitted.columns.map(({ name, center, scale: s }) => {
        const x = requireColumn(frame, name, ref, ['number']).values as Float64Array;
        const c = fromJsonNumber(center);
        const out = new Float64Array(x.length);
        for (let i = 0; i < x.length; i++) out[i] = (x[i] - c) / s;
        return numberCol(name, out);
      }),
    );
  },
  toSql(fitted, input) {
    const replace: Record<string, string[]> = {};
    for (const { name, center, scale: s } of fitted.columns) {
      const q = quoteIdent(name);
      replace[name] = [`(${q} - ${sqlNumber(fromJsonNumber(center))}) / ${sqlNumber(s)} AS ${q}`];
    }
    return selectList(input, replace);
  },
};
