// Minibatch training for the tfjs networks: seeded shuffles and dropout masks (our Random), one optimizer step
// per batch, per-epoch progress, early stopping on validation loss, cancellation between batches, and no tensor
// left behind: weights go in and come out as Float32Arrays.

import * as tf from '@tensorflow/tfjs-core';
// tfjs-core ships without gradient functions. tfjs-layers registers all of them, in its ESM build (browser, via
// tfjs-core/dist/register_all_gradients) and in its CommonJS build (Node, where that ESM file cannot be loaded).
import '@tensorflow/tfjs-layers';
import { FitCancelled, ModelInputError, type FitHistory, type FitOptions } from '../model.ts';
import { permutation, type Random } from '../../random.ts';
import { forward, toTensors, weightSpecs, type Architecture, type MaskMaker, type Weights } from './network.ts';
import type { TrainingParams } from './params.ts';

export type LossKind = 'mse' | 'sigmoid_ce' | 'softmax_ce';

export interface Samples {
  /** Row-major samples, m × sampleShape. */
  x: Float32Array;
  /** Shape of one sample: [p] or [window, p]. */
  sampleShape: number[];
  /** m × outputs targets (standardised values, 0/1, or one-hot). */
  y: Float32Array;
  /** Per-sample weights, or null for equal weights. */
  w: Float32Array | null;
  m: number;
}

export interface TrainSpec {
  model: string;
  arch: Architecture;
  weights: Weights;
  loss: LossKind;
  params: TrainingParams;
  train: Samples;
  valid?: Samples;
  /** Multiplies reported losses (the target variance for standardised regression, so losses are in target units²). */
  lossScale: number;
  shuffleRng: Random;
  dropoutRng: Random;
  opts: FitOptions;
}

export interface TrainResult {
  weights: Weights;
  history: FitHistory;
}

/**
 * Reported losses follow Keras: train_loss is the minimised objective (data loss + L2 penalty, dropout on)
 * averaged over the epoch's batches; valid_loss is the data loss on the validation samples.
 */
export async function train(spec: TrainSpec): Promise<TrainResult> {
  const { arch, params, train: tr, opts } = spec;
  const outputs = arch.outputs;
  const es = params.early_stopping;
  if (es && !spec.valid) {
    throw new ModelInputError(`${spec.model}: parameter "early_stopping" needs validation data (a validation split) to watch valid_loss`);
  }
  const specs = weightSpecs(arch);
  const kept: tf.Tensor[] = [];
  const keep = <T extends tf.Tensor>(t: T): T => (kept.push(t), t);
  const optimizer = makeOptimizer(params);
  const series: Record<string, number[]> = { train_loss: [] };
  if (spec.valid) series.valid_loss = [];
  let best = { loss: Infinity, epoch: 0, weights: spec.weights };
  let epochsRun = 0;
  let epochSum: tf.Scalar | null = null;
  try {
    const init = toTensors(arch, spec.weights);
    const vars: Record<string, tf.Variable> = {};
    for (const s of specs) {
      vars[s.name] = keep(tf.variable(init[s.name], true));
      init[s.name].dispose();
    }
    const varList = specs.map((s) => vars[s.name]);
    const penalised = specs.filter((s) => s.penalised).map((s) => vars[s.name]);
    const xAll = keep(tf.tensor(tr.x, [tr.m, ...tr.sampleShape]));
    const yAll = keep(tf.tensor2d(tr.y, [tr.m, outputs]));
    const wAll = tr.w ? keep(tf.tensor1d(tr.w)) : null;
    const xVal = spec.valid ? keep(tf.tensor(spec.valid.x, [spec.valid.m, ...spec.valid.sampleShape])) : null;
    const yVal = spec.valid ? keep(tf.tensor2d(spec.valid.y, [spec.valid.m, outputs])) : null;
    const mask = dropoutMasks(arch, spec.dropoutRng);
    const batch = Math.min(params.batch_size, tr.m);

    for (let epoch = 1; epoch <= params.epochs; epoch++) {
      const order = permutation(tr.m, spec.shuffleRng);
      epochSum?.dispose();
      epochSum = tf.scalar(0);
      for (let start = 0; start < tr.m; start += batch) {
        if (opts.signal?.aborted) throw new FitCancelled();
        const end = Math.min(start + batch, tr.m);
        const sum: tf.Scalar = epochSum;
        const next = tf.tidy(() => {
          const idx = tf.tensor1d(order.subarray(start, end), 'int32');
          const xb = tf.gather(xAll, idx);
          const yb = tf.gather(yAll, idx);
          const wb = wAll ? tf.gather(wAll, idx) : null;
          const cost = optimizer.minimize(
            () => {
              let l = dataLoss(spec.loss, forward(arch, vars, xb, mask), yb, wb);
              if (params.l2 > 0) l = tf.add(l, tf.mul(params.l2, tf.addN(penalised.map((v) => tf.sum(tf.square(v))))));
              return l as tf.Scalar;
            },
            true,
            varList,
          ) as tf.Scalar;
          return tf.add(sum, tf.mul(cost, end - start)) as tf.Scalar;
        });
        sum.dispose();
        epochSum = next;
      }
      const values: Record<string, number> = { train_loss: ((await epochSum.data())[0] / tr.m) * spec.lossScale };
      if (xVal && yVal) {
        const vl = tf.tidy(() => dataLoss(spec.loss, forward(arch, vars, xVal), yVal, null));
        values.valid_loss = (await vl.data())[0] * spec.lossScale;
        vl.dispose();
      }
      for (const k of Object.keys(values)) series[k].push(values[k]);
      epochsRun = epoch;
      opts.onProgress?.({ iteration: epoch, total: params.epochs, values });
      if (es) {
        if (values.valid_loss < best.loss - es.min_delta) best = { loss: values.valid_loss, epoch, weights: readWeights(vars) };
        else if (epoch - best.epoch >= es.patience) break;
      }
      if (opts.signal?.aborted) throw new FitCancelled();
      // Let a worker take in a cancel message between epochs.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    if (es && best.epoch > 0) {
      return { weights: best.weights, history: { series, iterations: epochsRun, bestIteration: best.epoch } };
    }
    return { weights: readWeights(vars), history: { series, iterations: epochsRun } };
  } finally {
    optimizer.dispose();
    epochSum?.dispose();
    for (const t of kept) t.dispose();
  }
}

/** Weighted mean loss of raw outputs against targets. */
export function dataLoss(kind: LossKind, out: tf.Tensor2D, y: tf.Tensor2D, w: tf.Tensor1D | null): tf.Scalar {
  return tf.tidy(() => {
    let perRow: tf.Tensor1D;
    switch (kind) {
      case 'mse':
        perRow = tf.mean(tf.square(tf.sub(out, y)), 1);
        break;
      case 'sigmoid_ce':
        // softplus(z) − y·z = −[y log σ(z) + (1−y) log(1−σ(z))], stable for large |z|.
        perRow = tf.mean(tf.sub(tf.softplus(out), tf.mul(y, out)), 1);
        break;
      case 'softmax_ce':
        perRow = tf.neg(tf.sum(tf.mul(y, tf.logSoftmax(out)), 1)) as tf.Tensor1D;
        break;
      default: {
        const never: never = kind;
        throw new Error(`unknown loss ${String(never)}`);
      }
    }
    return w ? tf.div(tf.sum(tf.mul(perRow, w)), tf.sum(w)) : tf.mean(perRow);
  });
}

function makeOptimizer(p: TrainingParams): tf.Optimizer {
  switch (p.optimizer) {
    case 'adam':
      return tf.train.adam(p.learning_rate);
    case 'sgd':
      return tf.train.sgd(p.learning_rate);
    case 'rmsprop':
      return tf.train.rmsprop(p.learning_rate);
    default: {
      const never: never = p.optimizer;
      throw new Error(`unknown optimizer ${String(never)}`);
    }
  }
}

function dropoutMasks(arch: Architecture, rng: Random): MaskMaker | undefined {
  if (arch.kind !== 'dense' || arch.dropout <= 0) return undefined;
  const keepScale = 1 / (1 - arch.dropout);
  return (rows, cols) => {
    const m = new Float32Array(rows * cols);
    for (let i = 0; i < m.length; i++) m[i] = rng.next() >= arch.dropout ? keepScale : 0;
    return tf.tensor2d(m, [rows, cols]);
  };
}

function readWeights(vars: Record<string, tf.Variable>): Weights {
  const out: Weights = {};
  for (const [name, v] of Object.entries(vars)) out[name] = Float32Array.from(v.dataSync() as Float32Array);
  return out;
}
