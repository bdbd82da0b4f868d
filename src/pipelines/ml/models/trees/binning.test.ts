import { describe, expect, it } from 'vitest';
import { Random } from '../../random.ts';
import { binColumns, fitBins, midpoint, MISSING_BIN } from './binning.ts';

describe('binning', () => {
  it('puts each distinct value in its own bin when there are few, with midpoint thresholds and a NaN bin', () => {
    const X = Float64Array.from([3, 1, NaN, 2, 1, 3]);
    const m = fitBins(X, 6, 1, 255, new Random(0));
    expect(Array.from(m.thresholds[0])).toEqual([1.5, 2.5]);
    expect(m.nBins[0]).toBe(3);
    expect(m.hasMissing[0]).toBe(1);
    expect(Array.from(binColumns(m, X, 6, 1))).toEqual([2, 0, MISSING_BIN, 1, 0, 2]);
  });

  it('uses midpoint percentiles when values outnumber bins (numpy percentile, method midpoint)', () => {
    // 0..9 into 4 bins: positions 9·{1/4, 2/4, 3/4} = 2.25, 4.5, 6.75 → midpoints (2+3)/2, (4+5)/2, (6+7)/2.
    const X = Float64Array.from({ length: 10 }, (_, i) => i);
    const m = fitBins(X, 10, 1, 4, new Random(0));
    expect(Array.from(m.thresholds[0])).toEqual([2.5, 4.5, 6.5]);
    expect(Array.from(binColumns(m, X, 10, 1))).toEqual([0, 0, 0, 1, 1, 2, 2, 3, 3, 3]);
  });

  it('keeps thresholds finite next to infinities', () => {
    expect(midpoint(1, 2)).toBe(1.5);
    expect(midpoint(1, Infinity)).toBe(1);
    expect(midpoint(-Infinity, 1)).toBe(-Number.MAX_VALUE);
    expect(midpoint(-Infinity, Infinity)).toBe(0);
    const m = fitBins(Float64Array.from([-Infinity, 0, Infinity]), 3, 1, 255, new Random(0));
    expect(Array.from(m.thresholds[0])).toEqual([-Number.MAX_VALUE, 0]);
  });
});
