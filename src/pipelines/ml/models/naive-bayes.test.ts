import { describe, expect, it } from 'vitest';
import { GaussianNB } from './naive-bayes.ts';

// scikit-learn's GaussianNB documentation example (labels 1, 2 encoded as 0, 1).
const X = Float64Array.from([-1, -1, -2, -1, -3, -2, 1, 1, 2, 1, 3, 2]);
const y = Float64Array.from([0, 0, 0, 1, 1, 1]);

describe('GaussianNB', () => {
  it('matches scikit-learn on its documentation example', async () => {
    const m = new GaussianNB({ task: 'binary' });
    await m.fit({ X, y, n: 6, p: 2, classes: 2 }, { seed: 0 });
    expect(Array.from(m.predict(Float64Array.from([-0.8, -1]), 1))).toEqual([0]);
    // theta_ = [[-2, -4/3], [2, 4/3]]; var_ = [[2/3, 2/9], [2/3, 2/9]] + epsilon (1e-9 × 14/3)
    const theta = m.theta;
    [-2, -4 / 3, 2, 4 / 3].forEach((v, i) => expect(theta[i]).toBeCloseTo(v, 14));
    const eps = 1e-9 * (14 / 3);
    const variance = m.variance;
    [2 / 3, 2 / 9, 2 / 3, 2 / 9].forEach((v, i) => expect(variance[i]).toBeCloseTo(v + eps, 15));
    expect(Array.from(m.classPrior)).toEqual([0.5, 0.5]);
    // sklearn: predict_proba([[-0.8, -1]]) = [[9.99999949e-01, 5.05653254e-08]], joint log-likelihood [-2.906253, -19.70625271]
    const proba = m.predictProba(Float64Array.from([-0.8, -1]), 1);
    expect(proba[1]).toBeCloseTo(5.05653254e-8, 15);
    const jll = m.jointLogLikelihood(Float64Array.from([-0.8, -1]), 1);
    expect(jll[0]).toBeCloseTo(-2.906253, 6);
    expect(jll[1]).toBeCloseTo(-19.70625271, 6);
  });

  it('round-trips through serialize and rejects bad input', async () => {
    const m = new GaussianNB({ task: 'binary' });
    await m.fit({ X, y, n: 6, p: 2, classes: 2 }, { seed: 0 });
    const back = GaussianNB.deserialize(JSON.parse(JSON.stringify(m.serialize())));
    expect(Array.from(back.predictProba(X, 6))).toEqual(Array.from(m.predictProba(X, 6)));
    await expect(m.fit({ X, y: new Float64Array(6), n: 6, p: 2, classes: 2 }, { seed: 0 })).rejects.toThrow(/only one class/);
    expect(() => new GaussianNB({ task: 'regression' })).toThrow(/binary or multiclass/);
  });
});
