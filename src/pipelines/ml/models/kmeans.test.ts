import { describe, expect, it } from 'vitest';
import { FitCancelled } from './model.ts';
import { KMeans } from './kmeans.ts';

// scikit-learn's KMeans documentation example.
const X = Float64Array.from([1, 2, 1, 4, 1, 0, 10, 2, 10, 4, 10, 0]);

describe('KMeans', () => {
  it('finds the documented centres [[10, 2], [1, 2]] (up to order) and inertia 16', async () => {
    const m = new KMeans({ nClusters: 2, nInit: 3 });
    await m.fit({ X, y: new Float64Array(0), n: 6, p: 2 }, { seed: 0 });
    const c = Array.from(m.centers);
    const pairs = [c.slice(0, 2), c.slice(2, 4)].sort((a, b) => a[0] - b[0]);
    expect(pairs).toEqual([
      [1, 2],
      [10, 2],
    ]);
    expect(m.inertia).toBe(16);
    const labels = m.predict(Float64Array.from([0, 0, 12, 3]), 2);
    expect(labels[0]).not.toBe(labels[1]);
    expect(Array.from(m.predict(X, 6))).toEqual([labels[0], labels[0], labels[0], labels[1], labels[1], labels[1]]);
  });

  it('is deterministic, round-trips, cancels and checks row count', async () => {
    const fit = async () => {
      const m = new KMeans({ nClusters: 3, nInit: 4 });
      await m.fit({ X, y: new Float64Array(0), n: 6, p: 2 }, { seed: 9 });
      return m;
    };
    const a = await fit();
    const s = JSON.stringify(a.serialize());
    expect(JSON.stringify((await fit()).serialize())).toBe(s);
    expect(Array.from(KMeans.deserialize(JSON.parse(s)).predict(X, 6))).toEqual(Array.from(a.predict(X, 6)));
    await expect(new KMeans({ nClusters: 2 }).fit({ X, y: new Float64Array(0), n: 6, p: 2 }, { seed: 0, signal: { aborted: true } })).rejects.toBeInstanceOf(
      FitCancelled,
    );
    await expect(new KMeans({ nClusters: 8 }).fit({ X, y: new Float64Array(0), n: 6, p: 2 }, { seed: 0 })).rejects.toThrow(/at least 8 training rows, got 6/);
  });
});
