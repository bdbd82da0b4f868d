// Platt scaling: P(y = 1 | s) = 1 / (1 + exp(A·s + B)), fitted on held-out scores as scikit-learn's
// _sigmoid_calibration does (Platt's smoothed targets, same start point), by Newton's method.
import { CalibrationError, checkFitInput, checkScores } from './input.ts';
import type { PlattState } from './state.ts';

/** log(1 + exp(z)) without overflow. */
const softplus = (z: number): number => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));

/**
 * Fit A, B by minimising the cross-entropy against Platt's targets (n₊ + 1)/(n₊ + 2) for positives
 * and 1/(n₋ + 2) for negatives, which keep A, B finite even on separable data. Newton steps with
 * backtracking (Lin, Lin & Weng 2007) reach the optimum sklearn's BFGS approximates.
 */
export function fitPlatt(scores: ArrayLike<number>, y: ArrayLike<number>): PlattState {
  checkFitInput('fitPlatt', scores, y, true);
  const n = scores.length;
  let prior1 = 0;
  for (let i = 0; i < n; i++) prior1 += y[i];
  const prior0 = n - prior1;
  const hi = (prior1 + 1) / (prior1 + 2);
  const lo = 1 / (prior0 + 2);
  const t = Float64Array.from(y as ArrayLike<number>, (v) => (v === 1 ? hi : lo));

  // Loss at (A, B): Σ t·z + log(1 + exp(−z)) with z = A·s + B, i.e. −Σ t log p + (1 − t) log(1 − p).
  const loss = (a: number, b: number): number => {
    let total = 0;
    for (let i = 0; i < n; i++) {
      const z = a * scores[i] + b;
      total += t[i] * z + softplus(-z);
    }
    return total;
  };

  let a = 0;
  let b = Math.log((prior0 + 1) / (prior1 + 1));
  let value = loss(a, b);
  for (let iter = 0; iter < 200; iter++) {
    let g1 = 0;
    let g2 = 0;
    let h11 = 1e-12; // Platt's tiny ridge keeps the Hessian invertible when all scores are equal
    let h22 = 1e-12;
    let h21 = 0;
    for (let i = 0; i < n; i++) {
      const s = scores[i];
      const p = 1 / (1 + Math.exp(a * s + b)); // P(y = 1)
      const d2 = p * (1 - p);
      h11 += s * s * d2;
      h22 += d2;
      h21 += s * d2;
      const d1 = t[i] - p;
      g1 += s * d1;
      g2 += d1;
    }
    if (Math.abs(g1) < 1e-12 * n && Math.abs(g2) < 1e-12 * n) break;
    const det = h11 * h22 - h21 * h21;
    const dA = -(h22 * g1 - h21 * g2) / det;
    const dB = -(-h21 * g1 + h11 * g2) / det;
    const slope = g1 * dA + g2 * dB;
    let step = 1;
    let accepted = false;
    while (step >= 1e-10) {
      const next = loss(a + step * dA, b + step * dB);
      if (next <= value + 1e-4 * step * slope) {
        a += step * dA;
        b += step * dB;
        accepted = next < value;
        value = next;
        break;
      }
      step /= 2;
    }
    if (!accepted) break; // no further decrease is representable: at the optimum to machine precision
  }
  if (!Number.isFinite(a) || !Number.isFinite(b)) {
    throw new CalibrationError('fitPlatt: the fit diverged; check that the scores are on a sensible scale');
  }
  return { kind: 'platt', a, b };
}

/** Calibrated P(y = 1) for each score. */
export function applyPlatt(state: PlattState, scores: ArrayLike<number>): Float64Array {
  checkScores('applyPlatt', 'scores', scores);
  return Float64Array.from(scores as ArrayLike<number>, (s) => 1 / (1 + Math.exp(state.a * s + state.b)));
}
