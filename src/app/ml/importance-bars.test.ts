import { describe, expect, it } from 'vitest';
import { importanceBars, niceTicks } from './importance-bars';

describe('importanceBars', () => {
  it('puts the largest feature first, bars from zero, whiskers of ± std', () => {
    const { bars, zero, ticks } = importanceBars([{ feature: 'a', value: 0.1, std: 0.05 }, { feature: 'b', value: 0.4 }, { feature: 'c', value: -0.1 }], 100);
    expect(bars.map((b) => b.feature)).toEqual(['b', 'a', 'c']);
    // Ticks -0.2 … 0.4 step 0.2 (range -0.1 … 0.4 rounded out), so zero sits a third of the way in.
    expect(ticks.map((t) => t.value)).toEqual([-0.2, 0, 0.2, 0.4]);
    expect(zero).toBeCloseTo(100 / 3, 10);
    expect(bars[0]).toMatchObject({ std: null, w0: null, w1: null });
    expect(bars[0].x0).toBeCloseTo(zero, 10);
    expect(bars[0].x1).toBeCloseTo(100, 10);
    expect(bars[1].w0).toBeCloseTo(((0.05 + 0.2) / 0.6) * 100, 10);
    expect(bars[1].w1).toBeCloseTo(((0.15 + 0.2) / 0.6) * 100, 10);
    // A negative importance is a bar to the left of zero.
    expect(bars[2].x0).toBeCloseTo((0.1 / 0.6) * 100, 10);
    expect(bars[2].x1).toBeCloseTo(zero, 10);
  });
  it('keeps only the top features and skips non-finite values', () => {
    const { bars } = importanceBars([{ feature: 'a', value: 1 }, { feature: 'b', value: 3 }, { feature: 'n', value: NaN }, { feature: 'c', value: 2 }], 50, 2);
    expect(bars.map((b) => b.feature)).toEqual(['b', 'c']);
  });
});

describe('niceTicks', () => {
  it('steps by 1, 2 or 5 × 10^k and covers the range', () => {
    expect(niceTicks(0, 4900)).toEqual([0, 2000, 4000, 6000]);
    expect(niceTicks(0, 0.82)).toEqual([0, 0.5, 1]);
    expect(niceTicks(0, 1)).toEqual([0, 0.5, 1]);
    expect(niceTicks(-0.1, 0.4)).toEqual([-0.2, 0, 0.2, 0.4]);
    expect(niceTicks(3, 3)).toEqual([3]);
  });
});
