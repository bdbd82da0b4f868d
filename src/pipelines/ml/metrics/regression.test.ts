// Tests for the regression metrics against sklearn's documentation example and hand calculations.
import { describe, expect, it } from 'vitest';
import { absoluteErrors, mae, mape, medianAe, r2, residuals, rmse } from './regression.ts';

const f = (a: number[]) => Float64Array.from(a);
// The y_true / y_pred pair used throughout sklearn's regression metric documentation.
const yt = f([3, -0.5, 2, 7]);
const yp = f([2.5, 0.0, 2, 8]);

describe('regression metrics: sklearn documentation examples', () => {
  it('r2_score = 0.948…', () => expect(r2(yt, yp)).toBeCloseTo(0.9486081370449679, 15));
  it('mean_absolute_percentage_error = 0.3273…', () => expect(mape(yt, yp)).toBeCloseTo(0.3273809523809524, 15));
  it('mean_absolute_error = 0.5', () => expect(mae(yt, yp)).toBe(0.5));
  it('root mean squared error = sqrt(0.375)', () => expect(rmse(yt, yp)).toBeCloseTo(0.6123724356957945, 15));
  it('median_absolute_error = 0.5', () => expect(medianAe(yt, yp)).toBe(0.5));
});

describe('regression metrics: hand calculations and edge cases', () => {
  it('residuals are yTrue − yPred', () => {
    expect(Array.from(residuals(yt, yp))).toEqual([0.5, -0.5, 0, -1]);
    expect(Array.from(absoluteErrors(yt, yp))).toEqual([0.5, 0.5, 0, 1]);
  });
  it('median of an odd count is the middle value', () => {
    expect(medianAe(f([0, 0, 0]), f([1, 5, 2]))).toBe(2);
  });
  it('mape floors |y| at eps like sklearn (y = 0 gives a huge finite term)', () => {
    expect(mape(f([0, 1]), f([1, 1]))).toBe(2251799813685248);
  });
  it('r2 on constant yTrue: 1 when perfect, 0 otherwise (force_finite)', () => {
    expect(r2(f([2, 2, 2]), f([2, 2, 2]))).toBe(1);
    expect(r2(f([2, 2, 2]), f([2, 2, 3]))).toBe(0);
    expect(r2(f([1, 2, 3]), f([2, 2, 2]))).toBe(0);
  });
  it('rejects NaN, mismatched lengths and empty input', () => {
    expect(() => mae(f([1, NaN]), f([1, 2]))).toThrow(/yTrue\[1\] is NaN; drop or impute/);
    expect(() => rmse(f([1, 2]), f([1]))).toThrow(/yTrue has 2 rows but yPred has 1/);
    expect(() => r2(f([]), f([]))).toThrow(/empty/);
  });
});
