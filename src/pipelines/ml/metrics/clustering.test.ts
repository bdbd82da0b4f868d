// Tests for silhouette and inertia against a hand example and sklearn's values.
import { describe, expect, it } from 'vitest';
import { inertia, silhouette } from './clustering.ts';

const f = (a: number[]) => Float64Array.from(a);
const X = f([0, 0, 1, 0, 0, 1, 5, 5, 6, 5, 5, 7, 10, 0, 2, 2]); // 8 points in 2-D

describe('silhouette', () => {
  it('hand example: two 1-D pairs {0, 1} and {10, 11}', () => {
    // a = 1 for every point; b = 10.5 for the outer points and 9.5 for the inner ones.
    const expected = (9.5 / 10.5 + 8.5 / 9.5) / 2;
    expect(silhouette(f([0, 1, 10, 11]), 1, f([0, 0, 1, 1]))).toBeCloseTo(expected, 15);
    expect(expected).toBeCloseTo(0.899749373433584, 15);
  });
  it('matches sklearn silhouette_score, with a singleton cluster scoring 0', () => {
    expect(silhouette(X, 2, Int32Array.from([0, 0, 0, 1, 1, 1, 2, 0]))).toBeCloseTo(0.6370096230328499, 14);
  });
  it('accepts any integer labels', () => {
    expect(silhouette(f([0, 1, 10, 11]), 1, Int32Array.from([-1, -1, 7, 7]))).toBeCloseTo(0.899749373433584, 15);
  });
  it('scores a seeded sample when sampleSize is given (sklearn sample_size)', () => {
    const labels = Int32Array.from([0, 0, 0, 1, 1, 1, 2, 0]);
    const full = silhouette(X, 2, labels);
    expect(silhouette(X, 2, labels, { sampleSize: 8, seed: 1 })).toBe(full);
    const a = silhouette(X, 2, labels, { sampleSize: 6, seed: 1 });
    expect(silhouette(X, 2, labels, { sampleSize: 6, seed: 1 })).toBe(a);
    const seeds = [1, 2, 3, 4, 5, 6].map((seed) => silhouette(X, 2, labels, { sampleSize: 6, seed }));
    expect(new Set(seeds).size).toBeGreaterThan(1);
    expect(() => silhouette(X, 2, labels, { sampleSize: 2 })).toThrow(/sampleSize is 2/);
  });
  it('needs 2..n−1 clusters and a matching matrix', () => {
    expect(() => silhouette(f([0, 1, 2]), 1, f([0, 0, 0]))).toThrow(/found 1 clusters in 3 rows/);
    expect(() => silhouette(f([0, 1, 2]), 1, f([0, 1, 2]))).toThrow(/between 2 and n − 1/);
    expect(() => silhouette(f([0, 1, 2]), 2, f([0, 1]))).toThrow(/x has 3 values but 2 labels × 2 features need 4/);
    expect(() => silhouette(f([0, NaN, 2]), 1, f([0, 1, 1]))).toThrow(/x\[1\] is NaN/);
  });
});

describe('inertia', () => {
  const labels = Int32Array.from([1, 1, 1, 0, 0, 0, 0, 1]);
  it('matches sklearn KMeans(2).inertia_ on the same points', () => {
    expect(inertia(X, 2, labels, f([6.5, 4.25, 0.75, 0.75]))).toBeCloseTo(49.25, 12);
    // without centres the cluster means are used; for k-means at convergence they are the same
    expect(inertia(X, 2, labels)).toBeCloseTo(49.25, 12);
  });
  it('hand example: 1-D {0, 2} around 1 and {10} → 2', () => {
    expect(inertia(f([0, 2, 10]), 1, f([0, 0, 1]))).toBe(2);
    expect(inertia(f([0, 2, 10]), 1, f([0, 0, 1]), f([0, 10]))).toBe(4);
  });
  it('rejects labels that do not index the centres', () => {
    expect(() => inertia(f([0, 2]), 1, f([0, 2]), f([0, 1]))).toThrow(/labels\[1\] is 2 but centers has 2 rows/);
  });
});
