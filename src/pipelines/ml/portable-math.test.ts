import { describe, expect, it } from 'vitest';
import { exp, log, log1p } from './portable-math';
import { Random } from './random';

/** Distance in units in the last place between two doubles of the same sign. */
function ulps(a: number, b: number): number {
  const v = new DataView(new ArrayBuffer(16));
  v.setFloat64(0, a);
  v.setFloat64(8, b);
  return Math.abs(Number(v.getBigInt64(0) - v.getBigInt64(8)));
}

describe('portable exp and log', () => {
  it('give exact answers where there is one', () => {
    expect(exp(0)).toBe(1);
    expect(exp(-Infinity)).toBe(0);
    expect(exp(Infinity)).toBe(Infinity);
    expect(exp(710)).toBe(Infinity);
    expect(exp(-746)).toBe(0);
    expect(Number.isNaN(exp(NaN))).toBe(true);
    expect(log(1)).toBe(0);
    expect(log(0)).toBe(-Infinity);
    expect(Number.isNaN(log(-1))).toBe(true);
    expect(log(Infinity)).toBe(Infinity);
    expect(log1p(1e-300)).toBe(1e-300);
  });

  it('agree with the engine to within one ulp over the ranges models use', () => {
    const rng = new Random(3);
    let worst = 0;
    for (let i = 0; i < 20000; i++) {
      const x = (rng.next() - 0.5) * 1400;
      worst = Math.max(worst, ulps(exp(x), Math.exp(x)));
      const y = 10 ** ((rng.next() - 0.5) * 600);
      worst = Math.max(worst, ulps(log(y), Math.log(y)));
    }
    expect(worst).toBeLessThanOrEqual(1);
    expect(log(Math.E)).toBeCloseTo(1, 15);
    expect(exp(1)).toBeCloseTo(Math.E, 15);
    expect(log(2 ** -1070)).toBeCloseTo(-1070 * Math.LN2, 10); // subnormal input
  });
});
