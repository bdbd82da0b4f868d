// Tests for Platt scaling against sklearn's _sigmoid_calibration and the exact optimum.
import { describe, expect, it } from 'vitest';
import { CalibrationError } from './input.ts';
import { applyPlatt, fitPlatt } from './platt.ts';
import { F30, Y30 } from './test-data.ts';

/** Gradient of the Platt loss at (a, b) with the smoothed targets; zero at the optimum. */
function gradient(f: Float64Array, y: Float64Array, a: number, b: number): [number, number] {
  const n1 = y.reduce((s, v) => s + v, 0);
  const n0 = y.length - n1;
  let g1 = 0;
  let g2 = 0;
  f.forEach((s, i) => {
    const t = y[i] === 1 ? (n1 + 1) / (n1 + 2) : 1 / (n0 + 2);
    const p = 1 / (1 + Math.exp(a * s + b));
    g1 += s * (t - p);
    g2 += t - p;
  });
  return [g1, g2];
}

describe('Platt scaling', () => {
  it('matches sklearn _sigmoid_calibration (BFGS, gtol 1e-5) to its precision', () => {
    const st = fitPlatt(F30, Y30);
    expect(st.kind).toBe('platt');
    expect(st.a).toBeCloseTo(-1.5168163622319677, 4);
    expect(st.b).toBeCloseTo(-0.668305061822194, 4);
    const p = applyPlatt(st, Float64Array.from([-1, 0, 0.5, 2]));
    [0.29974523945384873, 0.6611235303614521, 0.806388684313059, 0.9759185615345226].forEach((v, i) =>
      expect(p[i]).toBeCloseTo(v, 5),
    );
  });
  it('lands on the exact optimum (scipy BFGS with gtol 1e-13 gives −1.516815303980215, −0.6683049270352562)', () => {
    const { a, b } = fitPlatt(F30, Y30);
    expect(a).toBeCloseTo(-1.516815303980215, 9);
    expect(b).toBeCloseTo(-0.6683049270352562, 9);
    const [g1, g2] = gradient(F30, Y30, a, b);
    expect(Math.abs(g1)).toBeLessThan(1e-9);
    expect(Math.abs(g2)).toBeLessThan(1e-9);
  });
  it('stays finite on separable data thanks to the smoothed targets (sklearn: A = −4.4138, B = 2.2069)', () => {
    const f = Float64Array.from([0.1, 0.2, 0.3, 0.7, 0.8, 0.9]);
    const y = Float64Array.from([0, 0, 0, 1, 1, 1]);
    const { a, b } = fitPlatt(f, y);
    expect(a).toBeCloseTo(-4.413822994322288, 4);
    expect(b).toBeCloseTo(2.2069172990857604, 4);
    // symmetric data: the calibrated probability at the midpoint is 1/2
    expect(applyPlatt({ kind: 'platt', a, b }, [0.5])[0]).toBeCloseTo(0.5, 10);
  });
  it('with one class, fits the smoothed prior: P = 1/(n + 2) for n negatives', () => {
    const st = fitPlatt(Float64Array.from([0.1, 0.5, 0.9]), Float64Array.from([0, 0, 0]));
    expect(st.a).toBeCloseTo(0, 8);
    expect(applyPlatt(st, [0.3])[0]).toBeCloseTo(1 / 5, 10);
  });
  it('round-trips through JSON', () => {
    const st = fitPlatt(F30, Y30);
    expect(applyPlatt(JSON.parse(JSON.stringify(st)), F30)).toEqual(applyPlatt(st, F30));
  });
  it('rejects bad input', () => {
    expect(() => fitPlatt([0.1, 0.2], [0, 2])).toThrow(/y\[1\] is 2; labels must be 0 or 1/);
    expect(() => fitPlatt([0.1, NaN], [0, 1])).toThrow(/scores\[1\] is NaN/);
    expect(() => fitPlatt([0.1], [0, 1])).toThrow(/scores has 1 rows but y has 2/);
    expect(() => fitPlatt([], [])).toThrow(CalibrationError);
    expect(() => applyPlatt({ kind: 'platt', a: 1, b: 0 }, [Infinity])).toThrow(/scores\[0\] is Infinity/);
  });
});
