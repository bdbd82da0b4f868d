import { describe, expect, it } from 'vitest';
import { median, mode, quantile } from './stats.ts';

// References: numpy 1.24 np.quantile (default method 'linear') and np.median, compared bit for bit.
const qs = [0.05, 0.1, 0.25, 0.3, 0.5, 0.7, 0.75, 0.9, 0.95, 0.99];
const cases: [number[], number[], number][] = [
  [
    [0.1, 0.7, 0.3, 1.9, 2.2, 5.5, 0.01],
    [0.037000000000000005, 0.064, 0.2, 0.25999999999999995, 0.7, 1.9599999999999997, 2.05, 3.5200000000000014, 4.509999999999998, 5.301999999999999],
    0.7,
  ],
  [[3, 1, 4, 1, 5, 9, 2, 6], [1.0, 1.0, 1.75, 2.1, 3.5, 4.8999999999999995, 5.25, 6.8999999999999995, 7.949999999999998, 8.79], 3.5],
  [
    [1e-3, 7.77, 3.3333, 12.5, -4.25, 0.2],
    [-3.1872499999999997, -2.1245000000000003, 0.05075, 0.1005, 1.76665, 5.5516499999999995, 6.660824999999999, 10.135, 11.317499999999999, 12.2635],
    1.76665,
  ],
];

describe('stats', () => {
  it('quantile matches numpy linear interpolation exactly', () => {
    for (const [values, want] of cases) expect(qs.map((q) => quantile(values, q))).toEqual(want);
  });

  it('median matches numpy; missing values are skipped', () => {
    for (const [values, , want] of cases) expect(median(values)).toBe(want);
    expect(median([NaN, 4, 1, NaN])).toBe(2.5);
    expect(quantile([NaN], 0.5)).toBeNaN();
  });

  it('mode: most frequent, ties to the smallest', () => {
    expect(mode([3, 1, 3, 1, 2])).toBe(1);
    expect(mode(['b', null, 'a', 'b', 'a'])).toBe('a');
    expect(mode([null])).toBeNull();
  });
});
