import { describe, expect, it } from 'vitest';
import { Random } from '../random.ts';
import { forestFromTrees, emptyTree, addNode, type FlatForest, type TreeEnsemble } from '../models/trees/forest.ts';
import { predictRaw } from '../models/trees/scorer.ts';
import { HistGradientBoosting } from '../models/trees/hist-gradient-boosting.ts';
import { RandomForest } from '../models/trees/random-forest.ts';
import { DecisionTree } from '../models/trees/decision-tree.ts';
import { expectedValue, treeShap } from './tree-shap.ts';

/** f(x) = 10 when x0 > 0.5 and x1 > 0.5, else 0; four training points, one per corner. */
function andTree(): TreeEnsemble {
  const t = emptyTree(5, 1);
  const [root, l, r, rl, rr] = [addNode(t), addNode(t), addNode(t), addNode(t), addNode(t)];
  Object.assign(t.feature, [0, -1, 1, -1, -1]);
  t.threshold[root] = 0.5;
  t.threshold[r] = 0.5;
  t.left[root] = l;
  t.right[root] = r;
  t.left[r] = rl;
  t.right[r] = rr;
  t.value[rr] = 10;
  Object.assign(t.cover, [4, 2, 2, 1, 1]);
  return { forest: forestFromTrees([t], 1), outputs: 1, treeOutput: null, baseline: new Float64Array(1), scale: 1 };
}

/** E[f | features in S fixed to x], following covers for the others (the path-dependent conditional expectation). */
function condExp(f: FlatForest, node: number, x: Float64Array, S: number, c: number): number {
  const j = f.feature[node];
  if (j < 0) return f.value[node * f.width + c];
  if (S & (1 << j)) {
    const v = x[j];
    const left = v <= f.threshold[node] || (v !== v && f.missingLeft[node] === 1);
    return condExp(f, left ? f.left[node] : f.right[node], x, S, c);
  }
  const a = f.left[node];
  const b = f.right[node];
  return (f.cover[a] * condExp(f, a, x, S, c) + f.cover[b] * condExp(f, b, x, S, c)) / f.cover[node];
}

/** Shapley values by enumerating every coalition (small p only). */
function bruteForce(e: TreeEnsemble, x: Float64Array, p: number): Float64Array {
  const f = e.forest;
  const phi = new Float64Array(p * e.outputs);
  const fact = (k: number): number => (k <= 1 ? 1 : k * fact(k - 1));
  const value = (S: number, o: number) => {
    let s = 0;
    f.roots.forEach((root, t) => {
      if (f.width === 1) {
        if ((e.treeOutput ? e.treeOutput[t] : 0) === o) s += e.scale * condExp(f, root, x, S, 0);
      } else s += e.scale * condExp(f, root, x, S, o);
    });
    return s;
  };
  for (let o = 0; o < e.outputs; o++) {
    for (let j = 0; j < p; j++) {
      for (let S = 0; S < 1 << p; S++) {
        if (S & (1 << j)) continue;
        let size = 0;
        for (let b = 0; b < p; b++) if (S & (1 << b)) size++;
        const weight = (fact(size) * fact(p - size - 1)) / fact(p);
        phi[j * e.outputs + o] += weight * (value(S | (1 << j), o) - value(S, o));
      }
    }
  }
  return phi;
}

function data(n: number, p: number, seed: number, k: number) {
  const rng = new Random(seed);
  const X = new Float64Array(n * p).map(() => Math.round(rng.normal() * 4) / 4);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const z = X[i * p] + X[i * p + 1] * X[i * p + 2] - 0.5 * X[i * p + 3] + 0.3 * rng.normal();
    y[i] = k === 0 ? z : k === 2 ? (z > 0 ? 1 : 0) : z < -0.5 ? 0 : z < 0.5 ? 1 : 2;
  }
  return { X, y };
}

describe('treeShap', () => {
  it('matches the hand-computed Shapley values of an AND tree', () => {
    const e = andTree();
    expect(Array.from(expectedValue(e))).toEqual([2.5]);
    // x = (1,1): E[f|x0] = E[f|x1] = 5, so φ0 = φ1 = ½(5 − 2.5) + ½(10 − 5) = 3.75.
    // x = (1,0): E[f|x0] = 5, E[f|x1] = 0: φ0 = ½(2.5) + ½(0) = 1.25, φ1 = ½(−2.5) + ½(−5) = −3.75.
    const s = treeShap(e, Float64Array.from([1, 1, 1, 0, 0, 1, 0, 0]), 4, 2);
    expect(Array.from(s.values)).toEqual([3.75, 3.75, 1.25, -3.75, -3.75, 1.25, -1.25, -1.25]);
  });

  it('equals brute-force Shapley values on boosting, forest and tree models (repeated features on a path)', async () => {
    const p = 4;
    const { X, y } = data(300, p, 1, 3);
    const models = [
      new HistGradientBoosting({ task: 'multiclass', nEstimators: 3, maxLeafNodes: 8, minSamplesLeaf: 5 }),
      new RandomForest({ task: 'multiclass', nEstimators: 3, maxDepth: 6 }),
      new DecisionTree({ task: 'multiclass', maxDepth: 7 }),
    ];
    for (const m of models) {
      await m.fit({ X, y, n: 300, p, classes: 3 }, { seed: 3 });
      const e = m.ensemble();
      for (let i = 0; i < 5; i++) {
        const x = X.subarray(i * p, i * p + p);
        const fast = treeShap(e, x, 1, p).values;
        const slow = bruteForce(e, x, p);
        for (let j = 0; j < fast.length; j++) expect(fast[j]).toBeCloseTo(slow[j], 10);
      }
    }
  });

  it('is additive: expected value + Σ SHAP = raw prediction, for every model kind and output', async () => {
    const p = 4;
    for (const k of [0, 2, 3]) {
      const { X, y } = data(400, p, 7 + k, k);
      X[5 * p + 1] = NaN; // a missing value at scoring time follows the learned direction
      const task = k === 0 ? 'regression' : k === 2 ? 'binary' : 'multiclass';
      const fitX = X.map((v) => (v !== v ? 0 : v));
      const models = [
        new HistGradientBoosting({ task, nEstimators: 15 }),
        new RandomForest({ task, nEstimators: 5 }),
        new DecisionTree({ task }),
      ];
      for (const m of models) {
        await m.fit({ X: m instanceof HistGradientBoosting ? X : fitX, y, n: 400, p, classes: k || undefined }, { seed: 1 });
        const e = m.ensemble();
        const n = 40;
        const s = treeShap(e, X.subarray(0, n * p), n, p);
        const raw = predictRaw(e, X.subarray(0, n * p), n, p);
        for (let i = 0; i < n; i++) {
          for (let o = 0; o < e.outputs; o++) {
            let sum = s.expectedValue[o];
            for (let j = 0; j < p; j++) sum += s.values[(i * p + j) * e.outputs + o];
            expect(sum).toBeCloseTo(raw[i * e.outputs + o], 10);
          }
        }
      }
    }
  });
});
