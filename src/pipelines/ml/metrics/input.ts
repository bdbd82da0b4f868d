// Input checks shared by every metric: lengths, emptiness, NaN and label ranges, with messages
// that say which argument is wrong and what to pass instead.

/** Metric inputs the caller must fix (wrong lengths, NaN, labels out of range). */
export class MetricInputError extends Error {
  override name = 'MetricInputError';
}

/** The metric is not defined for this data (e.g. ROC AUC when y_true holds a single class). */
export class MetricUndefinedError extends Error {
  override name = 'MetricUndefinedError';
}

type Numbers = ArrayLike<number>;

export function checkNonEmpty(metric: string, name: string, a: Numbers): void {
  if (a.length === 0) throw new MetricInputError(`${metric}: ${name} is empty; pass at least one row`);
}

export function checkSameLength(metric: string, a: Numbers, b: Numbers, nameA = 'yTrue', nameB = 'yPred'): void {
  checkNonEmpty(metric, nameA, a);
  if (a.length !== b.length) {
    throw new MetricInputError(
      `${metric}: ${nameA} has ${a.length} rows but ${nameB} has ${b.length}; pass one value per row in both`,
    );
  }
}

export function checkFinite(metric: string, name: string, a: Numbers): void {
  for (let i = 0; i < a.length; i++) {
    if (!Number.isFinite(a[i])) {
      throw new MetricInputError(
        `${metric}: ${name}[${i}] is ${a[i]}; drop or impute rows with missing values before scoring`,
      );
    }
  }
}

/** Labels must be the integers 0..k-1 (encode string classes first). */
export function checkLabels(metric: string, name: string, a: Numbers, k: number): void {
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (!Number.isInteger(v) || v < 0 || v >= k) {
      const allowed = k === 2 ? '0 or 1' : `an integer in 0..${k - 1}`;
      throw new MetricInputError(`${metric}: ${name}[${i}] is ${v}; each label must be ${allowed}`);
    }
  }
}

/** Probabilities must lie in [0, 1]. */
export function checkProbabilities(metric: string, name: string, a: Numbers): void {
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (!(v >= 0 && v <= 1)) {
      throw new MetricInputError(`${metric}: ${name}[${i}] is ${v}; probabilities must lie in [0, 1]`);
    }
  }
}

/**
 * Number of classes implied by the labels when the caller gives none: largest finite label + 1
 * (at least 2). Non-finite labels are skipped here and reported by checkLabels.
 */
export function labelCount(...arrays: Numbers[]): number {
  let max = 1;
  for (const a of arrays) {
    for (let i = 0; i < a.length; i++) if (Number.isFinite(a[i]) && a[i] > max) max = a[i];
  }
  return Math.floor(max) + 1;
}

/** More classes than this means the labels are ids or values, not class codes. */
export const MAX_CLASSES = 1_000_000;

/** Pair of label arrays for a classification metric with k classes. */
export function checkClassification(metric: string, yTrue: Numbers, yPred: Numbers, k: number): void {
  checkSameLength(metric, yTrue, yPred);
  if (!Number.isInteger(k) || k < 2 || k > MAX_CLASSES) {
    throw new MetricInputError(
      `${metric}: ${k} classes; pass labels coded 0..k-1 with 2 ≤ k ≤ ${MAX_CLASSES} (encode ids or text first)`,
    );
  }
  checkLabels(metric, 'yTrue', yTrue, k);
  checkLabels(metric, 'yPred', yPred, k);
}

/** Pair of numeric arrays for a regression metric. */
export function checkRegression(metric: string, yTrue: Numbers, yPred: Numbers): void {
  checkSameLength(metric, yTrue, yPred);
  checkFinite(metric, 'yTrue', yTrue);
  checkFinite(metric, 'yPred', yPred);
}

/** Binary labels with a real-valued score per row. */
export function checkBinaryScores(metric: string, yTrue: Numbers, score: Numbers): void {
  checkSameLength(metric, yTrue, score, 'yTrue', 'score');
  checkLabels(metric, 'yTrue', yTrue, 2);
  checkFinite(metric, 'score', score);
}

/** Number of classes of an n×k row-major probability matrix. */
export function probaClasses(metric: string, n: number, proba: Numbers, classes?: number): number {
  if (n === 0) throw new MetricInputError(`${metric}: yTrue is empty; pass at least one row`);
  const k = proba.length / n;
  if (!Number.isInteger(k) || k < 2) {
    throw new MetricInputError(
      `${metric}: proba has ${proba.length} values for ${n} rows; pass an n×k row-major matrix with k ≥ 2 classes`,
    );
  }
  if (classes !== undefined && classes !== k) {
    throw new MetricInputError(`${metric}: proba has ${k} columns but classes is ${classes}; they must agree`);
  }
  return k;
}
