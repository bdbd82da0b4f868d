// Class rebalancing of the training rows (apply() at scoring time is the identity):
//   oversample:  every class is topped up to the majority count by drawing its rows with replacement;
//   undersample: every class is cut to the minority count, rows drawn without replacement;
//   smote:       every class is topped up with synthetic rows x + u·(neighbour − x), u ~ U[0,1),
//                neighbour among the k nearest (Euclidean on the feature columns) of the same class.
// Added rows go after the original ones; non-feature columns of a synthetic row copy its base row.
// SMOTE tolerates gaps (e.g. from lags): distances are nan_euclidean, and a coordinate missing on
// either side keeps the base row's value.
// Rows whose target is missing are kept and belong to no class. All draws come from the step's seed.

import type { Frame } from '../frame.ts';
import { takeRows } from '../frame.ts';
import { requireColumn } from './columns.ts';
import { stepError } from './errors.ts';
import { nanEuclidean } from './knn-impute.ts';
import { stepRandom, type OpContext, type StepOp } from './op.ts';
import type { StepOf } from './schema.ts';

export type BalanceFitted = {
  op: 'balance';
  target: string;
  method: StepOf<'balance'>['method'];
  /** Rows per class (class as text) before and after, for the run record. */
  counts_before: Record<string, number>;
  counts_after: Record<string, number>;
};

function classRows(frame: Frame, target: string, ctx: OpContext): Map<string, number[]> {
  const col = requireColumn(frame, target, ctx.ref, ['string', 'number']);
  const groups = new Map<string, number[]>();
  for (let i = 0; i < frame.rows; i++) {
    const v = col.values[i];
    if (v === null || (typeof v === 'number' && Number.isNaN(v))) continue;
    const key = String(v);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(i);
  }
  if (groups.size < 2) {
    throw stepError(ctx.ref, `target "${target}" has ${groups.size} class${groups.size === 1 ? '' : 'es'}; balancing needs at least 2`, target);
  }
  return groups;
}

function smoteFeatures(frame: Frame, spec: StepOf<'balance'>, target: string, ctx: OpContext): string[] {
  const names = spec.columns ?? frame.columns.filter((c) => c.kind === 'number' && c.name !== target).map((c) => c.name);
  if (names.length === 0) throw stepError(ctx.ref, 'smote needs numeric feature columns; none found');
  for (const n of names) requireColumn(frame, n, ctx.ref, ['number']);
  return names;
}

/**
 * k nearest rows of the class to its row `ia` (itself excluded; nan_euclidean, incomparable rows
 * never chosen before comparable ones; ties by position). Computed only for rows actually drawn.
 */
function nearest(points: Float64Array[], ia: number, k: number): number[] {
  const best: { d: number; i: number }[] = [];
  for (let ib = 0; ib < points.length; ib++) {
    if (ib === ia) continue;
    const v = nanEuclidean(points[ia], points[ib]);
    const d = Number.isNaN(v) ? Infinity : v;
    if (best.length === k && d >= best[k - 1].d) continue;
    let at = best.length;
    while (at > 0 && best[at - 1].d > d) at--;
    best.splice(at, 0, { d, i: ib });
    if (best.length > k) best.pop();
  }
  return best.map((b) => b.i);
}

/** x + u·(n − x); where either side is missing the base value is kept (lags leave gaps in early rows). */
function between(x: number, n: number, u: number): number {
  return Number.isNaN(n) ? x : x + u * (n - x);
}

export const balance: StepOp<StepOf<'balance'>, BalanceFitted> = {
  fit(frame, spec, ctx) {
    return balance.fitApply!(frame, spec, ctx).fitted;
  },
  fitApply(frame, spec, ctx) {
    const target = spec.target ?? ctx.target;
    if (!target) throw stepError(ctx.ref, 'no target: give target: <column> (or set the cell target)');
    const groups = classRows(frame, target, ctx);
    const rng = stepRandom(ctx);
    const sizes = [...groups.values()].map((g) => g.length);
    const most = Math.max(...sizes);
    const least = Math.min(...sizes);
    const before = Object.fromEntries([...groups].map(([c, g]) => [c, g.length]));
    const after: Record<string, number> = {};
    let out: Frame;
    if (spec.method === 'undersample') {
      const keep = new Uint8Array(frame.rows).fill(1);
      for (const [c, g] of groups) {
        const drop = rng.shuffle([...g]).slice(least);
        for (const i of drop) keep[i] = 0;
        after[c] = least;
      }
      out = takeRows(frame, [...keep.keys()].filter((i) => keep[i]));
    } else {
      const feats = spec.method === 'smote' ? smoteFeatures(frame, spec, target, ctx) : [];
      const featCols = feats.map((n) => requireColumn(frame, n, ctx.ref).values as Float64Array);
      const base: number[] = [];
      const synth: number[][] = [];
      for (const [c, g] of groups) {
        const need = most - g.length;
        after[c] = most;
        const k = Math.min(spec.k ?? 5, g.length - 1);
        const points = spec.method === 'smote' ? g.map((r) => Float64Array.from(featCols, (f) => f[r])) : [];
        const nn = new Map<number, number[]>();
        for (let s = 0; s < need; s++) {
          const ia = rng.int(g.length);
          base.push(g[ia]);
          if (spec.method !== 'smote') continue;
          if (k === 0) {
            synth.push(featCols.map((f) => f[g[ia]]));
            continue;
          }
          if (!nn.has(ia)) nn.set(ia, nearest(points, ia, k));
          const b = g[nn.get(ia)![rng.int(k)]];
          const u = rng.next();
          synth.push(featCols.map((f) => between(f[g[ia]], f[b], u)));
        }
      }
      out = takeRows(frame, [...Array.from({ length: frame.rows }, (_, i) => i), ...base]);
      feats.forEach((n, j) => {
        const v = out.columns.find((c) => c.name === n)!.values as Float64Array;
        synth.forEach((row, s) => (v[frame.rows + s] = row[j]));
      });
    }
    return {
      fitted: { op: 'balance', target, method: spec.method, counts_before: before, counts_after: after },
      frame: out,
    };
  },
  apply: (frame) => frame,
};
