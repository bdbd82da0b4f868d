import { describe, expect, it } from 'vitest';
import { Random } from '../../random.ts';
import { ModelInputError } from '../model.ts';
import { createTfjsModel, deserializeTfjsModel } from './factory.ts';
import type { LinearModel } from './linear.ts';

function plane(n: number, noise: number, seed = 1): { X: Float64Array; y: Float64Array } {
  const rng = new Random(seed);
  const X = new Float64Array(n * 2);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    X[2 * i] = rng.normal() * 3 + 1;
    X[2 * i + 1] = rng.next() * 10 - 4;
    y[i] = 2 * X[2 * i] - 3 * X[2 * i + 1] + 1 + noise * rng.normal();
  }
  return { X, y };
}

/** (AᵀA + αI)⁻¹ Aᵀb by Gauss–Jordan, in plain JS (the reference answer). */
function closedForm(A: number[][], b: number[], alpha: number): number[] {
  const p = A[0].length;
  const M = Array.from({ length: p }, (_, i) => [
    ...Array.from({ length: p }, (_, j) => A.reduce((s, r) => s + r[i] * r[j], 0) + (i === j ? alpha : 0)),
    A.reduce((s, r, k) => s + r[i] * b[k], 0),
  ]);
  for (let c = 0; c < p; c++) {
    const piv = M[c][c];
    for (let j = 0; j <= p; j++) M[c][j] /= piv;
    for (let r = 0; r < p; r++) {
      if (r === c) continue;
      const f = M[r][c];
      for (let j = 0; j <= p; j++) M[r][j] -= f * M[c][j];
    }
  }
  return M.map((row) => row[p]);
}

describe('linear family', () => {
  it('least squares recovers y = 2x1 − 3x2 + 1', async () => {
    const { X, y } = plane(50, 0);
    const m = createTfjsModel('linear', 'regression') as LinearModel;
    const h = await m.fit({ X, y, n: 50, p: 2 }, { seed: 1 });
    const { coef, intercept } = m.coefficients;
    expect(coef[0]).toBeCloseTo(2, 3);
    expect(coef[1]).toBeCloseTo(-3, 3);
    expect(intercept).toBeCloseTo(1, 3);
    expect(h.series.train_loss[0]).toBeLessThan(1e-12);
    expect(m.predict(Float64Array.of(1, 1), 1)[0]).toBeCloseTo(0, 6);
  });

  it('ridge without intercept matches (XᵀX + αI)⁻¹Xᵀy', async () => {
    const A = [
      [1, 2, 0.5],
      [0, 1, -1],
      [3, -1, 2],
      [2, 2, 1],
      [-1, 0.5, 0],
    ];
    const b = [1, 0, 4, 3, -2];
    const m = createTfjsModel('ridge', 'regression', { alpha: 0.7, fit_intercept: false }) as LinearModel;
    await m.fit({ X: Float64Array.from(A.flat()), y: Float64Array.from(b), n: 5, p: 3 }, { seed: 0 });
    const want = closedForm(A, b, 0.7);
    const got = m.coefficients.coef;
    for (let j = 0; j < 3; j++) expect(got[j]).toBeCloseTo(want[j], 10);
    expect(m.coefficients.intercept).toBe(0);
  });

  it('ridge with intercept solves the centred problem and leaves the intercept unpenalised', async () => {
    const A = [
      [1, 2],
      [0, 1],
      [3, -1],
      [2, 2],
    ];
    const b = [1, 0, 4, 3];
    const mean = [1.5, 1];
    const yMean = 2;
    const centred = A.map((r) => r.map((v, j) => v - mean[j]));
    const want = closedForm(centred, b.map((v) => v - yMean), 2);
    const m = createTfjsModel('ridge', 'regression', { alpha: 2 }) as LinearModel;
    await m.fit({ X: Float64Array.from(A.flat()), y: Float64Array.from(b), n: 4, p: 2 }, { seed: 0 });
    expect(m.coefficients.coef[0]).toBeCloseTo(want[0], 10);
    expect(m.coefficients.coef[1]).toBeCloseTo(want[1], 10);
    expect(m.coefficients.intercept).toBeCloseTo(yMean - mean[0] * want[0] - mean[1] * want[1], 10);
  });

  // With orthonormal centred columns (XᵀX/n = I) the lasso answer is the soft-thresholded least-squares answer,
  // and the elastic net divides it by 1 + α(1−ρ).
  const X = Float64Array.of(1, 1, 1, -1, -1, 1, -1, -1);
  const y = Float64Array.of(3.5, 0.5, -0.5, -3.5).map((v, i) => v + [0.1, -0.1, -0.1, 0.1][i]);
  // Least squares on this design: β = Xᵀy / n.
  const ols = [0, 1].map((j) => (X[j] * y[0] + X[2 + j] * y[1] + X[4 + j] * y[2] + X[6 + j] * y[3]) / 4);

  it('lasso on an orthonormal design soft-thresholds least squares, with exact zeros', async () => {
    const m = createTfjsModel('lasso', 'regression', { alpha: 1 }) as LinearModel;
    await m.fit({ X, y, n: 4, p: 2 }, { seed: 0 });
    const soft = ols.map((b) => Math.sign(b) * Math.max(0, Math.abs(b) - 1));
    expect(ols[0]).toBeCloseTo(2, 10);
    expect(ols[1]).toBeCloseTo(1.5, 10);
    expect(m.coefficients.coef[0]).toBeCloseTo(soft[0], 8);
    expect(m.coefficients.coef[1]).toBeCloseTo(soft[1], 8);
    const big = createTfjsModel('lasso', 'regression', { alpha: 1.6 }) as LinearModel;
    await big.fit({ X, y, n: 4, p: 2 }, { seed: 0 });
    expect(big.coefficients.coef[1]).toBe(0);
  });

  it('elastic net on an orthonormal design', async () => {
    const m = createTfjsModel('elastic_net', 'regression', { alpha: 0.5, l1_ratio: 0.4 }) as LinearModel;
    await m.fit({ X, y, n: 4, p: 2 }, { seed: 0 });
    for (let j = 0; j < 2; j++) {
      const want = (Math.sign(ols[j]) * Math.max(0, Math.abs(ols[j]) - 0.5 * 0.4)) / (1 + 0.5 * 0.6);
      expect(m.coefficients.coef[j]).toBeCloseTo(want, 8);
    }
  });

  it('feature importance is |coef| × std; serialize round trip predicts identically', async () => {
    const { X: Xp, y: yp } = plane(40, 0.1);
    const m = createTfjsModel('ridge', 'regression', { alpha: 0.1 }) as LinearModel;
    await m.fit({ X: Xp, y: yp, n: 40, p: 2 }, { seed: 0, valid: { X: Xp.slice(0, 20), y: yp.slice(0, 10) } });
    const imp = m.featureImportance();
    const std0 = Math.sqrt(Array.from({ length: 40 }, (_, i) => Xp[2 * i]).reduce((s, v, _, a) => s + (v - a.reduce((q, r) => q + r, 0) / 40) ** 2, 0) / 40);
    expect(imp[0]).toBeCloseTo(Math.abs(m.coefficients.coef[0]) * std0, 10);
    const back = deserializeTfjsModel(JSON.parse(JSON.stringify(m.serialize())));
    expect(back.predict(Xp, 40)).toEqual(m.predict(Xp, 40));
  });

  it('integer sample weights equal repeated rows', async () => {
    const { X: Xw, y: yw } = plane(12, 0.5, 4);
    const w = Float64Array.from({ length: 12 }, (_, i) => 1 + (i % 3));
    const rows = Array.from({ length: 12 }, (_, i) => Array<number>(w[i]).fill(i)).flat();
    const Xr = Float64Array.from(rows.flatMap((i) => [Xw[2 * i], Xw[2 * i + 1]]));
    const yr = Float64Array.from(rows.map((i) => yw[i]));
    for (const [type, params] of [['ridge', { alpha: 3 }], ['elastic_net', { alpha: 0.2, tol: 1e-12 }]] as const) {
      const weighted = createTfjsModel(type, 'regression', params) as LinearModel;
      await weighted.fit({ X: Xw, y: yw, n: 12, p: 2 }, { seed: 0, sampleWeight: w });
      const repeated = createTfjsModel(type, 'regression', params) as LinearModel;
      await repeated.fit({ X: Xr, y: yr, n: rows.length, p: 2 }, { seed: 0 });
      for (let j = 0; j < 2; j++) expect(weighted.coefficients.coef[j]).toBeCloseTo(repeated.coefficients.coef[j], 8);
      expect(weighted.coefficients.intercept).toBeCloseTo(repeated.coefficients.intercept, 8);
    }
  });

  it('says which column is collinear or missing', async () => {
    const Xc = Float64Array.of(1, 2, 2, 4, 3, 6);
    await expect(createTfjsModel('linear', 'regression').fit({ X: Xc, y: Float64Array.of(1, 2, 3), n: 3, p: 2 }, { seed: 0 })).rejects.toThrow(
      /column 1 is a linear combination/,
    );
    const Xn = Float64Array.of(1, 2, NaN, 4);
    await expect(createTfjsModel('linear', 'regression').fit({ X: Xn, y: Float64Array.of(1, 2), n: 2, p: 2 }, { seed: 0 })).rejects.toThrow(
      new ModelInputError('linear: X[row 1, column 0] is NaN; impute or drop missing values before training or scoring'),
    );
    expect(() => createTfjsModel('lasso', 'binary')).toThrow(/does regression/);
  });
});
