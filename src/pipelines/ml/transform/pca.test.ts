import { describe, expect, it } from 'vitest';
import { frameOf, names, nums, rowsOf } from './fixture.ts';
import { applyStep, fitStep } from './pipeline.ts';
import type { PcaFitted } from './pca.ts';

const ctx = { seed: 1 };
const close = (got: number[][], want: number[][], digits = 12) =>
  got.forEach((r, i) => r.forEach((v, j) => expect(v).toBeCloseTo(want[i][j], digits)));

describe('pca', () => {
  // sklearn PCA doc example.
  const doc = frameOf(nums('a', [-1, -2, -3, 1, 2, 3]), nums('b', [-1, -1, -2, 1, 1, 2]), nums('id', [1, 2, 3, 4, 5, 6]));

  it('sklearn doc example: explained_variance_ratio_ [0.9924…, 0.0075…]', () => {
    const { fitted, frame } = fitStep(doc, { op: 'pca', columns: ['a', 'b'], n_components: 2 }, ctx);
    const f = fitted as PcaFitted;
    expect(f.explained_variance_ratio[0]).toBeCloseTo(0.9924428900898052, 14);
    expect(f.explained_variance_ratio[1]).toBeCloseTo(0.00755710991019477, 14);
    expect(f.explained_variance[0]).toBeCloseTo(7.939543120718442, 13);
    // sklearn: components_ [[-0.8385, -0.5449], [0.5449, -0.8385]]; our convention makes the
    // largest |loading| positive, so both components come out negated and so do their scores.
    close(f.components, [[0.838492237904874, 0.5449135408239331], [-0.5449135408239331, 0.838492237904874]], 14);
    expect(names(frame)).toEqual(['pc1', 'pc2', 'id']);
    close(rowsOf(frame, ['pc1', 'pc2']), [
      [-1.383405778728807, -0.293578697080941],
      [-2.221898016633681, 0.2513348437429921],
      [-3.605303795362488, -0.04224385333794878],
      [1.383405778728807, 0.293578697080941],
      [2.221898016633681, -0.2513348437429921],
      [3.605303795362488, 0.04224385333794878],
    ]);
  });

  it('variance: 0.95 keeps the fewest components whose cumulative ratio exceeds it (sklearn: 2 here)', () => {
    const f = frameOf(
      nums('a', [2.5, 0.5, 2.2, 1.9, 3.1, 2.3, 2.0, 1.0, 1.5, 1.1]),
      nums('b', [2.4, 0.7, 2.9, 2.2, 3.0, 2.7, 1.6, 1.1, 1.6, 0.9]),
      nums('c', [1.0, 2.0, 0.5, 1.5, 0.2, 1.1, 1.9, 2.5, 1.2, 2.2]),
    );
    const { fitted } = fitStep(f, { op: 'pca', columns: ['a', 'b', 'c'], variance: 0.95 }, ctx);
    const p = fitted as PcaFitted;
    expect(p.components).toHaveLength(2);
    expect(p.explained_variance_ratio[0]).toBeCloseTo(0.9280850085663193, 14);
    expect(p.explained_variance_ratio[1]).toBeCloseTo(0.05141715333184657, 14);
    // sklearn's signs happen to follow our convention here.
    close(p.components, [
      [0.568429744563036, 0.6285233516578171, -0.5308917233455661],
      [0.6365132013520443, 0.07288981504043562, 0.7678137921188597],
    ]);
    const probe = frameOf(nums('a', [2.5, 0.5, 2.2]), nums('b', [2.4, 0.7, 2.9]), nums('c', [1.0, 2.0, 0.5]));
    close(rowsOf(applyStep(probe, JSON.parse(JSON.stringify(fitted))), ['pc1', 'pc2']), [
      [0.9178585726325076, 0.16010646353399136],
      [-1.8183823376574195, -0.46901883261997795],
      [1.3270371867652884, -0.3783094854108338],
    ]);
  });

  it('refuses more components than columns, and missing values', () => {
    expect(() => fitStep(doc, { op: 'pca', columns: ['a', 'b'], n_components: 3 }, ctx, 8)).toThrow(
      'steps[8] (pca): n_components 3 is more than the 2 columns given',
    );
    const gap = frameOf(nums('a', [1, null, 3]), nums('b', [1, 2, 3]));
    expect(() => fitStep(gap, { op: 'pca', columns: ['a', 'b'] }, ctx)).toThrow(
      'steps[0] (pca): column "a" has missing values; impute them first',
    );
  });
});
