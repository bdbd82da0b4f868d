// Label-based classification metrics with scikit-learn's definitions: confusion matrix, accuracy,
// precision/recall/F1 (binary, macro, weighted), Matthews correlation, rates at a threshold.
// Labels are integers 0..k-1; binary metrics take class 1 as positive. Zero divisions give 0,
// as sklearn's default zero_division does.
import { MetricInputError, checkBinaryScores, checkClassification, checkFinite, labelCount } from './input.ts';

type Labels = ArrayLike<number>;

/** Per-class counts: enough for every averaged metric and MCC, in O(k) memory whatever k is. */
interface ClassCounts {
  k: number;
  /** Rows of each true class. */
  support: Float64Array;
  /** Rows predicted as each class. */
  predicted: Float64Array;
  /** Rows of each class predicted correctly. */
  hits: Float64Array;
}

function classCounts(metric: string, yTrue: Labels, yPred: Labels, k: number): ClassCounts {
  checkClassification(metric, yTrue, yPred, k);
  const support = new Float64Array(k);
  const predicted = new Float64Array(k);
  const hits = new Float64Array(k);
  for (let i = 0; i < yTrue.length; i++) {
    support[yTrue[i]]++;
    predicted[yPred[i]]++;
    if (yTrue[i] === yPred[i]) hits[yTrue[i]]++;
  }
  return { k, support, predicted, hits };
}

/** Beyond this many classes a k×k matrix is not a useful picture (and would not fit in memory). */
const MAX_MATRIX_CLASSES = 4096;

/** sklearn confusion_matrix: rows are true classes, columns predicted classes. */
export function confusionMatrix(yTrue: Labels, yPred: Labels, classes?: number): number[][] {
  const k = classes ?? labelCount(yTrue, yPred);
  checkClassification('confusion_matrix', yTrue, yPred, k);
  if (k > MAX_MATRIX_CLASSES) {
    throw new MetricInputError(
      `confusion_matrix: ${k} classes is more than ${MAX_MATRIX_CLASSES}; check that the labels are class ` +
        'codes 0..k-1, not ids or values',
    );
  }
  const m = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < yTrue.length; i++) m[yTrue[i]][yPred[i]]++;
  return m;
}

export function accuracy(yTrue: Labels, yPred: Labels, classes?: number): number {
  const k = classes ?? labelCount(yTrue, yPred);
  checkClassification('accuracy', yTrue, yPred, k);
  let hit = 0;
  for (let i = 0; i < yTrue.length; i++) if (yTrue[i] === yPred[i]) hit++;
  return hit / yTrue.length;
}

const ratio = (num: number, den: number): number => (den === 0 ? 0 : num / den);
const harmonic = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export interface PrecisionRecallF1 {
  precision: number;
  recall: number;
  f1: number;
}

/** Binary precision, recall and F1 with class 1 as the positive label. */
export function binaryPrecisionRecallF1(yTrue: Labels, yPred: Labels): PrecisionRecallF1 {
  const { support, predicted, hits } = classCounts('precision_recall_f1', yTrue, yPred, 2);
  const precision = ratio(hits[1], predicted[1]);
  const recall = ratio(hits[1], support[1]);
  return { precision, recall, f1: harmonic(precision, recall) };
}

export const precision = (yTrue: Labels, yPred: Labels): number => binaryPrecisionRecallF1(yTrue, yPred).precision;
export const recall = (yTrue: Labels, yPred: Labels): number => binaryPrecisionRecallF1(yTrue, yPred).recall;
export const f1 = (yTrue: Labels, yPred: Labels): number => binaryPrecisionRecallF1(yTrue, yPred).f1;

/**
 * Macro and support-weighted averages over k classes. Like sklearn with labels=None, only the
 * classes that occur in yTrue or yPred take part, so an unseen class does not drag the mean to 0.
 */
export function averagedPrecisionRecallF1(
  yTrue: Labels,
  yPred: Labels,
  classes: number,
  average: 'macro' | 'weighted',
): PrecisionRecallF1 {
  const { k, support, predicted, hits } = classCounts(`precision_recall_f1_${average}`, yTrue, yPred, classes);
  const out = { precision: 0, recall: 0, f1: 0 };
  let totalWeight = 0;
  for (let j = 0; j < k; j++) {
    if (support[j] === 0 && predicted[j] === 0) continue;
    const p = ratio(hits[j], predicted[j]);
    const r = ratio(hits[j], support[j]);
    const w = average === 'macro' ? 1 : support[j];
    out.precision += w * p;
    out.recall += w * r;
    out.f1 += w * harmonic(p, r);
    totalWeight += w;
  }
  out.precision = ratio(out.precision, totalWeight);
  out.recall = ratio(out.recall, totalWeight);
  out.f1 = ratio(out.f1, totalWeight);
  return out;
}

/** sklearn matthews_corrcoef (multiclass form; equals the binary phi coefficient for k = 2). */
export function mcc(yTrue: Labels, yPred: Labels, classes?: number): number {
  const { k, support, predicted, hits } = classCounts('mcc', yTrue, yPred, classes ?? labelCount(yTrue, yPred));
  const n = yTrue.length;
  let correct = 0;
  let tp = 0; // Σ t_k p_k
  let tt = 0; // Σ t_k²
  let pp = 0; // Σ p_k²
  for (let j = 0; j < k; j++) {
    correct += hits[j];
    tp += support[j] * predicted[j];
    tt += support[j] * support[j];
    pp += predicted[j] * predicted[j];
  }
  const covYtYp = correct * n - tp;
  const covYpYp = n * n - pp;
  const covYtYt = n * n - tt;
  if (covYpYp * covYtYt === 0) return 0;
  return covYtYp / Math.sqrt(covYtYt * covYpYp);
}

export interface ThresholdRates {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
  /** True positive rate (recall); 0 when there are no positives. */
  tpr: number;
  /** False positive rate; 0 when there are no negatives. */
  fpr: number;
}

/** Counts and rates when rows with score >= threshold are predicted positive (roc_curve's rule). */
export function ratesAtThreshold(yTrue: Labels, score: ArrayLike<number>, threshold: number): ThresholdRates {
  checkBinaryScores('rates_at_threshold', yTrue, score);
  if (Number.isNaN(threshold)) throw new MetricInputError('rates_at_threshold: threshold is NaN; pass a number');
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const positive = score[i] >= threshold;
    if (yTrue[i] === 1) positive ? tp++ : fn++;
    else positive ? fp++ : tn++;
  }
  return { tp, fp, tn, fn, tpr: ratio(tp, tp + fn), fpr: ratio(fp, fp + tn) };
}

export const tprAt = (yTrue: Labels, score: ArrayLike<number>, threshold: number): number =>
  ratesAtThreshold(yTrue, score, threshold).tpr;
export const fprAt = (yTrue: Labels, score: ArrayLike<number>, threshold: number): number =>
  ratesAtThreshold(yTrue, score, threshold).fpr;

/**
 * Share of positives among the k highest-scored rows. Ties at the cut are broken by row order
 * (earlier rows first), so the answer is deterministic.
 */
export function precisionAtK(yTrue: Labels, score: ArrayLike<number>, k: number): number {
  checkBinaryScores('precision_at_k', yTrue, score);
  checkFinite('precision_at_k', 'k', [k]);
  if (!Number.isInteger(k) || k < 1 || k > yTrue.length) {
    throw new MetricInputError(`precision_at_k: k is ${k}; pass an integer between 1 and the ${yTrue.length} rows`);
  }
  const order = Array.from({ length: yTrue.length }, (_, i) => i);
  order.sort((a, b) => score[b] - score[a] || a - b);
  let hits = 0;
  for (let i = 0; i < k; i++) hits += yTrue[order[i]];
  return hits / k;
}
