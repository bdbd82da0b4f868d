import { describe, expect, it } from 'vitest';
import { Random } from '../../random.ts';
import { ModelInputError, type Task } from '../model.ts';
import { createTreeModel, deserializeTreeModel, TREE_MODEL_TYPES } from './catalog.ts';

describe('catalog', () => {
  it('creates every type, and deserialize(serialize(m)) predicts identically and re-serializes byte for byte', async () => {
    const rng = new Random(4);
    const n = 120;
    const p = 3;
    const X = new Float64Array(n * p).map(() => rng.normal());
    const y = new Float64Array(n).map((_, i) => (X[i * p] > 0 ? 1 : 0));
    for (const type of TREE_MODEL_TYPES) {
      const task: Task = type === 'kmeans' ? 'clustering' : 'binary';
      const m = createTreeModel(type, task, type === 'random_forest' ? { nEstimators: 4 } : type === 'kmeans' ? { nClusters: 3 } : {});
      await m.fit({ X, y, n, p, classes: 2 }, { seed: 5 });
      const s = JSON.stringify(m.serialize());
      const back = deserializeTreeModel(JSON.parse(s));
      expect(back.type).toBe(type);
      expect(Array.from(back.predict(X, n))).toEqual(Array.from(m.predict(X, n)));
      if (m.predictProba) expect(Array.from(back.predictProba!(X, n))).toEqual(Array.from(m.predictProba(X, n)));
      expect(JSON.stringify(back.serialize())).toBe(s);
    }
  });

  it('accepts the notebook aliases and names the known types on a typo', () => {
    expect(createTreeModel('gbdt', 'regression').type).toBe('hist_gradient_boosting');
    expect(createTreeModel('naive_bayes', 'binary').type).toBe('gaussian_nb');
    expect(() => createTreeModel('xgboost', 'binary')).toThrow(/Unknown model type "xgboost"; expected one of hist_gradient_boosting/);
    expect(() => deserializeTreeModel({ type: 'kmeans', version: 2 as 1, task: 'clustering', state: {} })).toThrow(ModelInputError);
    expect(() => deserializeTreeModel({ type: 'random_forest', version: 1, task: 'binary', state: { params: {}, forest: { width: 2 } } })).toThrow(/malformed/);
  });
});
