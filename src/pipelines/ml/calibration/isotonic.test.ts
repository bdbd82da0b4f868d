// Tests for isotonic calibration against sklearn's IsotonicRegression and a hand PAVA example.
import { describe, expect, it } from 'vitest';
import { applyIsotonic, fitIsotonic } from './isotonic.ts';
import { F30, Y30 } from './test-data.ts';

describe('isotonic calibration', () => {
  it('hand example: PAVA pools each violating pair and interpolates between thresholds', () => {
    // y = 1, 3, 2, 4, 3.5, 5 → pools (3, 2) → 2.5 and (4, 3.5) → 3.75; sklearn gives the same.
    const st = fitIsotonic([1, 2, 3, 4, 5, 6], [1, 3, 2, 4, 3.5, 5]);
    expect(st).toEqual({ kind: 'isotonic', x: [1, 2, 3, 4, 5, 6], y: [1, 2.5, 2.5, 3.75, 3.75, 5] });
    expect(Array.from(applyIsotonic(st, [1.5, 2.5, 3.5, 6]))).toEqual([1.75, 2.5, 3.125, 5]);
  });
  it('matches sklearn IsotonicRegression(out_of_bounds="clip") thresholds and predictions', () => {
    const st = fitIsotonic(F30, Y30);
    expect(st.x).toEqual([-2.3, -0.88, -0.76, -0.68, -0.61, -0.27, -0.25, 0.04, 0.32, 0.9, 1.13, 1.74]);
    const y = [0, 0, 0.5, 0.5, 0.6, 0.6, 0.75, 0.75, 0.8571428571428571, 0.8571428571428571, 1, 1];
    y.forEach((v, i) => expect(st.y[i]).toBeCloseTo(v, 15));
    const p = applyIsotonic(st, [-5, -0.5, 0, 0.33, 1.0, 5]);
    [0, 0.6, 0.75, 0.8571428571428571, 0.9192546583850931, 1].forEach((v, i) => expect(p[i]).toBeCloseTo(v, 15));
  });
  it('merges equal scores into their weighted mean, then pools (sklearn: constant 0.5)', () => {
    const st = fitIsotonic([1, 1, 2, 2, 3], [0, 1, 1, 0, 0], [1, 3, 1, 1, 2]);
    expect(st).toEqual({ kind: 'isotonic', x: [1, 3], y: [0.5, 0.5] });
    expect(Array.from(applyIsotonic(st, [0, 1.5, 9]))).toEqual([0.5, 0.5, 0.5]);
  });
  it('is non-decreasing, clips out of range, and a single score gives a constant', () => {
    const st = fitIsotonic(F30, Y30);
    const grid = Array.from({ length: 101 }, (_, i) => -3 + i * 0.06);
    const p = applyIsotonic(st, grid);
    for (let i = 1; i < p.length; i++) expect(p[i]).toBeGreaterThanOrEqual(p[i - 1]);
    expect(applyIsotonic(fitIsotonic([2, 2], [0, 1]), [-1, 7])).toEqual(Float64Array.from([0.5, 0.5]));
  });
  it('drops zero-weight rows and rejects bad weights or input', () => {
    expect(fitIsotonic([1, 2, 3], [1, 0, 1], [1, 0, 1])).toEqual({ kind: 'isotonic', x: [1, 3], y: [1, 1] });
    expect(() => fitIsotonic([1, 2], [0, 1], [1, -1])).toThrow(/weights\[1\] is -1/);
    expect(() => fitIsotonic([1, 2], [0, 1], [0, 0])).toThrow(/every weight is 0/);
    expect(() => fitIsotonic([1, 2], [0, NaN])).toThrow(/y\[1\] is NaN/);
    expect(() => applyIsotonic({ kind: 'isotonic', x: [0, 1], y: [0, 1] }, [NaN])).toThrow(/scores\[0\] is NaN/);
  });
});
