// Isotonic calibration: the best non-decreasing step fit of y on the score (pool adjacent
// violators), applied by linear interpolation and clipped outside the fitted range, as
// scikit-learn's IsotonicRegression(increasing=True, out_of_bounds='clip').
import { CalibrationError, checkFitInput, checkScores } from './input.ts';
import type { IsotonicState } from './state.ts';

/** np.finfo(np.float64).resolution: scores closer than this are one value, as sklearn's _make_unique. */
const RESOLUTION = 1e-15;

/** sklearn's _inplace_contiguous_isotonic_regression: weighted PAVA, single pass with backtracking. */
function poolAdjacentViolators(y: Float64Array, w: Float64Array): void {
  const n = y.length;
  const target = Int32Array.from({ length: n }, (_, i) => i);
  let i = 0;
  while (i < n) {
    let k = target[i] + 1;
    if (k === n) break;
    if (y[i] < y[k]) {
      i = k;
      continue;
    }
    let sumWy = w[i] * y[i];
    let sumW = w[i];
    for (;;) {
      const prev = y[k];
      sumWy += w[k] * y[k];
      sumW += w[k];
      k = target[k] + 1;
      if (k === n || prev < y[k]) {
        y[i] = sumWy / sumW;
        w[i] = sumW;
        target[i] = k - 1;
        target[k - 1] = i;
        if (i > 0) i = target[i - 1];
        break;
      }
    }
  }
  for (i = 0; i < n; ) {
    const k = target[i] + 1;
    y.fill(y[i], i + 1, k);
    i = k;
  }
}

/**
 * Fit on scores and targets (0/1 labels, or any reals for a general isotonic regression), with
 * optional non-negative weights. Equal scores are merged into their weighted mean first.
 */
export function fitIsotonic(scores: ArrayLike<number>, y: ArrayLike<number>, weights?: ArrayLike<number>): IsotonicState {
  checkFitInput('fitIsotonic', scores, y, false);
  const n = scores.length;
  if (weights) {
    if (weights.length !== n) {
      throw new CalibrationError(`fitIsotonic: weights has ${weights.length} values for ${n} rows; pass one per row`);
    }
    for (let i = 0; i < n; i++) {
      if (!(weights[i] >= 0) || !Number.isFinite(weights[i])) {
        throw new CalibrationError(`fitIsotonic: weights[${i}] is ${weights[i]}; weights must be finite and ≥ 0`);
      }
    }
  }
  const weight = (i: number): number => (weights ? weights[i] : 1);
  // Rows with zero weight carry no information (sklearn drops them); order by score, then by y.
  const order = Array.from({ length: n }, (_, i) => i)
    .filter((i) => weight(i) > 0)
    .sort((p, q) => scores[p] - scores[q] || y[p] - y[q]);
  if (order.length === 0) throw new CalibrationError('fitIsotonic: every weight is 0; at least one row must count');

  const ux: number[] = [];
  const uy: number[] = [];
  const uw: number[] = [];
  let cx = scores[order[0]];
  let cy = 0;
  let cw = 0;
  for (const j of order) {
    if (scores[j] - cx >= RESOLUTION) {
      ux.push(cx);
      uy.push(cy / cw);
      uw.push(cw);
      cx = scores[j];
      cw = weight(j);
      cy = y[j] * weight(j);
    } else {
      cw += weight(j);
      cy += y[j] * weight(j);
    }
  }
  ux.push(cx);
  uy.push(cy / cw);
  uw.push(cw);

  const fitted = Float64Array.from(uy);
  poolAdjacentViolators(fitted, Float64Array.from(uw));
  // Keep the ends and every point where the fitted value changes; interior points of a flat run add nothing.
  const x: number[] = [];
  const out: number[] = [];
  for (let i = 0; i < fitted.length; i++) {
    const interior = i > 0 && i < fitted.length - 1;
    if (interior && fitted[i] === fitted[i - 1] && fitted[i] === fitted[i + 1]) continue;
    x.push(ux[i]);
    out.push(fitted[i]);
  }
  return { kind: 'isotonic', x, y: out };
}

/** Calibrated values: linear interpolation between thresholds, clipped to the fitted score range. */
export function applyIsotonic(state: IsotonicState, scores: ArrayLike<number>): Float64Array {
  checkScores('applyIsotonic', 'scores', scores);
  const { x, y } = state;
  const m = x.length;
  return Float64Array.from(scores as ArrayLike<number>, (s) => {
    if (m === 1) return y[0];
    const v = Math.min(Math.max(s, x[0]), x[m - 1]);
    // First threshold ≥ v (np.searchsorted, side left), kept inside 1..m-1 as scipy's interp1d.
    let lo = 0;
    let hi = m;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (x[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    const k = Math.min(Math.max(lo, 1), m - 1);
    const slope = (y[k] - y[k - 1]) / (x[k] - x[k - 1]);
    return slope * (v - x[k - 1]) + y[k - 1];
  });
}
