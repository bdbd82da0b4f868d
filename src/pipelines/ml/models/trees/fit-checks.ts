// Input checks shared by our typed-array models: shapes, targets, weights. Errors say what is wrong and what to do.

import { yieldToEventLoop } from '../../../engine/yield.ts';
import { FitCancelled, ModelInputError, type FitData, type FitOptions, type Task } from '../model.ts';

/** Number of classes for classification tasks (validated), or 0 for regression and clustering. */
export function checkFitData(model: string, task: Task, data: FitData, opts: FitOptions, minRows = 1): number {
  const { X, y, n, p } = data;
  if (!Number.isInteger(n) || !Number.isInteger(p) || n < 0 || p < 1) {
    throw new ModelInputError(`${model}: n and p must be non-negative integers with p ≥ 1 (got n=${n}, p=${p})`);
  }
  if (X.length !== n * p) throw new ModelInputError(`${model}: X has ${X.length} values; expected n × p = ${n} × ${p}`);
  if (n < minRows) {
    throw new ModelInputError(`${model}: needs at least ${minRows} training rows, got ${n}; add data or lower the minimum-samples settings`);
  }
  if (opts.sampleWeight) {
    const w = opts.sampleWeight;
    if (w.length !== n) throw new ModelInputError(`${model}: sampleWeight has ${w.length} values; expected one per row (${n})`);
    for (let i = 0; i < n; i++) {
      if (!(w[i] >= 0) || !Number.isFinite(w[i])) {
        throw new ModelInputError(`${model}: sampleWeight[${i}] is ${w[i]}; weights must be finite and ≥ 0`);
      }
    }
  }
  if (task === 'clustering') return 0;
  if (y.length !== n) throw new ModelInputError(`${model}: y has ${y.length} values; expected one per row (${n})`);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(y[i])) {
      throw new ModelInputError(`${model}: target y[${i}] is ${y[i]}; drop or impute rows with a missing target before training`);
    }
  }
  if (opts.valid) {
    const v = opts.valid;
    if (v.X.length !== v.y.length * p) {
      throw new ModelInputError(`${model}: validation X has ${v.X.length} values; expected ${v.y.length} rows × ${p} features`);
    }
    for (let i = 0; i < v.y.length; i++) {
      if (!Number.isFinite(v.y[i])) throw new ModelInputError(`${model}: validation target y[${i}] is ${v.y[i]}; drop rows with a missing target`);
    }
  }
  if (task === 'regression') return 0;
  const k = data.classes ?? (task === 'binary' ? 2 : maxLabel(y) + 1);
  if (task === 'binary' && k !== 2) throw new ModelInputError(`${model}: a binary task needs classes = 2, got ${k}`);
  const seen = new Uint8Array(k);
  for (let i = 0; i < n; i++) {
    const c = y[i];
    if (!Number.isInteger(c) || c < 0 || c >= k) {
      throw new ModelInputError(`${model}: y[${i}] = ${c} is not a class index in 0..${k - 1}; encode labels as 0..k-1`);
    }
    seen[c] = 1;
  }
  let present = 0;
  for (let c = 0; c < k; c++) present += seen[c];
  if (present < 2) {
    throw new ModelInputError(`${model}: the training target has only one class (${y[0]}); classification needs at least two`);
  }
  if (opts.valid) {
    for (let i = 0; i < opts.valid.y.length; i++) {
      const c = opts.valid.y[i];
      if (!Number.isInteger(c) || c < 0 || c >= k) throw new ModelInputError(`${model}: validation y[${i}] = ${c} is not a class index in 0..${k - 1}`);
    }
  }
  return k;
}

function maxLabel(y: Float64Array): number {
  let m = 0;
  for (let i = 0; i < y.length; i++) if (y[i] > m) m = y[i];
  return m;
}

export function checkPredictInput(model: string, X: Float64Array, n: number, p: number): void {
  if (p < 1) throw new ModelInputError(`${model}: the model is not fitted yet; call fit first`);
  if (X.length !== n * p) throw new ModelInputError(`${model}: X has ${X.length} values; expected n × p = ${n} × ${p}`);
}

/** Rejects NaN features for models that do not learn a missing-value direction. */
export function checkNoMissing(model: string, X: Float64Array, p: number): void {
  for (let i = 0; i < X.length; i++) {
    if (X[i] !== X[i]) {
      throw new ModelInputError(
        `${model}: X has a missing value at row ${Math.floor(i / p)}, feature ${i % p}; impute it first or use hist_gradient_boosting, which handles NaN`,
      );
    }
  }
}

export type ClassWeight = 'balanced' | Record<number, number> | null | undefined;

/** Per-row weights combining sampleWeight and class_weight; null when every weight is 1. */
export function rowWeights(y: Float64Array, n: number, k: number, sampleWeight?: Float64Array, classWeight?: ClassWeight): Float64Array | null {
  if (!classWeight && !sampleWeight) return null;
  const w = sampleWeight ? Float64Array.from(sampleWeight) : new Float64Array(n).fill(1);
  if (!classWeight) return w;
  const cw = new Float64Array(k).fill(1);
  if (classWeight === 'balanced') {
    const counts = new Float64Array(k);
    for (let i = 0; i < n; i++) counts[y[i]]++;
    let present = 0;
    for (let c = 0; c < k; c++) if (counts[c] > 0) present++;
    for (let c = 0; c < k; c++) cw[c] = counts[c] > 0 ? n / (present * counts[c]) : 1;
  } else {
    for (const [key, v] of Object.entries(classWeight)) {
      const c = Number(key);
      if (!Number.isInteger(c) || c < 0 || c >= k || !(v >= 0)) {
        throw new ModelInputError(`class_weight: entry ${key}: ${v} must map a class index 0..${k - 1} to a weight ≥ 0`);
      }
      cw[c] = v;
    }
  }
  for (let i = 0; i < n; i++) w[i] *= cw[y[i]];
  return w;
}

/** Throws FitCancelled when the caller aborted. */
export function checkCancelled(opts: FitOptions): void {
  if (opts.signal?.aborted) throw new FitCancelled();
}

let lastYield = 0;

/** Lets the event loop run (so an abort message can land) at most every ~30 ms of training. */
export async function breathe(): Promise<void> {
  const now = Date.now();
  if (now - lastYield < 30) return;
  lastYield = now;
  await yieldToEventLoop();
}

export function positiveInt(model: string, name: string, v: number, min = 1): number {
  if (!Number.isInteger(v) || v < min) throw new ModelInputError(`${model}: ${name} must be an integer ≥ ${min}, got ${v}`);
  return v;
}

export function positiveNumber(model: string, name: string, v: number, allowZero = false): number {
  if (!Number.isFinite(v) || v < 0 || (!allowZero && v === 0)) {
    throw new ModelInputError(`${model}: ${name} must be a number ${allowZero ? '≥' : '>'} 0, got ${v}`);
  }
  return v;
}
