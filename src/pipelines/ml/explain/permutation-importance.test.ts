import { describe, expect, it } from 'vitest';
import type { Model, SerializedModel } from '../models/model.ts';
import { DecisionTree } from '../models/trees/decision-tree.ts';
import { accuracyScorer, negMeanSquaredErrorScorer, permutationImportance } from './permutation-importance.ts';
import { explainRow } from './explain-row.ts';

/** predicts 2·x0 exactly: only feature 0 matters. */
const linear: Model = {
  type: 'fixed_linear',
  task: 'regression',
  fit: async () => ({ series: {}, iterations: 0 }),
  predict: (X, n) => new Float64Array(n).map((_, i) => 2 * X[i * 2]),
  serialize: (): SerializedModel => ({ type: 'fixed_linear', version: 1, task: 'regression', state: null }),
};

describe('permutationImportance', () => {
  it('gives the exact drop for a known model and zero for an unused feature', () => {
    // X0 = [0, 1]: the only other order swaps the rows, so a shuffle either keeps MSE 0 or makes it 4 (errors ±2).
    const X = Float64Array.from([0, 5, 1, 7]);
    const y = Float64Array.from([0, 2]);
    const r = permutationImportance(linear, { X, y, n: 2, p: 2 }, { scoring: negMeanSquaredErrorScorer, seed: 1, nRepeats: 20 });
    expect(r.baselineScore).toBe(-0);
    for (let k = 0; k < 20; k++) expect([0, 4]).toContain(r.importances[k]);
    expect(Array.from(r.importances.subarray(20))).toEqual(new Array(20).fill(0));
    expect(r.importancesMean[1]).toBe(0);
    expect(r.importancesStd[1]).toBe(0);
    const swaps = Array.from(r.importances.subarray(0, 20)).filter((v) => v === 4).length;
    expect(r.importancesMean[0]).toBeCloseTo((4 * swaps) / 20, 12);
  });

  it('is seeded: same seed, same importances; ranks the informative feature first', async () => {
    const n = 200;
    const X = new Float64Array(n * 2).map((_, i) => ((i * 7919) % 101) / 101);
    const y = new Float64Array(n).map((_, i) => (X[i * 2] > 0.5 ? 1 : 0));
    const m = new DecisionTree({ task: 'binary', maxDepth: 3 });
    await m.fit({ X, y, n, p: 2, classes: 2 }, { seed: 0 });
    const a = permutationImportance(m, { X, y, n, p: 2 }, { scoring: accuracyScorer, seed: 3 });
    const b = permutationImportance(m, { X, y, n, p: 2 }, { scoring: accuracyScorer, seed: 3 });
    expect(Array.from(a.importances)).toEqual(Array.from(b.importances));
    expect(a.baselineScore).toBe(1);
    expect(a.importancesMean[0]).toBeGreaterThan(0.3);
    expect(a.importancesMean[1]).toBe(0);
  });
});

describe('explainRow', () => {
  it('lists the top contributions that, with the rest, add up to the prediction', async () => {
    const n = 100;
    const X = new Float64Array(n * 3).map((_, i) => ((i * 37) % 17) - 8);
    const y = new Float64Array(n).map((_, i) => 3 * X[i * 3] + (X[i * 3 + 1] > 0 ? 1 : 0));
    const m = new DecisionTree({ task: 'regression', maxDepth: 4 });
    await m.fit({ X, y, n, p: 3 }, { seed: 0 });
    const x = X.subarray(0, 3);
    const r = explainRow(m, x, { featureNames: ['a', 'b', 'c'], top: 1 });
    expect(r.contributions).toHaveLength(1);
    expect(r.contributions[0].name).toBe('a');
    expect(r.contributions[0].value).toBe(x[0]);
    expect(r.expectedValue + r.contributions[0].shap + r.rest).toBeCloseTo(r.prediction, 10);
    expect(r.prediction).toBe(m.predict(x, 1)[0]);
    expect(() => explainRow(linear, x)).toThrow(/need a tree model; fixed_linear is not one/);
  });
});
