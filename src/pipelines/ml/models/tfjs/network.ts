// The networks behind logistic, softmax, MLP and LSTM/GRU models, written with tfjs-core ops: weight shapes,
// seeded initial values, and the forward pass. Outputs are raw scores (logits, or standardised regression values).

import * as tf from '@tensorflow/tfjs-core';
import type { Random } from '../../random.ts';

export type Activation = 'relu' | 'tanh' | 'sigmoid';

export type Architecture =
  | { kind: 'dense'; inputs: number; hidden: number[]; activation: Activation; dropout: number; outputs: number }
  | { kind: 'recurrent'; cell: 'lstm' | 'gru'; inputs: number; window: number; units: number; outputs: number };

type Init = 'zeros' | 'glorot' | 'orthogonal' | 'lstm_bias';

export interface WeightSpec {
  name: string;
  shape: [number] | [number, number];
  init: Init;
  /** Kernels get the L2 penalty; biases do not. */
  penalised: boolean;
}

export type Weights = Record<string, Float32Array>;
export type WeightTensors = Record<string, tf.Tensor>;
/** Makes a dropout mask (already scaled by 1/(1-rate)) for a batch of activations; absent at inference. */
export type MaskMaker = (rows: number, cols: number) => tf.Tensor2D;

export function weightSpecs(a: Architecture): WeightSpec[] {
  if (a.kind === 'dense') {
    const sizes = [a.inputs, ...a.hidden, a.outputs];
    // Without hidden layers this is a GLM: start from 0, the usual (and seed-free) start for a convex fit.
    const kernelInit: Init = a.hidden.length === 0 ? 'zeros' : 'glorot';
    const specs: WeightSpec[] = [];
    for (let l = 0; l + 1 < sizes.length; l++) {
      specs.push({ name: `dense${l}/kernel`, shape: [sizes[l], sizes[l + 1]], init: kernelInit, penalised: true });
      specs.push({ name: `dense${l}/bias`, shape: [sizes[l + 1]], init: 'zeros', penalised: false });
    }
    return specs;
  }
  const gates = a.cell === 'lstm' ? 4 : 3;
  const u = a.units;
  const cell: WeightSpec[] =
    a.cell === 'lstm'
      ? [
          { name: 'lstm/kernel', shape: [a.inputs, gates * u], init: 'glorot', penalised: true },
          { name: 'lstm/recurrent', shape: [u, gates * u], init: 'orthogonal', penalised: true },
          { name: 'lstm/bias', shape: [gates * u], init: 'lstm_bias', penalised: false },
        ]
      : [
          { name: 'gru/kernel', shape: [a.inputs, gates * u], init: 'glorot', penalised: true },
          { name: 'gru/recurrent_zr', shape: [u, 2 * u], init: 'orthogonal', penalised: true },
          { name: 'gru/recurrent_h', shape: [u, u], init: 'orthogonal', penalised: true },
          { name: 'gru/bias', shape: [gates * u], init: 'zeros', penalised: false },
        ];
  return [
    ...cell,
    { name: 'head/kernel', shape: [u, a.outputs], init: 'glorot', penalised: true },
    { name: 'head/bias', shape: [a.outputs], init: 'zeros', penalised: false },
  ];
}

/**
 * Initial weights from our seeded Random (not tf.random*): the same seed gives the same start on every backend.
 * Glorot-uniform kernels, orthogonal recurrent kernels, LSTM forget-gate bias 1 (as Keras does).
 */
export function initWeights(a: Architecture, rng: Random): Weights {
  const out: Weights = {};
  for (const s of weightSpecs(a)) {
    const size = s.shape.reduce((x, y) => x * y, 1);
    const v = new Float32Array(size);
    if (s.init === 'glorot') {
      const [fanIn, fanOut] = s.shape as [number, number];
      const limit = Math.sqrt(6 / (fanIn + fanOut));
      for (let i = 0; i < size; i++) v[i] = (2 * rng.next() - 1) * limit;
    } else if (s.init === 'orthogonal') {
      v.set(orthogonal(s.shape[0], s.shape[1] as number, rng));
    } else if (s.init === 'lstm_bias' && a.kind === 'recurrent') {
      v.fill(1, a.units, 2 * a.units);
    }
    out[s.name] = v;
  }
  return out;
}

export function toTensors(a: Architecture, w: Weights): WeightTensors {
  const t: WeightTensors = {};
  for (const s of weightSpecs(a)) t[s.name] = tf.tensor(w[s.name], s.shape);
  return t;
}

/** Forward pass: x is (b × inputs) for dense, (b × window × inputs) for recurrent; returns (b × outputs). */
export function forward(a: Architecture, w: WeightTensors, x: tf.Tensor, mask?: MaskMaker): tf.Tensor2D {
  return a.kind === 'dense' ? denseForward(a, w, x as tf.Tensor2D, mask) : recurrentForward(a, w, x as tf.Tensor3D);
}

function denseForward(a: Extract<Architecture, { kind: 'dense' }>, w: WeightTensors, x: tf.Tensor2D, mask?: MaskMaker): tf.Tensor2D {
  let h = x;
  const layers = a.hidden.length + 1;
  for (let l = 0; l < layers; l++) {
    h = tf.add(tf.matMul(h, w[`dense${l}/kernel`] as tf.Tensor2D), w[`dense${l}/bias`]);
    if (l + 1 < layers) {
      h = activate(h, a.activation);
      if (mask && a.dropout > 0) h = tf.mul(h, mask(h.shape[0], h.shape[1]));
    }
  }
  return h;
}

function recurrentForward(a: Extract<Architecture, { kind: 'recurrent' }>, w: WeightTensors, x: tf.Tensor3D): tf.Tensor2D {
  const [b, T, p] = x.shape;
  const u = a.units;
  const gates = a.cell === 'lstm' ? 4 : 3;
  // Input projections of all time steps in one matMul, then the recurrence step by step.
  const xw = tf.reshape(tf.matMul(tf.reshape(x, [b * T, p]), w[`${a.cell}/kernel`] as tf.Tensor2D), [b, T, gates * u]);
  const steps = tf.unstack(tf.add(xw, w[`${a.cell}/bias`]), 1) as tf.Tensor2D[];
  let h: tf.Tensor2D = tf.zeros([b, u]);
  if (a.cell === 'lstm') {
    let c: tf.Tensor2D = tf.zeros([b, u]);
    for (const xt of steps) {
      const z = tf.add(xt, tf.matMul(h, w['lstm/recurrent'] as tf.Tensor2D));
      const [i, f, g, o] = tf.split(z, 4, 1);
      c = tf.add(tf.mul(tf.sigmoid(f), c), tf.mul(tf.sigmoid(i), tf.tanh(g)));
      h = tf.mul(tf.sigmoid(o), tf.tanh(c));
    }
  } else {
    for (const xt of steps) {
      const [xz, xr, xh] = tf.split(xt, 3, 1);
      const [hz, hr] = tf.split(tf.matMul(h, w['gru/recurrent_zr'] as tf.Tensor2D), 2, 1);
      const zg = tf.sigmoid(tf.add(xz, hz));
      const rg = tf.sigmoid(tf.add(xr, hr));
      const cand = tf.tanh(tf.add(xh, tf.matMul(tf.mul(rg, h), w['gru/recurrent_h'] as tf.Tensor2D)));
      h = tf.add(tf.mul(zg, h), tf.mul(tf.sub(1, zg), cand));
    }
  }
  return tf.add(tf.matMul(h, w['head/kernel'] as tf.Tensor2D), w['head/bias']);
}

function activate(h: tf.Tensor2D, act: Activation): tf.Tensor2D {
  switch (act) {
    case 'relu':
      return tf.relu(h);
    case 'tanh':
      return tf.tanh(h);
    case 'sigmoid':
      return tf.sigmoid(h);
    default: {
      const never: never = act;
      throw new Error(`unknown activation ${String(never)}`);
    }
  }
}

/** A (rows × cols) matrix with orthonormal rows or columns (whichever is fewer), by Gram–Schmidt on normal draws. */
function orthogonal(rows: number, cols: number, rng: Random): Float32Array {
  const k = Math.min(rows, cols);
  const len = Math.max(rows, cols);
  const vecs: Float64Array[] = [];
  for (let v = 0; v < k; v++) {
    const x = new Float64Array(len);
    for (;;) {
      for (let i = 0; i < len; i++) x[i] = rng.normal();
      for (const q of vecs) {
        let d = 0;
        for (let i = 0; i < len; i++) d += x[i] * q[i];
        for (let i = 0; i < len; i++) x[i] -= d * q[i];
      }
      let norm = 0;
      for (let i = 0; i < len; i++) norm += x[i] * x[i];
      norm = Math.sqrt(norm);
      if (norm > 1e-6) {
        for (let i = 0; i < len; i++) x[i] /= norm;
        break;
      }
    }
    vecs.push(x);
  }
  const out = new Float32Array(rows * cols);
  for (let v = 0; v < k; v++) {
    for (let i = 0; i < len; i++) {
      if (rows <= cols) out[v * cols + i] = vecs[v][i];
      else out[i * cols + v] = vecs[v][i];
    }
  }
  return out;
}
