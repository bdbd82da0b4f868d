import { describe, expect, it } from 'vitest';
import { Random } from '../../random.ts';
import { leafOf, type TreeEnsemble } from './forest.ts';
import { HistGradientBoosting } from './hist-gradient-boosting.ts';
import { RandomForest } from './random-forest.ts';
import { predictRaw } from './scorer.ts';

/** Row-by-row reference: baseline + scale × Σ leaf values. */
function reference(e: TreeEnsemble, X: Float64Array, n: number, p: number): Float64Array {
  const out = new Float64Array(n * e.outputs);
  const f = e.forest;
  for (let i = 0; i < n; i++) {
    const acc = new Float64Array(e.outputs);
    f.roots.forEach((root, t) => {
      const leaf = leafOf(f, root, X, i * p);
      if (f.width === 1) acc[e.treeOutput ? e.treeOutput[t] : 0] += f.value[leaf];
      else for (let c = 0; c < f.width; c++) acc[c] += f.value[leaf * f.width + c];
    });
    for (let o = 0; o < e.outputs; o++) out[i * e.outputs + o] = e.baseline[o] + e.scale * acc[o];
  }
  return out;
}

describe('predictRaw', () => {
  it('agrees with row-by-row traversal, with NaN rows, ragged blocks and deep trees', async () => {
    const rng = new Random(2);
    const n = 1003;
    const p = 4;
    const X = new Float64Array(n * p).map(() => rng.normal());
    const y = new Float64Array(n).map((_, i) => (X[i * p] + X[i * p + 1] * X[i * p + 2] > 0 ? 1 : 0) + (X[i * p + 3] > 1 ? 1 : 0));
    const gb = new HistGradientBoosting({ task: 'multiclass', nEstimators: 10, maxLeafNodes: null, maxDepth: 6, minSamplesLeaf: 3 });
    await gb.fit({ X, y, n, p, classes: 3 }, { seed: 0 });
    const rf = new RandomForest({ task: 'multiclass', nEstimators: 4 }); // unpruned: deeper than the lockstep limit
    await rf.fit({ X, y, n, p, classes: 3 }, { seed: 0 });
    const Xs = Float64Array.from(X);
    for (let i = 0; i < n; i += 97) Xs[i * p + (i % p)] = NaN;
    // Fitted with missing values too, so NaN goes right at some nodes and left at others.
    const gbNaN = new HistGradientBoosting({ task: 'binary', nEstimators: 10, maxLeafNodes: 15, minSamplesLeaf: 3 });
    await gbNaN.fit({ X: Xs, y: y.map((v) => (v > 0 ? 1 : 0)), n, p, classes: 2 }, { seed: 0 });
    const dirs = new Set(Array.from(gbNaN.ensemble().forest.missingLeft.filter((_, i) => gbNaN.ensemble().forest.feature[i] >= 0)));
    expect(dirs).toEqual(new Set([0, 1]));
    for (const e of [gb.ensemble(), rf.ensemble(), gbNaN.ensemble()]) {
      for (const data of [X, Xs]) {
        const fast = predictRaw(e, data, n, p);
        const slow = reference(e, data, n, p);
        for (let k = 0; k < fast.length; k++) expect(fast[k]).toBeCloseTo(slow[k], 12);
      }
    }
  });
});
