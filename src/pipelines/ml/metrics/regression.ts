// Regression metrics with scikit-learn's definitions (MAE, RMSE, MAPE as a fraction, R², median
// absolute error) and the residual arrays that residual plots use.
import { checkRegression } from './input.ts';

type Values = ArrayLike<number>;

/** np.finfo(np.float64).eps: sklearn's floor on |y| in MAPE, so y = 0 gives a huge, finite term. */
const EPS = 2.220446049250313e-16;

/** yTrue − yPred per row. */
export function residuals(yTrue: Values, yPred: Values): Float64Array {
  checkRegression('residuals', yTrue, yPred);
  const out = new Float64Array(yTrue.length);
  for (let i = 0; i < out.length; i++) out[i] = yTrue[i] - yPred[i];
  return out;
}

/** |yTrue − yPred| per row. */
export function absoluteErrors(yTrue: Values, yPred: Values): Float64Array {
  const out = residuals(yTrue, yPred);
  for (let i = 0; i < out.length; i++) out[i] = Math.abs(out[i]);
  return out;
}

const mean = (a: Float64Array): number => a.reduce((s, v) => s + v, 0) / a.length;

export const mae = (yTrue: Values, yPred: Values): number => mean(absoluteErrors(yTrue, yPred));

export function rmse(yTrue: Values, yPred: Values): number {
  const r = residuals(yTrue, yPred);
  return Math.sqrt(mean(r.map((v) => v * v)));
}

/** sklearn mean_absolute_percentage_error: mean |y − ŷ| / max(|y|, eps), a fraction (0.1 = 10 %). */
export function mape(yTrue: Values, yPred: Values): number {
  checkRegression('mape', yTrue, yPred);
  let total = 0;
  for (let i = 0; i < yTrue.length; i++) total += Math.abs(yTrue[i] - yPred[i]) / Math.max(Math.abs(yTrue[i]), EPS);
  return total / yTrue.length;
}

/**
 * sklearn r2_score (force_finite=True): 1 − SS_res / SS_tot; when yTrue is constant, 1 for a
 * perfect prediction and 0 otherwise.
 */
export function r2(yTrue: Values, yPred: Values): number {
  checkRegression('r2', yTrue, yPred);
  const n = yTrue.length;
  let m = 0;
  for (let i = 0; i < n; i++) m += yTrue[i];
  m /= n;
  let ssRes = 0;
  let ssTot = 0;
  for (let i = 0; i < n; i++) {
    ssRes += (yTrue[i] - yPred[i]) ** 2;
    ssTot += (yTrue[i] - m) ** 2;
  }
  if (ssTot === 0) return ssRes === 0 ? 1 : 0;
  return 1 - ssRes / ssTot;
}

/** Median of |yTrue − yPred| (mean of the two middle values for an even count, as numpy). */
export function medianAe(yTrue: Values, yPred: Values): number {
  const e = absoluteErrors(yTrue, yPred).sort();
  const mid = e.length >> 1;
  return e.length % 2 === 1 ? e[mid] : (e[mid - 1] + e[mid]) / 2;
}
