// k-means (Lloyd) with greedy k-means++ seeding, several seeded restarts kept by lowest inertia, and
// scikit-learn's tolerance (tol × mean feature variance on the squared centre shift).

import { ModelInputError, type FitData, type FitHistory, type FitOptions, type Model, type SerializedModel, type Task } from './model.ts';
import { Random } from '../random.ts';
import { breathe, checkCancelled, checkFitData, checkNoMissing, checkPredictInput, positiveInt, positiveNumber } from './trees/fit-checks.ts';

export interface KMeansParams {
  nClusters?: number;
  nInit?: number;
  maxIter?: number;
  tol?: number;
}

const NAME = 'kmeans';

interface Fitted {
  p: number;
  centers: Float64Array;
  inertia: number;
  iterations: number;
}

export class KMeans implements Model {
  readonly type = NAME;
  readonly task: Task = 'clustering';
  readonly params: Required<KMeansParams>;
  private fitted: Fitted | null = null;

  constructor(opts: { task?: Task } & KMeansParams = {}) {
    if (opts.task && opts.task !== 'clustering') throw new ModelInputError(`${NAME}: task must be clustering`);
    this.params = { nClusters: opts.nClusters ?? 8, nInit: opts.nInit ?? 10, maxIter: opts.maxIter ?? 300, tol: opts.tol ?? 1e-4 };
    positiveInt(NAME, 'nClusters', this.params.nClusters);
    positiveInt(NAME, 'nInit', this.params.nInit);
    positiveInt(NAME, 'maxIter', this.params.maxIter);
    positiveNumber(NAME, 'tol', this.params.tol, true);
  }

  async fit(data: FitData, opts: FitOptions): Promise<FitHistory> {
    const { nClusters: k, nInit, maxIter } = this.params;
    checkFitData(NAME, 'clustering', data, opts, k);
    checkNoMissing(NAME, data.X, data.p);
    const { X, n, p } = data;
    const w = opts.sampleWeight ?? new Float64Array(n).fill(1);
    const tol = this.params.tol * meanVariance(X, n, p);
    const root = new Random(opts.seed);
    let best: Fitted | null = null;
    const series: Record<string, number[]> = { inertia: [] };
    for (let run = 0; run < nInit; run++) {
      checkCancelled(opts);
      await breathe();
      checkCancelled(opts);
      const rng = root.fork(run);
      const centers = plusPlus(X, n, p, k, w, rng);
      const labels = new Int32Array(n);
      let inertia = assign(X, n, p, centers, k, labels, w);
      let it = 0;
      const next = new Float64Array(k * p);
      const mass = new Float64Array(k);
      while (it < maxIter) {
        it++;
        next.fill(0);
        mass.fill(0);
        for (let i = 0; i < n; i++) {
          const c = labels[i];
          mass[c] += w[i];
          for (let j = 0; j < p; j++) next[c * p + j] += w[i] * X[i * p + j];
        }
        for (let c = 0; c < k; c++) if (mass[c] > 0) for (let j = 0; j < p; j++) next[c * p + j] /= mass[c];
        relocateEmpty(X, n, p, centers, labels, mass, next);
        let shift = 0;
        for (let i = 0; i < k * p; i++) shift += (next[i] - centers[i]) ** 2;
        centers.set(next);
        inertia = assign(X, n, p, centers, k, labels, w);
        if (shift <= tol) break;
      }
      series.inertia.push(inertia);
      opts.onProgress?.({ iteration: run + 1, total: nInit, values: { inertia } });
      if (!best || inertia < best.inertia) best = { p, centers: Float64Array.from(centers), inertia, iterations: it };
    }
    this.fitted = best;
    return { series, iterations: nInit };
  }

  get centers(): Float64Array {
    return Float64Array.from(this.need().centers);
  }

  get inertia(): number {
    return this.need().inertia;
  }

  predict(X: Float64Array, n: number): Float64Array {
    const f = this.need();
    checkPredictInput(NAME, X, n, f.p);
    const labels = new Int32Array(n);
    assign(X, n, f.p, f.centers, this.params.nClusters, labels, null);
    return Float64Array.from(labels);
  }

  /** Distance from each row to each centre, row-major n × k. */
  transform(X: Float64Array, n: number): Float64Array {
    const f = this.need();
    checkPredictInput(NAME, X, n, f.p);
    const k = this.params.nClusters;
    const out = new Float64Array(n * k);
    for (let i = 0; i < n; i++) for (let c = 0; c < k; c++) out[i * k + c] = Math.sqrt(dist2(X, i * f.p, f.centers, c * f.p, f.p));
    return out;
  }

  serialize(): SerializedModel {
    const f = this.need();
    return {
      type: NAME,
      version: 1,
      task: 'clustering',
      state: { params: { ...this.params }, p: f.p, centers: Array.from(f.centers), inertia: f.inertia, iterations: f.iterations },
    };
  }

  static deserialize(s: SerializedModel): KMeans {
    const st = s.state as { params: KMeansParams; p: number; centers: number[]; inertia: number; iterations: number };
    const ok = s.type === NAME && st && st.params && Array.isArray(st.centers) && st.centers.length === st.p * (st.params.nClusters ?? 0);
    if (!ok) throw new ModelInputError(`${NAME}: serialized state is malformed or of another model type (${s.type})`);
    const m = new KMeans(st.params);
    m.fitted = { p: st.p, centers: Float64Array.from(st.centers), inertia: st.inertia, iterations: st.iterations };
    return m;
  }

  private need(): Fitted {
    if (!this.fitted) throw new ModelInputError(`${NAME}: the model is not fitted yet; call fit first`);
    return this.fitted;
  }
}

function dist2(A: Float64Array, a: number, B: Float64Array, b: number, p: number): number {
  let s = 0;
  for (let j = 0; j < p; j++) {
    const d = A[a + j] - B[b + j];
    s += d * d;
  }
  return s;
}

function meanVariance(X: Float64Array, n: number, p: number): number {
  let total = 0;
  for (let j = 0; j < p; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += X[i * p + j];
    const m = s / n;
    let v = 0;
    for (let i = 0; i < n; i++) v += (X[i * p + j] - m) ** 2;
    total += v / n;
  }
  return total / p;
}

/** Nearest centre per row (lowest index on ties); returns the weighted inertia. */
function assign(X: Float64Array, n: number, p: number, centers: Float64Array, k: number, labels: Int32Array, w: Float64Array | null): number {
  let inertia = 0;
  for (let i = 0; i < n; i++) {
    let best = 0;
    let bd = Infinity;
    for (let c = 0; c < k; c++) {
      const d = dist2(X, i * p, centers, c * p, p);
      if (d < bd) {
        bd = d;
        best = c;
      }
    }
    labels[i] = best;
    inertia += (w ? w[i] : 1) * bd;
  }
  return inertia;
}

/** Empty clusters take the rows farthest from their current centre (scikit-learn's remedy). */
function relocateEmpty(X: Float64Array, n: number, p: number, centers: Float64Array, labels: Int32Array, mass: Float64Array, next: Float64Array): void {
  const taken = new Uint8Array(n);
  for (let c = 0; c < mass.length; c++) {
    if (mass[c] > 0) continue;
    let far = -1;
    let fd = -1;
    for (let i = 0; i < n; i++) {
      if (taken[i]) continue;
      const d = dist2(X, i * p, centers, labels[i] * p, p);
      if (d > fd) {
        fd = d;
        far = i;
      }
    }
    taken[far] = 1;
    for (let j = 0; j < p; j++) next[c * p + j] = X[far * p + j];
  }
}

/** Greedy k-means++: each new centre is the best of 2 + ⌊ln k⌋ candidates drawn ∝ D². */
function plusPlus(X: Float64Array, n: number, p: number, k: number, w: Float64Array, rng: Random): Float64Array {
  const centers = new Float64Array(k * p);
  const trials = 2 + Math.floor(Math.log(k));
  const first = sampleWeighted(w, rng.next() * sum(w));
  centers.set(X.subarray(first * p, first * p + p), 0);
  const closest = new Float64Array(n);
  for (let i = 0; i < n; i++) closest[i] = dist2(X, i * p, centers, 0, p);
  const weighted = new Float64Array(n);
  const cand = new Float64Array(n);
  for (let c = 1; c < k; c++) {
    for (let i = 0; i < n; i++) weighted[i] = w[i] * closest[i];
    const pot = sum(weighted);
    let bestPot = Infinity;
    let bestRow = -1;
    let bestDist: Float64Array | null = null;
    for (let t = 0; t < trials; t++) {
      const row = pot > 0 ? sampleWeighted(weighted, rng.next() * pot) : rng.int(n);
      let s = 0;
      for (let i = 0; i < n; i++) {
        cand[i] = Math.min(closest[i], dist2(X, i * p, X, row * p, p));
        s += w[i] * cand[i];
      }
      if (s < bestPot) {
        bestPot = s;
        bestRow = row;
        bestDist = Float64Array.from(cand);
      }
    }
    centers.set(X.subarray(bestRow * p, bestRow * p + p), c * p);
    closest.set(bestDist!);
  }
  return centers;
}

function sum(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}

function sampleWeighted(weights: Float64Array, target: number): number {
  let acc = 0;
  for (let i = 0; i < weights.length; i++) {
    acc += weights[i];
    if (target < acc && weights[i] > 0) return i;
  }
  for (let i = weights.length - 1; i >= 0; i--) if (weights[i] > 0) return i;
  return weights.length - 1;
}
