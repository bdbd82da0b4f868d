import { describe, expect, it } from 'vitest';
import { FitCancelled, ModelInputError } from '../model.ts';
import { DecisionTree } from './decision-tree.ts';

const f64 = (a: number[]) => Float64Array.from(a);

describe('DecisionTree', () => {
  it('finds the hand-computed best stump for regression (threshold 3.5, leaves 4/3 and 16/3)', async () => {
    // y = [1,1,2 | 5,5,6]: splitting at 3.5 leaves SSE 2/3 + 2/3, lower than any other cut (sklearn agrees).
    const m = new DecisionTree({ task: 'regression', maxDepth: 1 });
    await m.fit({ X: f64([1, 2, 3, 4, 5, 6]), y: f64([1, 1, 2, 5, 5, 6]), n: 6, p: 1 }, { seed: 0 });
    const f = m.ensemble().forest;
    expect(Array.from(f.feature)).toEqual([0, -1, -1]);
    expect(f.threshold[0]).toBe(3.5);
    expect(f.value[1]).toBeCloseTo(4 / 3, 12);
    expect(f.value[2]).toBeCloseTo(16 / 3, 12);
    expect(Array.from(f.cover)).toEqual([6, 3, 3]);
    expect(Array.from(m.predict(f64([0, 3.5, 3.6, 100]), 4)).map((v) => +v.toFixed(6))).toEqual([1.333333, 1.333333, 5.333333, 5.333333]);
    expect(Array.from(m.featureImportance())).toEqual([1]);
  });

  it('splits a separable classification problem with gini and entropy into pure leaves', async () => {
    for (const criterion of ['gini', 'entropy'] as const) {
      const m = new DecisionTree({ task: 'binary', criterion });
      await m.fit({ X: f64([0, 1, 2, 3]), y: f64([0, 0, 1, 1]), n: 4, p: 1, classes: 2 }, { seed: 0 });
      expect(m.ensemble().forest.threshold[0]).toBe(1.5);
      expect(Array.from(m.predictProba(f64([1, 2]), 2))).toEqual([1, 0, 0, 1]);
      expect(Array.from(m.predict(f64([-5, 1.4, 1.6, 9]), 4))).toEqual([0, 0, 1, 1]);
    }
  });

  it('picks the informative feature of two and respects minSamplesLeaf', async () => {
    // Feature 1 is noise; feature 0 separates, but minSamplesLeaf 3 forces the cut at 2.5 rather than 1.5.
    const X = f64([0, 5, 1, 3, 2, 9, 3, 1, 4, 7, 5, 2]);
    const y = f64([0, 0, 1, 1, 1, 1]);
    const m = new DecisionTree({ task: 'binary', minSamplesLeaf: 3 });
    await m.fit({ X, y, n: 6, p: 2, classes: 2 }, { seed: 1 });
    const f = m.ensemble().forest;
    expect(f.feature[0]).toBe(0);
    expect(f.threshold[0]).toBe(2.5);
    // Left leaf holds rows 0–2 (classes 0, 0, 1).
    expect(Array.from(f.value.subarray(2, 4))).toEqual([2 / 3, 1 / 3]);
  });

  it('serializes byte-identically for the same seed and round-trips', async () => {
    const X = f64(Array.from({ length: 40 }, (_, i) => Math.sin(i * 1.7) * 10));
    const y = f64(Array.from({ length: 20 }, (_, i) => (X[2 * i] + X[2 * i + 1] > 0 ? 1 : 0)));
    const fit = async () => {
      const m = new DecisionTree({ task: 'binary', maxDepth: 3 });
      await m.fit({ X, y, n: 20, p: 2, classes: 2 }, { seed: 7 });
      return m;
    };
    const a = await fit();
    const b = await fit();
    expect(JSON.stringify(a.serialize())).toBe(JSON.stringify(b.serialize()));
    const c = new DecisionTree({ task: 'binary', maxDepth: 3 }).restore(JSON.parse(JSON.stringify(a.serialize())));
    expect(Array.from(c.predictProba(X, 20))).toEqual(Array.from(a.predictProba(X, 20)));
  });

  it('answers bad input with clear errors', async () => {
    const m = new DecisionTree({ task: 'binary' });
    await expect(m.fit({ X: f64([1, 2, 3]), y: f64([1, 1, 1]), n: 3, p: 1, classes: 2 }, { seed: 0 })).rejects.toThrow(/only one class/);
    await expect(m.fit({ X: f64([1, 2, 3]), y: f64([0, NaN, 1]), n: 3, p: 1, classes: 2 }, { seed: 0 })).rejects.toThrow(/y\[1\] is NaN/);
    await expect(m.fit({ X: f64([1, NaN]), y: f64([0, 1]), n: 2, p: 1, classes: 2 }, { seed: 0 })).rejects.toThrow(/missing value at row 1/);
    const big = new DecisionTree({ task: 'regression', minSamplesSplit: 10 });
    await expect(big.fit({ X: f64([1, 2, 3]), y: f64([1, 2, 3]), n: 3, p: 1 }, { seed: 0 })).rejects.toThrow(/at least 10 training rows, got 3/);
    expect(() => new DecisionTree({ task: 'regression', criterion: 'gini' })).toThrow(ModelInputError);
    expect(() => m.predict(f64([1]), 1)).toThrow(/not fitted/);
    await expect(m.fit({ X: f64([1, 2]), y: f64([0, 1]), n: 2, p: 1, classes: 2 }, { seed: 0, signal: { aborted: true } })).rejects.toBeInstanceOf(FitCancelled);
  });
});
