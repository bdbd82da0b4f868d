import { describe, expect, it } from 'vitest';
import { FitCancelled } from '../model.ts';
import { Random } from '../../random.ts';
import { DecisionTree } from './decision-tree.ts';
import { RandomForest, featuresPerSplit } from './random-forest.ts';

function data(n: number, seed: number): { X: Float64Array; y: Float64Array; t: Float64Array } {
  const rng = new Random(seed);
  const X = new Float64Array(n * 3);
  const y = new Float64Array(n);
  const t = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < 3; j++) X[i * 3 + j] = rng.normal();
    y[i] = X[i * 3] + 0.5 * X[i * 3 + 1] > 0 ? 1 : 0;
    t[i] = 2 * X[i * 3] - X[i * 3 + 2];
  }
  return { X, y, t };
}

describe('RandomForest', () => {
  it('resolves maxFeatures like scikit-learn', () => {
    expect(featuresPerSplit('sqrt', 20)).toBe(4);
    expect(featuresPerSplit('log2', 20)).toBe(4);
    expect(featuresPerSplit(0.5, 20)).toBe(10);
    expect(featuresPerSplit(1, 20)).toBe(20);
    expect(featuresPerSplit(3, 20)).toBe(3);
    expect(featuresPerSplit(null, 20)).toBe(20);
    expect(() => featuresPerSplit(-1, 20)).toThrow(/maxFeatures/);
  });

  it('without bootstrap and with all features equals a decision tree exactly', async () => {
    const { X, t } = data(120, 1);
    const rf = new RandomForest({ task: 'regression', nEstimators: 3, bootstrap: false, maxFeatures: null, maxDepth: 4 });
    await rf.fit({ X, y: t, n: 120, p: 3 }, { seed: 0 });
    const dt = new DecisionTree({ task: 'regression', maxDepth: 4 });
    await dt.fit({ X, y: t, n: 120, p: 3 }, { seed: 0 });
    const a = rf.predict(X, 120);
    const b = dt.predict(X, 120);
    for (let i = 0; i < 120; i++) expect(a[i]).toBeCloseTo(b[i], 12);
  });

  it('classifies held-out data well and ranks the informative features first', async () => {
    const { X, y } = data(600, 2);
    const rf = new RandomForest({ task: 'binary', nEstimators: 30 });
    await rf.fit({ X: X.subarray(0, 400 * 3), y: y.subarray(0, 400), n: 400, p: 3, classes: 2 }, { seed: 3 });
    const pred = rf.predict(X.subarray(400 * 3), 200);
    let ok = 0;
    for (let i = 0; i < 200; i++) if (pred[i] === y[400 + i]) ok++;
    expect(ok / 200).toBeGreaterThan(0.85);
    const imp = rf.featureImportance();
    expect(imp[0]).toBeGreaterThan(imp[2]);
    expect(imp[0] + imp[1] + imp[2]).toBeCloseTo(1, 12);
    const proba = rf.predictProba(X.subarray(0, 3), 1);
    expect(proba[0] + proba[1]).toBeCloseTo(1, 12);
  });

  it('is deterministic for a seed, differs across seeds, and round-trips', async () => {
    const { X, y } = data(150, 4);
    const fit = async (seed: number) => {
      const m = new RandomForest({ task: 'binary', nEstimators: 5, maxDepth: 5 });
      await m.fit({ X, y, n: 150, p: 3, classes: 2 }, { seed });
      return m;
    };
    const a = await fit(1);
    const s = JSON.stringify(a.serialize());
    expect(JSON.stringify((await fit(1)).serialize())).toBe(s);
    expect(JSON.stringify((await fit(2)).serialize())).not.toBe(s);
    const back = new RandomForest({ task: 'binary' }).restore(JSON.parse(s));
    expect(Array.from(back.predictProba(X, 150))).toEqual(Array.from(a.predictProba(X, 150)));
  });

  it('cancels between trees', async () => {
    const { X, y } = data(100, 5);
    const signal = { aborted: false };
    const m = new RandomForest({ task: 'binary', nEstimators: 20 });
    const run = m.fit({ X, y, n: 100, p: 3, classes: 2 }, { seed: 0, signal, onProgress: (p) => (signal.aborted = p.iteration === 2) });
    await expect(run).rejects.toBeInstanceOf(FitCancelled);
  });
});
