// PCA like sklearn's: center on the training means, eigen-decompose the covariance (n − 1 divisor,
// so explained_variance matches sklearn), keep n_components or the fewest whose cumulative variance
// ratio exceeds `variance`. Outputs pc1..pcN in place of the input columns.
// Sign convention (ours, documented because eigenvectors have none): in each component the entry
// with the largest |loading| is positive. sklearn flips by the scores instead, so a component
// may come out negated relative to sklearn's; values are otherwise the same.

import type { Frame } from '../frame.ts';
import { checkNewNames, numberCol, requireColumn, spliceColumns } from './columns.ts';
import { symmetricEigen } from './eigen.ts';
import { stepError } from './errors.ts';
import type { StepOp } from './op.ts';
import type { StepOf } from './schema.ts';

export type PcaFitted = {
  op: 'pca';
  columns: string[];
  mean: number[];
  /** n_components × columns, row k = loadings of pc(k+1). */
  components: number[][];
  explained_variance: number[];
  explained_variance_ratio: number[];
};

const pcName = (k: number) => `pc${k + 1}`;

export const pca: StepOp<StepOf<'pca'>, PcaFitted> = {
  fit(frame, spec, ctx) {
    const p = spec.columns.length;
    const n = frame.rows;
    if (spec.n_components !== undefined && spec.n_components > p) {
      throw stepError(ctx.ref, `n_components ${spec.n_components} is more than the ${p} columns given`);
    }
    if (n < 2) throw stepError(ctx.ref, `needs at least 2 rows, got ${n}`);
    const cols = spec.columns.map((name) => {
      const x = requireColumn(frame, name, ctx.ref, ['number']).values as Float64Array;
      if (x.some(Number.isNaN)) throw stepError(ctx.ref, `column "${name}" has missing values; impute them first`, name);
      return x;
    });
    const mean = cols.map((x) => x.reduce((s, v) => s + v, 0) / n);
    const cov = new Float64Array(p * p);
    for (let a = 0; a < p; a++) {
      for (let b = a; b < p; b++) {
        let s = 0;
        for (let i = 0; i < n; i++) s += (cols[a][i] - mean[a]) * (cols[b][i] - mean[b]);
        cov[a * p + b] = cov[b * p + a] = s / (n - 1);
      }
    }
    const { values, vectors } = symmetricEigen(cov, p);
    const variances = values.map((v) => Math.max(v, 0));
    const total = variances.reduce((s, v) => s + v, 0);
    const ratio = variances.map((v) => (total > 0 ? v / total : 0));
    let k = Math.min(spec.n_components ?? p, n);
    if (spec.variance !== undefined) {
      // sklearn: searchsorted(cumsum, variance, side='right') + 1
      let cum = 0;
      k = 0;
      while (k < p && cum <= spec.variance) cum += ratio[k++];
      k = Math.max(k, 1);
    }
    const components = vectors.slice(0, k).map((w) => {
      let big = 0;
      for (let j = 1; j < p; j++) if (Math.abs(w[j]) > Math.abs(w[big])) big = j;
      return w[big] < 0 ? w.map((x) => -x) : w;
    });
    checkNewNames(frame, components.map((_, i) => pcName(i)), ctx.ref, spec.columns);
    return {
      op: 'pca',
      columns: [...spec.columns],
      mean,
      components,
      explained_variance: variances.slice(0, k),
      explained_variance_ratio: ratio.slice(0, k),
    };
  },
  apply(frame, fitted, ref) {
    const cols = fitted.columns.map((name) => requireColumn(frame, name, ref, ['number']).values as Float64Array);
    const out = fitted.components.map((w) => {
      const z = new Float64Array(frame.rows);
      for (let i = 0; i < frame.rows; i++) {
        let s = 0;
        for (let j = 0; j < w.length; j++) s += (cols[j][i] - fitted.mean[j]) * w[j];
        z[i] = s;
      }
      return z;
    });
    return spliceColumns(frame, fitted.columns, out.map((z, k) => numberCol(pcName(k), z)));
  },
};
