// Metrics on predicted probabilities, as scikit-learn 1.2 defines them: log loss (clipped at
// float64 eps, rows renormalised), Brier score, and the uniform-bin calibration curve.
import {
  MetricInputError,
  checkBinaryScores,
  checkFinite,
  checkLabels,
  checkProbabilities,
  probaClasses,
} from './input.ts';

type Labels = ArrayLike<number>;
type Scores = ArrayLike<number>;

/** np.finfo(np.float64).eps: sklearn 1.2's eps="auto" for float64 predictions. */
const EPS = 2.220446049250313e-16;

const clip = (p: number): number => Math.min(Math.max(p, EPS), 1 - EPS);

/** Binary log loss from P(class 1): sklearn log_loss(y, p, labels=[0, 1]). */
export function logLoss(yTrue: Labels, score: Scores): number {
  checkBinaryScores('log_loss', yTrue, score);
  let total = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const p1 = clip(score[i]);
    const p0 = 1 - p1;
    total -= Math.log((yTrue[i] === 1 ? p1 : p0) / (p0 + p1));
  }
  return total / yTrue.length;
}

/** Multiclass log loss from an n×k row-major probability matrix: sklearn log_loss(labels=0..k-1). */
export function logLossMulticlass(yTrue: Labels, proba: Scores, classes?: number): number {
  const n = yTrue.length;
  const k = probaClasses('log_loss', n, proba, classes);
  checkLabels('log_loss', 'yTrue', yTrue, k);
  checkFinite('log_loss', 'proba', proba);
  let total = 0;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < k; j++) sum += clip(proba[i * k + j]);
    total -= Math.log(clip(proba[i * k + yTrue[i]]) / sum);
  }
  return total / n;
}

/** sklearn brier_score_loss with class 1 positive: mean squared error of P(class 1). */
export function brier(yTrue: Labels, score: Scores): number {
  checkBinaryScores('brier', yTrue, score);
  checkProbabilities('brier', 'score', score);
  let total = 0;
  for (let i = 0; i < yTrue.length; i++) total += (yTrue[i] - score[i]) ** 2;
  return total / yTrue.length;
}

export interface CalibrationCurve {
  /** Fraction of positives in each non-empty bin. */
  probTrue: Float64Array;
  /** Mean predicted probability in each non-empty bin. */
  probPred: Float64Array;
  /** Rows in each non-empty bin (sklearn does not return it; plots need it for bar widths). */
  counts: Int32Array;
}

/**
 * sklearn calibration_curve(strategy='uniform'): nBins equal-width bins on [0, 1], empty bins
 * dropped. A probability equal to an inner edge goes to the lower bin (np.searchsorted, side left).
 */
export function calibrationCurve(yTrue: Labels, score: Scores, nBins = 5): CalibrationCurve {
  checkBinaryScores('calibration_curve', yTrue, score);
  checkProbabilities('calibration_curve', 'score', score);
  if (!Number.isInteger(nBins) || nBins < 1) {
    throw new MetricInputError(`calibration_curve: nBins is ${nBins}; pass a positive integer`);
  }
  // Edges as np.linspace computes them (i * step), so values on an edge land where sklearn puts them.
  const step = 1 / nBins;
  const sums = new Float64Array(nBins);
  const trues = new Float64Array(nBins);
  const totals = new Int32Array(nBins);
  for (let i = 0; i < yTrue.length; i++) {
    const p = score[i];
    let bin = 0;
    while (bin < nBins - 1 && (bin + 1) * step < p) bin++;
    sums[bin] += p;
    trues[bin] += yTrue[i];
    totals[bin]++;
  }
  const probTrue: number[] = [];
  const probPred: number[] = [];
  const kept: number[] = [];
  for (let b = 0; b < nBins; b++) {
    if (totals[b] === 0) continue;
    probTrue.push(trues[b] / totals[b]);
    probPred.push(sums[b] / totals[b]);
    kept.push(totals[b]);
  }
  return { probTrue: Float64Array.from(probTrue), probPred: Float64Array.from(probPred), counts: Int32Array.from(kept) };
}
