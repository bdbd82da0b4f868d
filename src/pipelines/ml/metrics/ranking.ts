// Score-ranking metrics for binary and one-vs-rest classification, as scikit-learn 1.2 computes
// them: ROC curve and AUC, precision–recall curve and step-wise average precision.
import {
  MetricInputError,
  MetricUndefinedError,
  checkBinaryScores,
  checkFinite,
  checkLabels,
  probaClasses,
} from './input.ts';

type Labels = ArrayLike<number>;
type Scores = ArrayLike<number>;

interface ClfCurve {
  fps: Float64Array;
  tps: Float64Array;
  thresholds: Float64Array;
}

/** sklearn _binary_clf_curve: cumulative counts at each distinct score, highest score first. */
function binaryClfCurve(yTrue: Labels, score: Scores): ClfCurve {
  const n = yTrue.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => score[b] - score[a]);
  const fps: number[] = [];
  const tps: number[] = [];
  const thresholds: number[] = [];
  let tp = 0;
  for (let i = 0; i < n; i++) {
    tp += yTrue[order[i]];
    const last = i === n - 1 || score[order[i + 1]] !== score[order[i]];
    if (!last) continue;
    tps.push(tp);
    fps.push(i + 1 - tp);
    thresholds.push(score[order[i]]);
  }
  return { fps: Float64Array.from(fps), tps: Float64Array.from(tps), thresholds: Float64Array.from(thresholds) };
}

export interface RocCurve {
  fpr: Float64Array;
  tpr: Float64Array;
  /** Decreasing; the first is max(score) + 1 (sklearn 1.2), so the curve starts at (0, 0). */
  thresholds: Float64Array;
}

/** sklearn roc_curve with drop_intermediate=True; NaN rates where a class is absent (as sklearn). */
export function rocCurve(yTrue: Labels, score: Scores): RocCurve {
  checkBinaryScores('roc_curve', yTrue, score);
  const { fps, tps, thresholds } = binaryClfCurve(yTrue, score);
  const m = fps.length;
  // Keep the ends and every point where the curve changes direction.
  const keep: number[] = [];
  for (let i = 0; i < m; i++) {
    if (i === 0 || i === m - 1) keep.push(i);
    else if (fps[i - 1] - 2 * fps[i] + fps[i + 1] !== 0 || tps[i - 1] - 2 * tps[i] + tps[i + 1] !== 0) keep.push(i);
  }
  const size = keep.length + 1;
  const fpr = new Float64Array(size);
  const tpr = new Float64Array(size);
  const th = new Float64Array(size);
  const fpMax = fps[m - 1];
  const tpMax = tps[m - 1];
  th[0] = thresholds[0] + 1;
  keep.forEach((idx, j) => {
    fpr[j + 1] = fpMax > 0 ? fps[idx] / fpMax : NaN;
    tpr[j + 1] = tpMax > 0 ? tps[idx] / tpMax : NaN;
    th[j + 1] = thresholds[idx];
  });
  if (fpMax <= 0) fpr[0] = NaN;
  if (tpMax <= 0) tpr[0] = NaN;
  return { fpr, tpr, thresholds: th };
}

export interface PrecisionRecallCurve {
  /** One longer than thresholds; ends with precision 1. */
  precision: Float64Array;
  /** One longer than thresholds; decreasing, ends with recall 0. */
  recall: Float64Array;
  /** Increasing distinct scores. */
  thresholds: Float64Array;
}

/** sklearn 1.2 precision_recall_curve (recall is 1 everywhere when yTrue has no positives). */
export function precisionRecallCurve(yTrue: Labels, score: Scores): PrecisionRecallCurve {
  checkBinaryScores('precision_recall_curve', yTrue, score);
  const { fps, tps, thresholds } = binaryClfCurve(yTrue, score);
  const m = tps.length;
  const tpMax = tps[m - 1];
  const precision = new Float64Array(m + 1);
  const recall = new Float64Array(m + 1);
  const th = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const src = m - 1 - i;
    const predicted = tps[src] + fps[src];
    precision[i] = predicted === 0 ? 0 : tps[src] / predicted;
    recall[i] = tpMax === 0 ? 1 : tps[src] / tpMax;
    th[i] = thresholds[src];
  }
  precision[m] = 1;
  recall[m] = 0;
  return { precision, recall, thresholds: th };
}

/** Area under the ROC curve (trapezoid over rocCurve, as sklearn's roc_auc_score). */
export function rocAuc(yTrue: Labels, score: Scores): number {
  checkBinaryScores('roc_auc', yTrue, score);
  let positives = 0;
  for (let i = 0; i < yTrue.length; i++) positives += yTrue[i];
  if (positives === 0 || positives === yTrue.length) {
    throw new MetricUndefinedError(
      'roc_auc: yTrue holds only one class, so ROC AUC is not defined; evaluate on data with both classes',
    );
  }
  const { fpr, tpr } = rocCurve(yTrue, score);
  let area = 0;
  for (let i = 1; i < fpr.length; i++) area += ((fpr[i] - fpr[i - 1]) * (tpr[i] + tpr[i - 1])) / 2;
  return area;
}

/**
 * sklearn average_precision_score: Σ (R_n − R_{n−1}) P_n, a step-wise sum without interpolation
 * (not the trapezoid). 0 when yTrue has no positives, as sklearn 1.2.
 */
export function averagePrecision(yTrue: Labels, score: Scores): number {
  const { precision, recall } = precisionRecallCurve(yTrue, score);
  let ap = 0;
  for (let i = 0; i < recall.length - 1; i++) ap -= (recall[i + 1] - recall[i]) * precision[i];
  return ap === 0 ? 0 : ap;
}

/**
 * sklearn roc_auc_score(multi_class='ovr', average='macro') from an n×k row-major probability
 * matrix: the mean over classes of each class-vs-rest ROC AUC. Rows must sum to 1, and every
 * class must occur in yTrue.
 */
export function rocAucOvr(yTrue: Labels, proba: Scores, classes?: number): number {
  const n = yTrue.length;
  const k = probaClasses('roc_auc_ovr', n, proba, classes);
  checkLabels('roc_auc_ovr', 'yTrue', yTrue, k);
  checkFinite('roc_auc_ovr', 'proba', proba);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < k; j++) s += proba[i * k + j];
    if (!(Math.abs(1 - s) <= 1e-8 + 1e-5 * Math.abs(s))) {
      throw new MetricInputError(
        `roc_auc_ovr: proba row ${i} sums to ${s}; pass class probabilities (each row summing to 1)`,
      );
    }
  }
  const seen = new Uint8Array(k);
  for (let i = 0; i < n; i++) seen[yTrue[i]] = 1;
  const missing = [...seen.keys()].filter((j) => !seen[j]);
  if (missing.length > 0) {
    throw new MetricUndefinedError(
      `roc_auc_ovr: class ${missing.join(', ')} never occurs in yTrue, so its one-vs-rest AUC is not defined; ` +
        'evaluate on data holding every class',
    );
  }
  const y = new Float64Array(n);
  const s = new Float64Array(n);
  let total = 0;
  for (let j = 0; j < k; j++) {
    for (let i = 0; i < n; i++) {
      y[i] = yTrue[i] === j ? 1 : 0;
      s[i] = proba[i * k + j];
    }
    total += rocAuc(y, s);
  }
  return total / k;
}
