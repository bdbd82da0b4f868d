import { describe, expect, it } from 'vitest';
import { FitCancelled, type FitProgress } from '../model.ts';
import { Random } from '../../random.ts';
import { HistGradientBoosting } from './hist-gradient-boosting.ts';

const f64 = (a: number[]) => Float64Array.from(a);

function blobs(n: number, p: number, k: number, seed: number, gap = 10): { X: Float64Array; y: Float64Array } {
  const rng = new Random(seed);
  const X = new Float64Array(n * p);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = i % k;
    for (let j = 0; j < p; j++) X[i * p + j] = rng.normal() + (j === 0 ? gap * y[i] : 0);
  }
  return { X, y };
}

describe('HistGradientBoosting', () => {
  it('predicts the mean for a constant target', async () => {
    const { X } = blobs(200, 3, 2, 1);
    const m = new HistGradientBoosting({ task: 'regression', nEstimators: 5 });
    await m.fit({ X, y: new Float64Array(200).fill(12.5), n: 200, p: 3 }, { seed: 0 });
    for (const v of m.predict(X, 200)) expect(v).toBeCloseTo(12.5, 10);
  });

  it('reproduces the hand-computed first tree: split at 3.5, leaves mean ± 2', async () => {
    // g = mean − y = 10/3 − [1,1,2,5,5,6]; the best cut 3.5 has G_L = 6, G_R = −6 on 3 rows each, so with
    // learning rate 1 the leaves move the baseline 10/3 by −6/3 and +6/3.
    const m = new HistGradientBoosting({ task: 'regression', nEstimators: 1, learningRate: 1, minSamplesLeaf: 1, maxLeafNodes: 2 });
    await m.fit({ X: f64([1, 2, 3, 4, 5, 6]), y: f64([1, 1, 2, 5, 5, 6]), n: 6, p: 1 }, { seed: 0 });
    const e = m.ensemble();
    expect(e.baseline[0]).toBeCloseTo(10 / 3, 14);
    expect(e.forest.threshold[0]).toBe(3.5);
    expect(e.forest.value[1]).toBeCloseTo(-2, 12);
    expect(e.forest.value[2]).toBeCloseTo(2, 12);
    const pred = m.predict(f64([2, 5]), 2);
    expect(pred[0]).toBeCloseTo(4 / 3, 12);
    expect(pred[1]).toBeCloseTo(16 / 3, 12);
  });

  it('reaches accuracy 1 on separable binary and multiclass data, one tree per class per iteration', async () => {
    for (const k of [2, 3]) {
      const { X, y } = blobs(300, 4, k, 2);
      const m = new HistGradientBoosting({ task: k === 2 ? 'binary' : 'multiclass', nEstimators: 20 });
      const h = await m.fit({ X, y, n: 300, p: 4, classes: k }, { seed: 0 });
      expect(Array.from(m.predict(X, 300))).toEqual(Array.from(y));
      expect(m.ensemble().forest.roots.length).toBe(h.iterations * (k === 2 ? 1 : k));
      const proba = m.predictProba(X, 300);
      for (let i = 0; i < 300; i++) {
        let s = 0;
        for (let c = 0; c < k; c++) s += proba[i * k + c];
        expect(s).toBeCloseTo(1, 12);
      }
      expect(m.featureImportance()[0]).toBeGreaterThan(0.9);
    }
  });

  it('weights rows: the baseline is the weighted mean', async () => {
    const n = 40;
    const y = new Float64Array(n).map((_, i) => (i < 20 ? 0 : 10));
    const w = new Float64Array(n).map((_, i) => (i < 20 ? 3 : 1));
    const m = new HistGradientBoosting({ task: 'regression', nEstimators: 1 });
    // A constant feature allows no split, so the model is its baseline: (20·3·0 + 20·1·10) / 80 = 2.5.
    await m.fit({ X: new Float64Array(n).fill(1), y, n, p: 1 }, { seed: 0, sampleWeight: w });
    expect(m.predict(Float64Array.of(1), 1)[0]).toBe(2.5);
  });

  it('grows depth-wise within maxDepth when maxLeafNodes is off', async () => {
    const { X, y } = blobs(400, 3, 2, 8, 1);
    const m = new HistGradientBoosting({ task: 'binary', nEstimators: 3, maxLeafNodes: null, maxDepth: 2, growPolicy: 'depthwise', minSamplesLeaf: 5 });
    await m.fit({ X, y, n: 400, p: 3, classes: 2 }, { seed: 0 });
    const f = m.ensemble().forest;
    for (let t = 0; t < 3; t++) {
      const end = t + 1 < 3 ? f.roots[t + 1] : f.feature.length;
      let leaves = 0;
      for (let i = f.roots[t]; i < end; i++) if (f.feature[i] < 0) leaves++;
      expect(leaves).toBe(4); // a full depth-2 tree on this easy data
    }
  });

  it('learns where missing values go', async () => {
    // NaN rows have the high target, so the split sends NaN with the high side even though it never saw NaN there.
    const x = [1, 2, 3, 4, 5, 6, NaN, NaN, NaN];
    const y = [0, 0, 0, 10, 10, 10, 20, 20, 20];
    const m = new HistGradientBoosting({ task: 'regression', nEstimators: 1, learningRate: 1, minSamplesLeaf: 1, maxLeafNodes: 3 });
    await m.fit({ X: f64(x), y: f64(y), n: 9, p: 1 }, { seed: 0 });
    const pred = m.predict(f64([NaN, 1.5, 5.5]), 3);
    expect(pred[0]).toBeCloseTo(20, 10);
    expect(pred[1]).toBeCloseTo(0, 10);
    expect(pred[2]).toBeCloseTo(10, 10);
  });

  it('balances classes: with classWeight balanced the baseline logit is 0', async () => {
    const { X } = blobs(100, 2, 2, 3);
    const y = new Float64Array(100).map((_, i) => (i < 80 ? 0 : 1));
    const m = new HistGradientBoosting({ task: 'binary', nEstimators: 2, classWeight: 'balanced' });
    await m.fit({ X, y, n: 100, p: 2, classes: 2 }, { seed: 0 });
    expect(m.ensemble().baseline[0]).toBeCloseTo(0, 12);
    const plain = new HistGradientBoosting({ task: 'binary', nEstimators: 2 });
    await plain.fit({ X, y, n: 100, p: 2, classes: 2 }, { seed: 0 });
    expect(plain.ensemble().baseline[0]).toBeCloseTo(Math.log(0.2 / 0.8), 12);
    // A map: class 1 weighted 4 makes 20·4 = 80 against 80, again a 0 logit.
    const mapped = new HistGradientBoosting({ task: 'binary', maxIter: 3, classWeight: { 1: 4 } });
    const h = await mapped.fit({ X, y, n: 100, p: 2, classes: 2 }, { seed: 0 });
    expect(mapped.ensemble().baseline[0]).toBeCloseTo(0, 12);
    expect(h.iterations).toBe(3);
  });

  it('stops early on a validation set and reports both losses each iteration', async () => {
    const rng = new Random(5);
    const n = 400;
    const X = new Float64Array(n).map(() => rng.normal());
    const y = new Float64Array(n).map(() => rng.normal()); // pure noise: validation loss stops improving quickly
    const seen: FitProgress[] = [];
    const m = new HistGradientBoosting({ task: 'regression', nEstimators: 200, nIterNoChange: 5, minSamplesLeaf: 5 });
    const h = await m.fit(
      { X: X.subarray(0, 300), y: y.subarray(0, 300), n: 300, p: 1 },
      { seed: 0, valid: { X: X.subarray(300), y: y.subarray(300) }, onProgress: (p) => seen.push(p) },
    );
    expect(h.iterations).toBeLessThan(200);
    expect(h.series.train_loss.length).toBe(h.iterations);
    expect(h.series.valid_loss.length).toBe(h.iterations);
    expect(seen[0].values).toHaveProperty('valid_loss');
    expect(seen[seen.length - 1].iteration).toBe(h.iterations);
    expect(h.bestIteration).toBeGreaterThanOrEqual(0);
    expect(h.bestIteration).toBeLessThan(h.iterations);
    // Training loss keeps falling while the held-out loss doesn't.
    expect(h.series.train_loss[h.iterations - 1]).toBeLessThan(h.series.train_loss[0]);
  });

  it('holds out a validation fraction by itself when earlyStopping is on', async () => {
    const { X, y } = blobs(500, 2, 2, 9, 0.5);
    const h = await new HistGradientBoosting({ task: 'binary', earlyStopping: true, nEstimators: 300 }).fit({ X, y, n: 500, p: 2, classes: 2 }, { seed: 1 });
    expect(h.series.valid_loss.length).toBe(h.iterations);
    expect(h.iterations).toBeLessThan(300);
  });

  it('is deterministic for a seed and round-trips through serialize', async () => {
    const { X, y } = blobs(600, 5, 3, 11, 1);
    const fit = async () => {
      const m = new HistGradientBoosting({ task: 'multiclass', nEstimators: 10, earlyStopping: true });
      await m.fit({ X, y, n: 600, p: 5, classes: 3 }, { seed: 42 });
      return m;
    };
    const a = await fit();
    const b = await fit();
    const sa = JSON.stringify(a.serialize());
    expect(sa).toBe(JSON.stringify(b.serialize()));
    const c = HistGradientBoosting.deserialize(JSON.parse(sa));
    expect(Array.from(c.predictProba(X, 600))).toEqual(Array.from(a.predictProba(X, 600)));
    expect(JSON.stringify(c.serialize())).toBe(sa);
  });

  it('can be cancelled between iterations', async () => {
    const { X, y } = blobs(200, 2, 2, 1);
    const signal = { aborted: false };
    let last = 0;
    const m = new HistGradientBoosting({ task: 'binary', nEstimators: 50 });
    const run = m.fit({ X, y, n: 200, p: 2, classes: 2 }, {
      seed: 0,
      signal,
      onProgress: (p) => {
        last = p.iteration;
        if (p.iteration === 3) signal.aborted = true;
      },
    });
    await expect(run).rejects.toBeInstanceOf(FitCancelled);
    expect(last).toBe(3);
  });

  it('rejects one-class targets, NaN targets, too few rows and conflicting aliases', async () => {
    const m = new HistGradientBoosting({ task: 'binary' });
    const X = new Float64Array(50).map((_, i) => i);
    await expect(m.fit({ X, y: new Float64Array(50), n: 50, p: 1, classes: 2 }, { seed: 0 })).rejects.toThrow(/only one class/);
    const yNaN = new Float64Array(50).map((_, i) => (i === 7 ? NaN : i % 2));
    await expect(m.fit({ X, y: yNaN, n: 50, p: 1, classes: 2 }, { seed: 0 })).rejects.toThrow(/y\[7\] is NaN/);
    await expect(m.fit({ X: X.subarray(0, 10), y: new Float64Array(10).map((_, i) => i % 2), n: 10, p: 1, classes: 2 }, { seed: 0 })).rejects.toThrow(
      /at least 40 training rows, got 10/,
    );
    expect(() => new HistGradientBoosting({ task: 'regression', nEstimators: 10, maxIter: 20 })).toThrow(/alias maxIter/);
    expect(() => new HistGradientBoosting({ task: 'regression', maxBins: 256 })).toThrow(/maxBins must be ≤ 255/);
  });
});
