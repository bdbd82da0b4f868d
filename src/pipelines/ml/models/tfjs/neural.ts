// Logistic, softmax, MLP and LSTM/GRU models on tfjs: standardised inputs (and regression targets), seeded
// initialisation and shuffling, weights kept as plain Float32Arrays so a fitted model holds no tensors.

import * as tf from '@tensorflow/tfjs-core';
import { ModelInputError, type FitData, type FitHistory, type FitOptions, type Model, type SerializedModel, type Task } from '../model.ts';
import { Random } from '../../random.ts';
import { checkFitInput, checkPredictX } from './fit-input.ts';
import { forward, initWeights, toTensors, weightSpecs, type Architecture, type Weights } from './network.ts';
import type { GlmParams, MlpParams, RecurrentParams } from './params.ts';
import { applyScaler, fitScaler, type ScalerState } from './scaler.ts';
import { train, type LossKind, type Samples } from './train-loop.ts';
import { slidingWindows, windowTargets } from './windows.ts';

export type NeuralType = 'logistic' | 'softmax' | 'mlp' | 'lstm' | 'gru';
export type NeuralParams = GlmParams | MlpParams | RecurrentParams;

export interface NeuralState {
  params: NeuralParams;
  arch: Architecture;
  p: number;
  /** Number of classes (0 for regression). */
  classes: number;
  scaler: ScalerState;
  /** Regression targets are standardised for training; predictions are mapped back. */
  target: { mean: number; std: number } | null;
  weights: Record<string, number[]>;
}

const TASKS: Record<NeuralType, readonly Task[]> = {
  logistic: ['binary'],
  softmax: ['multiclass', 'binary'],
  mlp: ['regression', 'binary', 'multiclass'],
  lstm: ['regression', 'binary', 'multiclass'],
  gru: ['regression', 'binary', 'multiclass'],
};

/** Rows scored per forward pass, to bound memory on large inputs. */
const PREDICT_CHUNK = 8192;

export class NeuralModel implements Model {
  protected state: NeuralState | null = null;

  constructor(
    readonly type: NeuralType,
    readonly task: Task,
    readonly params: NeuralParams,
  ) {
    if (!TASKS[type].includes(task)) {
      throw new ModelInputError(`${type}: task "${task}" is not supported; use one of ${TASKS[type].join(', ')}`);
    }
  }

  static fromState(type: NeuralType, task: Task, state: NeuralState): NeuralModel {
    const m = type === 'logistic' || type === 'softmax' ? new GlmModel(type, task, state.params) : new NeuralModel(type, task, state.params);
    m.state = state;
    return m;
  }

  async fit(data: FitData, opts: FitOptions): Promise<FitHistory> {
    const k = checkFitInput(this.type, this.task, data, opts);
    const { X, y, n, p } = data;
    const scaler = fitScaler(X, n, p);
    const target = this.task === 'regression' ? targetScaler(y) : null;
    const outputs = this.task === 'regression' || this.task === 'binary' ? 1 : k;
    const arch = this.architecture(p, outputs);
    const rng = new Random(opts.seed);
    const initRng = rng.fork(1);
    const shuffleRng = rng.fork(2);
    const dropoutRng = rng.fork(3);

    const trainSamples = this.samples(arch, X, y, n, p, scaler, target, outputs, opts.sampleWeight ?? null, 'training');
    const validSamples = opts.valid
      ? this.samples(arch, opts.valid.X, opts.valid.y, opts.valid.y.length, p, scaler, target, outputs, null, 'validation')
      : undefined;
    const loss: LossKind = this.task === 'regression' ? 'mse' : this.task === 'binary' ? 'sigmoid_ce' : 'softmax_ce';
    const result = await train({
      model: this.type,
      arch,
      weights: initWeights(arch, initRng),
      loss,
      params: this.params,
      train: trainSamples,
      valid: validSamples,
      lossScale: target ? target.std * target.std : 1,
      shuffleRng,
      dropoutRng,
      opts,
    });
    const weights: Record<string, number[]> = {};
    for (const s of weightSpecs(arch)) weights[s.name] = Array.from(result.weights[s.name]);
    this.state = { params: this.params, arch, p, classes: k, scaler, target, weights };
    return result.history;
  }

  /** Regression: values; classification: class index. Recurrent models give NaN for the first window−1 rows (no full history). */
  predict(X: Float64Array, n: number): Float64Array {
    const s = this.fitted();
    const raw = this.scores(X, n);
    const out = new Float64Array(n);
    const k = s.arch.outputs;
    for (let i = 0; i < n; i++) {
      if (this.task === 'regression') out[i] = raw[i] * s.target!.std + s.target!.mean;
      else if (k === 1) out[i] = Number.isNaN(raw[i]) ? NaN : raw[i] >= 0 ? 1 : 0;
      else out[i] = argmax(raw, i * k, k);
    }
    return out;
  }

  /** Row-major n × classes probabilities (binary: [1 − p, p]). */
  predictProba(X: Float64Array, n: number): Float64Array {
    const s = this.fitted();
    if (this.task === 'regression') throw new ModelInputError(`${this.type}: predictProba is for classification; this model does regression`);
    const raw = this.scores(X, n);
    const k = s.arch.outputs;
    const out = new Float64Array(n * s.classes);
    for (let i = 0; i < n; i++) {
      if (k === 1) {
        const pr = 1 / (1 + Math.exp(-raw[i]));
        out[2 * i] = 1 - pr;
        out[2 * i + 1] = pr;
      } else {
        softmaxRow(raw, i * k, k, out);
      }
    }
    return out;
  }

  serialize(): SerializedModel {
    return { type: this.type, version: 1, task: this.task, state: this.fitted() };
  }

  /** Holds no tensors between calls; present so callers can dispose every model the same way. */
  dispose(): void {}

  protected fitted(): NeuralState {
    if (!this.state) throw new ModelInputError(`${this.type}: the model is not fitted yet; call fit first`);
    return this.state;
  }

  private architecture(p: number, outputs: number): Architecture {
    if (this.type === 'lstm' || this.type === 'gru') {
      const r = this.params as RecurrentParams;
      return { kind: 'recurrent', cell: this.type, inputs: p, window: r.window, units: r.units, outputs };
    }
    if (this.type === 'mlp') {
      const m = this.params as MlpParams;
      return { kind: 'dense', inputs: p, hidden: m.hidden_layers, activation: m.activation, dropout: m.dropout, outputs };
    }
    return { kind: 'dense', inputs: p, hidden: [], activation: 'relu', dropout: 0, outputs };
  }

  private samples(
    arch: Architecture,
    X: Float64Array,
    y: Float64Array,
    n: number,
    p: number,
    scaler: ScalerState,
    target: NeuralState['target'],
    outputs: number,
    weights: Float64Array | null,
    what: string,
  ): Samples {
    const xs = applyScaler(scaler, X, n, p);
    let yv: Float64Array = y;
    let wv = weights;
    let x = xs;
    let m = n;
    let sampleShape = [p];
    if (arch.kind === 'recurrent') {
      if (n < arch.window) {
        throw new ModelInputError(`${this.type}: the ${what} data has ${n} rows, fewer than window = ${arch.window}; lower "window" or add rows`);
      }
      ({ x, m } = slidingWindows(xs, n, p, arch.window));
      yv = windowTargets(y, arch.window);
      wv = wv ? windowTargets(wv, arch.window) : null;
      sampleShape = [arch.window, p];
    }
    const yEnc = new Float32Array(m * outputs);
    for (let i = 0; i < m; i++) {
      if (target) yEnc[i] = (yv[i] - target.mean) / target.std;
      else if (outputs === 1) yEnc[i] = yv[i];
      else yEnc[i * outputs + yv[i]] = 1;
    }
    return { x, sampleShape, y: yEnc, w: wv ? Float32Array.from(wv) : null, m };
  }

  /** Raw network outputs, n × outputs (NaN rows where a recurrent model lacks a full window). */
  private scores(X: Float64Array, n: number): Float32Array {
    const s = this.fitted();
    checkPredictX(this.type, X, n, s.p);
    const k = s.arch.outputs;
    const out = new Float32Array(n * k);
    const xs = applyScaler(s.scaler, X, n, s.p);
    const weights: Weights = {};
    for (const [name, v] of Object.entries(s.weights)) weights[name] = Float32Array.from(v);
    const a = s.arch;
    let x = xs;
    let m = n;
    let offset = 0;
    if (a.kind === 'recurrent') {
      ({ x, m } = slidingWindows(xs, n, s.p, a.window));
      offset = Math.min(n, a.window - 1);
      out.fill(NaN, 0, offset * k);
    }
    const per = a.kind === 'recurrent' ? a.window * s.p : s.p;
    const shape = a.kind === 'recurrent' ? [a.window, s.p] : [s.p];
    const w = toTensors(a, weights);
    try {
      for (let start = 0; start < m; start += PREDICT_CHUNK) {
        const end = Math.min(m, start + PREDICT_CHUNK);
        const res = tf.tidy(() => forward(a, w, tf.tensor(x.subarray(start * per, end * per), [end - start, ...shape])));
        out.set(res.dataSync() as Float32Array, (offset + start) * k);
        res.dispose();
      }
    } finally {
      for (const t of Object.values(w)) t.dispose();
    }
    return out;
  }
}

/** Logistic and softmax regression: a network without hidden layers, so it has coefficients. */
export class GlmModel extends NeuralModel {
  /** Σ over classes of |coefficient| on standardised inputs, i.e. |raw coefficient| × feature std. */
  featureImportance(): Float64Array {
    const s = this.fitted();
    const kernel = s.weights['dense0/kernel'];
    const k = s.arch.outputs;
    const imp = new Float64Array(s.p);
    for (let j = 0; j < s.p; j++) for (let c = 0; c < k; c++) imp[j] += Math.abs(kernel[j * k + c]);
    return imp;
  }
}

function targetScaler(y: Float64Array): { mean: number; std: number } {
  let mean = 0;
  for (let i = 0; i < y.length; i++) mean += y[i];
  mean /= y.length;
  let v = 0;
  for (let i = 0; i < y.length; i++) v += (y[i] - mean) ** 2;
  const std = Math.sqrt(v / y.length);
  return { mean, std: std > 1e-12 * Math.max(1, Math.abs(mean)) ? std : 1 };
}

function argmax(a: Float32Array, off: number, k: number): number {
  if (Number.isNaN(a[off])) return NaN;
  let best = 0;
  for (let c = 1; c < k; c++) if (a[off + c] > a[off + best]) best = c;
  return best;
}

function softmaxRow(raw: Float32Array, off: number, k: number, out: Float64Array): void {
  let mx = -Infinity;
  for (let c = 0; c < k; c++) mx = Math.max(mx, raw[off + c]);
  let sum = 0;
  for (let c = 0; c < k; c++) sum += Math.exp(raw[off + c] - mx);
  for (let c = 0; c < k; c++) out[off + c] = Math.exp(raw[off + c] - mx) / sum;
}
