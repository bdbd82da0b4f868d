// Permutation importance for any Model: how much a score (higher is better) drops when one feature's column
// is shuffled, repeated with seeded shuffles; like scikit-learn's permutation_importance.

import { ModelInputError, type Model } from '../models/model.ts';
import { Random } from '../random.ts';

/** Scores a model on data; higher is better (negate errors). */
export type Scorer = (model: Model, X: Float64Array, y: Float64Array, n: number) => number;

export const accuracyScorer: Scorer = (model, X, y, n) => {
  const pred = model.predict(X, n);
  let ok = 0;
  for (let i = 0; i < n; i++) if (pred[i] === y[i]) ok++;
  return ok / n;
};

export const negMeanSquaredErrorScorer: Scorer = (model, X, y, n) => {
  const pred = model.predict(X, n);
  let s = 0;
  for (let i = 0; i < n; i++) s += (pred[i] - y[i]) ** 2;
  return -s / n;
};

export interface PermutationImportance {
  baselineScore: number;
  /** Mean drop in score per feature (length p). */
  importancesMean: Float64Array;
  /** Population standard deviation of the drops (length p). */
  importancesStd: Float64Array;
  /** Every drop, row-major p × nRepeats. */
  importances: Float64Array;
}

export interface PermutationOptions {
  scoring: Scorer;
  seed: number;
  nRepeats?: number;
  /** Only these feature indices (others get 0). */
  features?: number[];
}

export function permutationImportance(
  model: Model,
  data: { X: Float64Array; y: Float64Array; n: number; p: number },
  opts: PermutationOptions,
): PermutationImportance {
  const { X, y, n, p } = data;
  const repeats = opts.nRepeats ?? 5;
  if (!Number.isInteger(repeats) || repeats < 1) throw new ModelInputError(`permutation importance: nRepeats must be an integer ≥ 1, got ${repeats}`);
  if (X.length !== n * p || y.length !== n) throw new ModelInputError(`permutation importance: X must hold n × p = ${n} × ${p} values and y n values`);
  const features = opts.features ?? Array.from({ length: p }, (_, j) => j);
  for (const j of features) if (!(Number.isInteger(j) && j >= 0 && j < p)) throw new ModelInputError(`permutation importance: feature index ${j} is outside 0..${p - 1}`);
  const baselineScore = opts.scoring(model, X, y, n);
  const importances = new Float64Array(p * repeats);
  const work = Float64Array.from(X);
  const order = new Int32Array(n);
  const rng = new Random(opts.seed);
  for (const j of features) {
    // One stream per feature: a feature's shuffles don't depend on which other features are included.
    const fr = rng.fork(j);
    for (let r = 0; r < repeats; r++) {
      for (let i = 0; i < n; i++) order[i] = i;
      fr.shuffle(order);
      for (let i = 0; i < n; i++) work[i * p + j] = X[order[i] * p + j];
      importances[j * repeats + r] = baselineScore - opts.scoring(model, work, y, n);
    }
    for (let i = 0; i < n; i++) work[i * p + j] = X[i * p + j];
  }
  const importancesMean = new Float64Array(p);
  const importancesStd = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    let s = 0;
    for (let r = 0; r < repeats; r++) s += importances[j * repeats + r];
    const m = s / repeats;
    let v = 0;
    for (let r = 0; r < repeats; r++) v += (importances[j * repeats + r] - m) ** 2;
    importancesMean[j] = m;
    importancesStd[j] = Math.sqrt(v / repeats);
  }
  return { baselineScore, importancesMean, importancesStd, importances };
}
