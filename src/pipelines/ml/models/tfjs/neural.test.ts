import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../../backend/select.ts';
import { Random } from '../../random.ts';
import { FitCancelled, ModelInputError } from '../model.ts';
import { createTfjsModel, deserializeTfjsModel } from './factory.ts';

beforeAll(async () => {
  expect(await selectBackend('wasm', 'node')).toBe('wasm');
});

/** k Gaussian blobs in 2-D, centres on a circle of radius 4. */
function blobs(k: number, perClass: number, seed: number): { X: Float64Array; y: Float64Array; n: number } {
  const rng = new Random(seed);
  const n = k * perClass;
  const X = new Float64Array(n * 2);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = i % k;
    X[2 * i] = 4 * Math.cos((2 * Math.PI * c) / k) + 0.5 * rng.normal() + 10;
    X[2 * i + 1] = 4 * Math.sin((2 * Math.PI * c) / k) + 0.5 * rng.normal();
    y[i] = c;
  }
  return { X, y, n };
}

function accuracy(pred: Float64Array, y: Float64Array): number {
  let ok = 0;
  for (let i = 0; i < y.length; i++) ok += pred[i] === y[i] ? 1 : 0;
  return ok / y.length;
}

const XOR_X = Float64Array.of(0, 0, 0, 1, 1, 0, 1, 1);
const XOR_Y = Float64Array.of(0, 1, 1, 0);

describe('tfjs networks on wasm', () => {
  it('logistic separates separable data with probabilities strictly inside (0, 1)', async () => {
    const { X, y, n } = blobs(2, 20, 3);
    const m = createTfjsModel('logistic', 'binary', { epochs: 15, batch_size: 8 });
    const h = await m.fit({ X, y, n, p: 2, classes: 2 }, { seed: 7 });
    expect(accuracy(m.predict(X, n), y)).toBe(1);
    const proba = m.predictProba!(X, n);
    expect(proba.length).toBe(2 * n);
    for (let i = 0; i < n; i++) {
      expect(proba[2 * i + 1]).toBeGreaterThan(0);
      expect(proba[2 * i + 1]).toBeLessThan(1);
      expect(proba[2 * i] + proba[2 * i + 1]).toBeCloseTo(1, 12);
    }
    expect(h.iterations).toBe(15);
    expect(h.series.train_loss.at(-1)!).toBeLessThan(h.series.train_loss[0]);
    expect(m.featureImportance!()[0]).toBeGreaterThan(m.featureImportance!()[1]);
  });

  it('softmax classifies 3 blobs', async () => {
    const { X, y, n } = blobs(3, 15, 4);
    const m = createTfjsModel('softmax', 'multiclass', { epochs: 40, batch_size: 16 });
    await m.fit({ X, y, n, p: 2, classes: 3 }, { seed: 1 });
    expect(accuracy(m.predict(X, n), y)).toBe(1);
    const proba = m.predictProba!(X, n);
    for (let i = 0; i < n; i++) expect(proba[3 * i] + proba[3 * i + 1] + proba[3 * i + 2]).toBeCloseTo(1, 6);
  });

  it('an MLP fits XOR', async () => {
    const m = createTfjsModel('mlp', 'binary', { hidden_layers: [8], activation: 'tanh', learning_rate: 0.05, epochs: 150, batch_size: 4 });
    await m.fit({ X: XOR_X, y: XOR_Y, n: 4, p: 2 }, { seed: 2 });
    expect(Array.from(m.predict(XOR_X, 4))).toEqual([0, 1, 1, 0]);
  });

  it('an LSTM predicts the next step of a sine wave better than the mean', async () => {
    // Feature at row t: sin(t·0.3); target: sin((t+1)·0.3).
    const n = 80;
    const X = Float64Array.from({ length: n }, (_, t) => Math.sin(t * 0.3));
    const y = Float64Array.from({ length: n }, (_, t) => Math.sin((t + 1) * 0.3));
    const m = createTfjsModel('lstm', 'regression', { window: 4, units: 6, epochs: 25, batch_size: 16, learning_rate: 0.03 });
    await m.fit({ X, y, n, p: 1 }, { seed: 5 });
    const pred = m.predict(X, n);
    expect(pred.slice(0, 3).every(Number.isNaN)).toBe(true);
    const mean = y.slice(3).reduce((s, v) => s + v, 0) / (n - 3);
    let mse = 0;
    let base = 0;
    for (let t = 3; t < n; t++) {
      mse += (pred[t] - y[t]) ** 2;
      base += (mean - y[t]) ** 2;
    }
    expect(mse).toBeLessThan(0.2 * base);
  });

  it('a GRU trains and round-trips through JSON', async () => {
    const n = 30;
    const X = Float64Array.from({ length: n * 2 }, (_, i) => Math.cos(i * 0.7));
    const y = Float64Array.from({ length: n }, (_, t) => X[2 * t] + X[2 * t + 1]);
    const m = createTfjsModel('gru', 'regression', { window: 3, units: 4, epochs: 3 });
    await m.fit({ X, y, n, p: 2 }, { seed: 9 });
    const back = deserializeTfjsModel(JSON.parse(JSON.stringify(m.serialize())));
    expect(back.predict(X, n)).toEqual(m.predict(X, n));
  });

  it('same seed, same weights bit for bit (wasm); another seed differs', async () => {
    const { X, y, n } = blobs(3, 10, 8);
    const params = { hidden_layers: [6, 4], dropout: 0.2, epochs: 3, batch_size: 8 };
    const fit = async (seed: number): Promise<string> => {
      const m = createTfjsModel('mlp', 'multiclass', params);
      await m.fit({ X, y, n, p: 2, classes: 3 }, { seed });
      return JSON.stringify(m.serialize());
    };
    const a = await fit(11);
    expect(await fit(11)).toBe(a);
    expect(await fit(12)).not.toBe(a);
  });

  it('serialization round trip predicts identically (MLP regression)', async () => {
    const { X, n } = blobs(2, 10, 2);
    const y = Float64Array.from({ length: n }, (_, i) => 3 * X[2 * i] - X[2 * i + 1]);
    const m = createTfjsModel('mlp', 'regression', { hidden_layers: [5], epochs: 2 });
    await m.fit({ X, y, n, p: 2 }, { seed: 1 });
    const back = deserializeTfjsModel(JSON.parse(JSON.stringify(m.serialize())));
    expect(back.predict(X, n)).toEqual(m.predict(X, n));
    expect(back.serialize()).toEqual(JSON.parse(JSON.stringify(m.serialize())));
  });

  it('leaves no tensors behind after fit + predict + dispose, also with early stopping and validation', async () => {
    const { X, y, n } = blobs(2, 12, 5);
    const start = tf.memory().numTensors;
    const m = createTfjsModel('mlp', 'binary', { hidden_layers: [4], epochs: 6, early_stopping: { patience: 2 }, optimizer: 'rmsprop', l2: 0.01 });
    const h = await m.fit({ X, y, n, p: 2 }, { seed: 3, valid: { X, y } });
    m.predict(X, n);
    m.predictProba!(X, n);
    m.dispose();
    expect(h.series.valid_loss.length).toBe(h.iterations);
    expect(tf.memory().numTensors).toBe(start);
    const r = createTfjsModel('lstm', 'regression', { window: 2, units: 2, epochs: 2, optimizer: 'sgd' });
    await r.fit({ X, y, n, p: 2 }, { seed: 1 });
    r.predict(X, n);
    r.dispose();
    expect(tf.memory().numTensors).toBe(start);
  });

  it('early stopping keeps the weights of the best validation epoch', async () => {
    const { X, y, n } = blobs(2, 10, 9);
    // A learning rate this large makes validation loss rise after a few epochs.
    const params = { hidden_layers: [8], epochs: 40, learning_rate: 0.5, optimizer: 'sgd', early_stopping: { patience: 3 } };
    const m = createTfjsModel('mlp', 'regression', params);
    const h = await m.fit({ X, y, n, p: 2 }, { seed: 4, valid: { X, y } });
    const best = h.bestIteration!;
    const vl = h.series.valid_loss;
    expect(vl[best - 1]).toBe(Math.min(...vl));
    expect(h.iterations).toBeLessThan(40);
    expect(h.iterations).toBeLessThanOrEqual(best + 3);
    // The kept weights reproduce the best epoch's validation loss.
    const pred = m.predict(X, n);
    const mse = pred.reduce((s, v, i) => s + (v - y[i]) ** 2, 0) / n;
    expect(mse).toBeCloseTo(vl[best - 1], 4);
  });

  it('reports each epoch and stops within one epoch of a cancel, freeing its tensors', async () => {
    const { X, y, n } = blobs(2, 10, 6);
    const start = tf.memory().numTensors;
    const signal = { aborted: false };
    const seen: number[] = [];
    const m = createTfjsModel('mlp', 'binary', { hidden_layers: [4], epochs: 50 });
    const run = m.fit(
      { X, y, n, p: 2 },
      {
        seed: 1,
        signal,
        valid: { X, y },
        onProgress: (p) => {
          seen.push(p.iteration);
          expect(Object.keys(p.values)).toEqual(['train_loss', 'valid_loss']);
          if (p.iteration === 2) signal.aborted = true;
        },
      },
    );
    await expect(run).rejects.toBeInstanceOf(FitCancelled);
    expect(seen).toEqual([1, 2]);
    expect(tf.memory().numTensors).toBe(start);
  });

  it('rejects bad input with messages that name the problem', async () => {
    const { X, y, n } = blobs(3, 4, 1);
    const softmax = createTfjsModel('softmax', 'multiclass');
    await expect(softmax.fit({ X, y: y.map((v) => v + 0.5), n, p: 2, classes: 3 }, { seed: 0 })).rejects.toThrow(
      'softmax: y[0] = 0.5 is not a class index in 0..2; encode labels as 0..k-1',
    );
    await expect(softmax.fit({ X, y: y.map((v) => v * 2), n, p: 2, classes: 3 }, { seed: 0 })).rejects.toThrow(/y\[1\] = 2|y\[2\] = 4/);
    const Xn = X.slice();
    Xn[5] = NaN;
    await expect(createTfjsModel('mlp', 'binary').fit({ X: Xn, y: y.map((v) => v % 2), n, p: 2 }, { seed: 0 })).rejects.toThrow(
      'mlp: X[row 2, column 1] is NaN; impute or drop missing values before training or scoring',
    );
    expect(() => createTfjsModel('mlp', 'binary', { hidden_layer: [3] })).toThrow(new ModelInputError(
      'mlp: unknown parameter "hidden_layer"; allowed: optimizer, learning_rate, epochs, batch_size, early_stopping, l2, hidden_layers, activation, dropout',
    ));
    expect(() => createTfjsModel('mlp', 'binary', { activation: 'gelu' })).toThrow(/parameter "activation" is invalid/);
    expect(() => createTfjsModel('mlp', 'binary', { early_stopping: { patience: 0 } })).toThrow(/parameter "early_stopping.patience" is invalid/);
    expect(() => createTfjsModel('lstm', 'regression', { cell: 'gru' })).toThrow(/use type "gru"/);
    await expect(createTfjsModel('logistic', 'binary').fit({ X, y: new Float64Array(n), n, p: 2 }, { seed: 0 })).rejects.toThrow(
      'logistic: the training target has only one class (0); classification needs at least two',
    );
    expect(() => createTfjsModel('logistic', 'multiclass')).toThrow('logistic: task "multiclass" is not supported; use one of binary');
    expect(() => createTfjsModel('svm', 'binary')).toThrow(/Unknown model type "svm"/);
    await expect(createTfjsModel('mlp', 'binary', { early_stopping: { patience: 2 } }).fit({ X, y: y.map((v) => v % 2), n, p: 2 }, { seed: 0 })).rejects.toThrow(
      /needs validation data/,
    );
    await expect(createTfjsModel('lstm', 'regression', { window: 20 }).fit({ X, y, n, p: 2 }, { seed: 0 })).rejects.toThrow(
      'lstm: the training data has 12 rows, fewer than window = 20; lower "window" or add rows',
    );
  });
});
