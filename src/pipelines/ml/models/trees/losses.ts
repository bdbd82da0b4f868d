// Boosting losses on raw scores stored class-major (raw[c * n + i]): baseline, gradients/hessians, mean loss.
// Squared error for regression, log loss for binary, softmax cross-entropy for multiclass.
import { exp, log, log1p } from '../../portable-math.ts';

export type LossName = 'squared_error' | 'log_loss' | 'softmax';

/** Number of raw scores per row the loss works on. */
export function lossOutputs(loss: LossName, classes: number): number {
  return loss === 'softmax' ? classes : 1;
}

export function baseline(loss: LossName, y: Float64Array, w: Float64Array | null, k: number): Float64Array {
  const n = y.length;
  let sw = 0;
  if (loss === 'softmax') {
    const counts = new Float64Array(k);
    for (let i = 0; i < n; i++) {
      const wi = w ? w[i] : 1;
      counts[y[i]] += wi;
      sw += wi;
    }
    // Clipped like scikit-learn so an absent class gets a finite, very low score.
    return counts.map((c) => log(Math.min(Math.max(c / sw, 1e-15), 1 - 1e-15)));
  }
  let s = 0;
  for (let i = 0; i < n; i++) {
    const wi = w ? w[i] : 1;
    s += wi * y[i];
    sw += wi;
  }
  const mean = s / sw;
  if (loss === 'squared_error') return Float64Array.of(mean);
  const pr = Math.min(Math.max(mean, 1e-15), 1 - 1e-15);
  return Float64Array.of(log(pr / (1 - pr)));
}

export function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + exp(-x)) : exp(x) / (1 + exp(x));
}

/** log(1 + e^x) without overflow. */
function softplus(x: number): number {
  return x > 0 ? x + log1p(exp(-x)) : log1p(exp(x));
}

/**
 * Fills g and h (class-major, like raw) for the current raw scores and returns the weighted mean loss of
 * those scores, sharing the exponentials the gradients need.
 */
export function gradients(loss: LossName, raw: Float64Array, y: Float64Array, w: Float64Array | null, k: number, g: Float64Array, h: Float64Array): number {
  const n = y.length;
  let total = 0;
  let sw = 0;
  if (loss === 'squared_error') {
    for (let i = 0; i < n; i++) {
      const wi = w ? w[i] : 1;
      const d = raw[i] - y[i];
      g[i] = wi * d;
      h[i] = wi;
      total += wi * d * d;
      sw += wi;
    }
  } else if (loss === 'log_loss') {
    for (let i = 0; i < n; i++) {
      const wi = w ? w[i] : 1;
      const r = raw[i];
      const e = exp(-Math.abs(r));
      const pr = r >= 0 ? 1 / (1 + e) : e / (1 + e);
      g[i] = wi * (pr - y[i]);
      h[i] = wi * pr * (1 - pr);
      // The loss is only reported (early stopping reads the validation loss, computed portably), so the
      // engine's log1p is fine here: half the cost of the portable one, and the model's bits don't depend on it.
      total += wi * ((r > 0 ? r : 0) + Math.log1p(e) - y[i] * r);
      sw += wi;
    }
  } else {
    for (let i = 0; i < n; i++) {
      let m = -Infinity;
      for (let c = 0; c < k; c++) m = Math.max(m, raw[c * n + i]);
      let s = 0;
      for (let c = 0; c < k; c++) s += exp(raw[c * n + i] - m);
      const wi = w ? w[i] : 1;
      for (let c = 0; c < k; c++) {
        const pr = exp(raw[c * n + i] - m) / s;
        g[c * n + i] = wi * (pr - (y[i] === c ? 1 : 0));
        h[c * n + i] = wi * pr * (1 - pr);
      }
      total += wi * (m + log(s) - raw[y[i] * n + i]);
      sw += wi;
    }
  }
  return total / sw;
}

/** Weighted mean loss: MSE, binary log loss, or multiclass cross-entropy. */
export function meanLoss(loss: LossName, raw: Float64Array, y: Float64Array, w: Float64Array | null, k: number): number {
  const n = y.length;
  let s = 0;
  let sw = 0;
  for (let i = 0; i < n; i++) {
    const wi = w ? w[i] : 1;
    let l: number;
    if (loss === 'squared_error') l = (raw[i] - y[i]) ** 2;
    else if (loss === 'log_loss') l = softplus(raw[i]) - y[i] * raw[i];
    else {
      let m = -Infinity;
      for (let c = 0; c < k; c++) m = Math.max(m, raw[c * n + i]);
      let e = 0;
      for (let c = 0; c < k; c++) e += exp(raw[c * n + i] - m);
      l = m + log(e) - raw[y[i] * n + i];
    }
    s += wi * l;
    sw += wi;
  }
  return s / sw;
}

/** Row-major probabilities (n × k) from row-major raw scores (n × outputs). */
export function probabilities(loss: LossName, raw: Float64Array, n: number, k: number): Float64Array {
  const out = new Float64Array(n * k);
  if (loss === 'log_loss') {
    for (let i = 0; i < n; i++) {
      const pr = sigmoid(raw[i]);
      out[2 * i] = 1 - pr;
      out[2 * i + 1] = pr;
    }
    return out;
  }
  for (let i = 0; i < n; i++) {
    let m = -Infinity;
    for (let c = 0; c < k; c++) m = Math.max(m, raw[i * k + c]);
    let s = 0;
    for (let c = 0; c < k; c++) s += out[i * k + c] = exp(raw[i * k + c] - m);
    for (let c = 0; c < k; c++) out[i * k + c] /= s;
  }
  return out;
}
