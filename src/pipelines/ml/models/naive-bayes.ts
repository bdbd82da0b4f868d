// Gaussian naive Bayes, like scikit-learn's GaussianNB: per-class means and variances, variances widened by
// var_smoothing × the largest feature variance, class priors from (weighted) frequencies.

import { ModelInputError, type FitData, type FitHistory, type FitOptions, type Model, type SerializedModel, type Task } from './model.ts';
import { checkFitData, checkNoMissing, checkPredictInput, positiveNumber } from './trees/fit-checks.ts';

export interface GaussianNBParams {
  varSmoothing?: number;
  /** Class priors (sum 1); learned from the data when absent. */
  priors?: number[] | null;
}

const NAME = 'gaussian_nb';

interface Fitted {
  p: number;
  classes: number;
  /** classes × p */
  theta: Float64Array;
  /** classes × p, smoothing included */
  variance: Float64Array;
  prior: Float64Array;
  epsilon: number;
}

export class GaussianNB implements Model {
  readonly type = NAME;
  readonly task: Task;
  readonly params: { varSmoothing: number; priors: number[] | null };
  private fitted: Fitted | null = null;

  constructor(opts: { task: Task } & GaussianNBParams) {
    if (opts.task !== 'binary' && opts.task !== 'multiclass') throw new ModelInputError(`${NAME}: task must be binary or multiclass`);
    this.task = opts.task;
    this.params = { varSmoothing: opts.varSmoothing ?? 1e-9, priors: opts.priors ?? null };
    positiveNumber(NAME, 'varSmoothing', this.params.varSmoothing, true);
  }

  async fit(data: FitData, opts: FitOptions): Promise<FitHistory> {
    const k = checkFitData(NAME, this.task, data, opts);
    checkNoMissing(NAME, data.X, data.p);
    const { X, y, n, p } = data;
    const w = opts.sampleWeight;
    // epsilon from the largest (unweighted) variance over all rows, as scikit-learn does.
    let maxVar = 0;
    for (let j = 0; j < p; j++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += X[i * p + j];
      const mean = s / n;
      let v = 0;
      for (let i = 0; i < n; i++) v += (X[i * p + j] - mean) ** 2;
      maxVar = Math.max(maxVar, v / n);
    }
    const epsilon = this.params.varSmoothing * maxVar;
    const theta = new Float64Array(k * p);
    const variance = new Float64Array(k * p);
    const count = new Float64Array(k);
    for (let i = 0; i < n; i++) {
      const c = y[i];
      const wi = w ? w[i] : 1;
      count[c] += wi;
      for (let j = 0; j < p; j++) theta[c * p + j] += wi * X[i * p + j];
    }
    for (let c = 0; c < k; c++) for (let j = 0; j < p; j++) theta[c * p + j] = count[c] > 0 ? theta[c * p + j] / count[c] : 0;
    for (let i = 0; i < n; i++) {
      const c = y[i];
      const wi = w ? w[i] : 1;
      for (let j = 0; j < p; j++) variance[c * p + j] += wi * (X[i * p + j] - theta[c * p + j]) ** 2;
    }
    for (let c = 0; c < k; c++) for (let j = 0; j < p; j++) variance[c * p + j] = (count[c] > 0 ? variance[c * p + j] / count[c] : 0) + epsilon;
    let total = 0;
    for (let c = 0; c < k; c++) total += count[c];
    let prior: Float64Array;
    if (this.params.priors) {
      const pr = this.params.priors;
      let s = 0;
      for (const v of pr) s += v;
      if (pr.length !== k || pr.some((v) => !(v >= 0)) || Math.abs(s - 1) > 1e-8) {
        throw new ModelInputError(`${NAME}: priors must be ${k} non-negative numbers that sum to 1`);
      }
      prior = Float64Array.from(pr);
    } else prior = count.map((c) => c / total);
    for (let c = 0; c < k; c++) {
      if (count[c] > 0 && variance[c * p] === 0 && epsilon === 0) {
        throw new ModelInputError(`${NAME}: class ${c} has zero variance and varSmoothing is 0; raise varSmoothing`);
      }
    }
    this.fitted = { p, classes: k, theta, variance, prior, epsilon };
    opts.onProgress?.({ iteration: 1, total: 1, values: {} });
    return { series: {}, iterations: 1 };
  }

  /** Per-class means (classes × p). */
  get theta(): Float64Array {
    return Float64Array.from(this.need().theta);
  }

  /** Per-class variances including the smoothing (classes × p), like scikit-learn's var_. */
  get variance(): Float64Array {
    return Float64Array.from(this.need().variance);
  }

  get classPrior(): Float64Array {
    return Float64Array.from(this.need().prior);
  }

  /** Joint log-likelihood log P(c) + log P(x | c), row-major n × classes. */
  jointLogLikelihood(X: Float64Array, n: number): Float64Array {
    const f = this.need();
    checkPredictInput(NAME, X, n, f.p);
    const { p, classes: k, theta, variance, prior } = f;
    const out = new Float64Array(n * k);
    const constant = new Float64Array(k);
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let j = 0; j < p; j++) s += Math.log(2 * Math.PI * variance[c * p + j]);
      constant[c] = Math.log(prior[c]) - 0.5 * s;
    }
    for (let i = 0; i < n; i++) {
      for (let c = 0; c < k; c++) {
        let s = 0;
        for (let j = 0; j < p; j++) s += (X[i * p + j] - theta[c * p + j]) ** 2 / variance[c * p + j];
        out[i * k + c] = constant[c] - 0.5 * s;
      }
    }
    return out;
  }

  predict(X: Float64Array, n: number): Float64Array {
    const k = this.need().classes;
    const jll = this.jointLogLikelihood(X, n);
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let best = 0;
      for (let c = 1; c < k; c++) if (jll[i * k + c] > jll[i * k + best]) best = c;
      out[i] = best;
    }
    return out;
  }

  predictProba(X: Float64Array, n: number): Float64Array {
    const k = this.need().classes;
    const jll = this.jointLogLikelihood(X, n);
    for (let i = 0; i < n; i++) {
      let m = -Infinity;
      for (let c = 0; c < k; c++) m = Math.max(m, jll[i * k + c]);
      let s = 0;
      for (let c = 0; c < k; c++) s += Math.exp(jll[i * k + c] - m);
      for (let c = 0; c < k; c++) jll[i * k + c] = Math.exp(jll[i * k + c] - m) / s;
    }
    return jll;
  }

  serialize(): SerializedModel {
    const f = this.need();
    return {
      type: NAME,
      version: 1,
      task: this.task,
      state: {
        params: { ...this.params },
        p: f.p,
        classes: f.classes,
        theta: Array.from(f.theta),
        variance: Array.from(f.variance),
        prior: Array.from(f.prior),
        epsilon: f.epsilon,
      },
    };
  }

  static deserialize(s: SerializedModel): GaussianNB {
    const st = s.state as { params: GaussianNBParams; p: number; classes: number; theta: number[]; variance: number[]; prior: number[]; epsilon: number };
    const ok = s.type === NAME && st && Array.isArray(st.theta) && st.theta.length === st.p * st.classes && st.variance?.length === st.theta.length && st.prior?.length === st.classes;
    if (!ok) throw new ModelInputError(`${NAME}: serialized state is malformed or of another model type (${s.type})`);
    const m = new GaussianNB({ task: s.task, ...st.params });
    m.fitted = {
      p: st.p,
      classes: st.classes,
      theta: Float64Array.from(st.theta),
      variance: Float64Array.from(st.variance),
      prior: Float64Array.from(st.prior),
      epsilon: st.epsilon,
    };
    return m;
  }

  private need(): Fitted {
    if (!this.fitted) throw new ModelInputError(`${NAME}: the model is not fitted yet; call fit first`);
    return this.fitted;
  }
}
