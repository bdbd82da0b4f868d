// Input checks for the tfjs-family models: shapes, missing values, targets that fit the task. Each error says where and what to do.

import { ModelInputError, type FitData, type FitOptions, type Task } from '../model.ts';

/** Validates training data and options; returns the number of classes (0 for regression). */
export function checkFitInput(model: string, task: Task, data: FitData, opts: FitOptions): number {
  const { X, y, n, p } = data;
  if (!Number.isInteger(n) || !Number.isInteger(p) || n < 1 || p < 1) {
    throw new ModelInputError(`${model}: needs n ≥ 1 rows and p ≥ 1 features (got n=${n}, p=${p})`);
  }
  if (!(X instanceof Float64Array)) throw new ModelInputError(`${model}: X must be a Float64Array (row-major n × p)`);
  if (X.length !== n * p) throw new ModelInputError(`${model}: X has ${X.length} values; expected n × p = ${n} × ${p}`);
  checkFiniteX(model, 'X', X, p);
  if (y.length !== n) throw new ModelInputError(`${model}: y has ${y.length} values; expected one per row (${n})`);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(y[i])) throw new ModelInputError(`${model}: target y[${i}] is ${y[i]}; drop or impute rows with a missing target`);
  }
  if (opts.sampleWeight) {
    const w = opts.sampleWeight;
    if (w.length !== n) throw new ModelInputError(`${model}: sampleWeight has ${w.length} values; expected one per row (${n})`);
    let total = 0;
    for (let i = 0; i < n; i++) {
      if (!(w[i] >= 0) || !Number.isFinite(w[i])) throw new ModelInputError(`${model}: sampleWeight[${i}] is ${w[i]}; weights must be finite and ≥ 0`);
      total += w[i];
    }
    if (total <= 0) throw new ModelInputError(`${model}: all sample weights are 0`);
  }
  if (opts.valid) {
    const v = opts.valid;
    if (v.X.length !== v.y.length * p) throw new ModelInputError(`${model}: validation X has ${v.X.length} values; expected ${v.y.length} rows × ${p} features`);
    checkFiniteX(model, 'validation X', v.X, p);
    for (let i = 0; i < v.y.length; i++) {
      if (!Number.isFinite(v.y[i])) throw new ModelInputError(`${model}: validation y[${i}] is ${v.y[i]}`);
    }
  }
  if (task === 'regression') return 0;
  if (task === 'clustering') throw new ModelInputError(`${model}: clustering is not a supervised task; use a clustering model`);
  const k = data.classes ?? (task === 'binary' ? 2 : Math.floor(maxLabel(y)) + 1);
  if (task === 'binary' && k !== 2) throw new ModelInputError(`${model}: a binary task needs classes = 2, got ${k}`);
  if (!Number.isInteger(k) || k < 2) throw new ModelInputError(`${model}: classes must be an integer ≥ 2, got ${k}`);
  checkLabels(model, 'y', y, k);
  if (y.every((c) => c === y[0])) {
    throw new ModelInputError(`${model}: the training target has only one class (${y[0]}); classification needs at least two`);
  }
  if (opts.valid) checkLabels(model, 'validation y', opts.valid.y, k);
  return k;
}

/** Prediction input: length and missing values. */
export function checkPredictX(model: string, X: Float64Array, n: number, p: number): void {
  if (X.length !== n * p) throw new ModelInputError(`${model}: X has ${X.length} values; expected n × p = ${n} × ${p} (the model was trained on ${p} features)`);
  checkFiniteX(model, 'X', X, p);
}

function checkFiniteX(model: string, name: string, X: Float64Array, p: number): void {
  for (let i = 0; i < X.length; i++) {
    if (!Number.isFinite(X[i])) {
      throw new ModelInputError(
        `${model}: ${name}[row ${Math.floor(i / p)}, column ${i % p}] is ${X[i]}; impute or drop missing values before training or scoring`,
      );
    }
  }
}

function checkLabels(model: string, name: string, y: Float64Array, k: number): void {
  for (let i = 0; i < y.length; i++) {
    const c = y[i];
    if (!Number.isInteger(c) || c < 0 || c >= k) {
      throw new ModelInputError(`${model}: ${name}[${i}] = ${c} is not a class index in 0..${k - 1}; encode labels as 0..k-1`);
    }
  }
}

function maxLabel(y: Float64Array): number {
  let m = 0;
  for (let i = 0; i < y.length; i++) if (y[i] > m) m = y[i];
  return m;
}
