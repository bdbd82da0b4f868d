// Linear regression family: least squares, ridge (L2), lasso (L1) and elastic net, all on the raw feature scale
// with an unpenalised intercept (scikit-learn's definitions, so results can be checked against it).
// Solved in float64 on the Gram matrix (see linear-solve.ts); features are standardised only for importances.

import { FitCancelled, ModelInputError, type FitData, type FitHistory, type FitOptions, type Model, type SerializedModel } from '../model.ts';
import { yieldToEventLoop } from '../../../engine/yield.ts';
import { checkFitInput, checkPredictX } from './fit-input.ts';
import { coordinateSweep, halfWeightedMse, solveRidge, weightedGram, type Gram } from './linear-solve.ts';
import type { ElasticNetParams, LassoParams, LinearParams, RidgeParams } from './params.ts';
import { fitScaler, type ScalerState } from './scaler.ts';

export type LinearType = 'linear' | 'ridge' | 'lasso' | 'elastic_net';
export type LinearFamilyParams = LinearParams | RidgeParams | LassoParams | ElasticNetParams;

export interface LinearState {
  params: LinearFamilyParams;
  p: number;
  coef: number[];
  intercept: number;
  scaler: ScalerState;
  /** Coordinate-descent sweeps run (lasso / elastic net); 1 for the closed forms. */
  iterations: number;
}

const REPORT_EVERY = 10;

export class LinearModel implements Model {
  readonly task = 'regression' as const;
  private state: LinearState | null = null;

  constructor(
    readonly type: LinearType,
    readonly params: LinearFamilyParams,
  ) {}

  static fromState(type: LinearType, state: LinearState): LinearModel {
    const m = new LinearModel(type, state.params);
    m.state = state;
    return m;
  }

  async fit(data: FitData, opts: FitOptions): Promise<FitHistory> {
    checkFitInput(this.type, 'regression', data, opts);
    const { X, y, n, p } = data;
    const g = weightedGram(X, y, n, p, opts.sampleWeight, this.params.fit_intercept);
    neutraliseConstantColumns(g);
    const series: Record<string, number[]> = { train_loss: [] };
    if (opts.valid) series.valid_loss = [];
    const beta = new Float64Array(p);
    let iterations = 1;
    const report = (iteration: number, total: number): void => {
      const values: Record<string, number> = { train_loss: 2 * halfWeightedMse(g, beta) };
      if (opts.valid) values.valid_loss = mse(opts.valid.X, opts.valid.y, p, beta, interceptOf(g, beta, this.params.fit_intercept));
      for (const k of Object.keys(values)) series[k].push(values[k]);
      opts.onProgress?.({ iteration, total, values });
    };

    if (this.type === 'linear' || this.type === 'ridge') {
      const alpha = this.type === 'ridge' ? (this.params as RidgeParams).alpha : 0;
      const res = solveRidge(g, alpha);
      if ('collinear' in res) {
        throw new ModelInputError(
          `${this.type}: feature column ${res.collinear} is a linear combination of the others, so least squares has no unique answer; drop it or use ridge (alpha > 0)`,
        );
      }
      beta.set(res.beta);
      report(1, 1);
    } else {
      const prm = this.params as LassoParams & Partial<ElasticNetParams>;
      const l1Ratio = this.type === 'lasso' ? 1 : (prm.l1_ratio ?? 0.5);
      iterations = 0;
      for (let it = 1; it <= prm.max_iter; it++) {
        if (opts.signal?.aborted) throw new FitCancelled();
        const delta = coordinateSweep(g, beta, prm.alpha, l1Ratio);
        iterations = it;
        const converged = delta <= prm.tol * Math.max(1, maxAbs(beta));
        if (converged || it % REPORT_EVERY === 0 || it === prm.max_iter) {
          report(it, prm.max_iter);
          await yieldToEventLoop();
        }
        if (converged) break;
      }
    }
    this.state = {
      params: this.params,
      p,
      coef: Array.from(beta),
      intercept: interceptOf(g, beta, this.params.fit_intercept),
      scaler: fitScaler(X, n, p),
      iterations,
    };
    return { series, iterations };
  }

  predict(X: Float64Array, n: number): Float64Array {
    const s = this.fitted();
    checkPredictX(this.type, X, n, s.p);
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let v = s.intercept;
      for (let j = 0; j < s.p; j++) v += X[i * s.p + j] * s.coef[j];
      out[i] = v;
    }
    return out;
  }

  /** |coef| × feature std: the change in prediction for a one-std change of each feature. */
  featureImportance(): Float64Array {
    const s = this.fitted();
    return Float64Array.from(s.coef, (c, j) => Math.abs(c) * s.scaler.std[j]);
  }

  get coefficients(): { coef: Float64Array; intercept: number } {
    const s = this.fitted();
    return { coef: Float64Array.from(s.coef), intercept: s.intercept };
  }

  serialize(): SerializedModel {
    return { type: this.type, version: 1, task: this.task, state: this.fitted() };
  }

  /** Holds no tensors; present so every tfjs-family model can be disposed the same way. */
  dispose(): void {}

  private fitted(): LinearState {
    if (!this.state) throw new ModelInputError(`${this.type}: the model is not fitted yet; call fit first`);
    return this.state;
  }
}

/** A constant column centres to zeros: give it a unit diagonal so its coefficient solves to exactly 0. */
function neutraliseConstantColumns(g: Gram): void {
  for (let j = 0; j < g.p; j++) if (g.G[j * g.p + j] === 0) g.G[j * g.p + j] = 1;
}

function interceptOf(g: Gram, beta: Float64Array, fitIntercept: boolean): number {
  if (!fitIntercept) return 0;
  let b = g.yMean;
  for (let j = 0; j < g.p; j++) b -= g.xMean[j] * beta[j];
  return b;
}

function mse(X: Float64Array, y: Float64Array, p: number, beta: Float64Array, intercept: number): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) {
    let v = intercept;
    for (let j = 0; j < p; j++) v += X[i * p + j] * beta[j];
    s += (y[i] - v) ** 2;
  }
  return y.length ? s / y.length : NaN;
}

function maxAbs(a: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]));
  return m;
}
