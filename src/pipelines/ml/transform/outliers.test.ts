import { describe, expect, it } from 'vitest';
import { frameOf, nums, strs, values } from './fixture.ts';
import { applyStep, fitStep } from './pipeline.ts';
import { stepToSql } from './to-sql.ts';

const ctx = { seed: 1 };

describe('outliers', () => {
  // Sorted [1,2,3,4,5,6,100]: q1 at h=1.5 → 2.5, q3 at h=4.5 → 5.5, IQR 3, bounds [-2, 10].
  const train = frameOf(nums('id', [1, 2, 3, 4, 5, 6, 7, 8]), nums('temp', [1, 2, 3, 4, 100, 5, 6, null]));

  it('iqr clip: hand-computed bounds, NaN left alone, applied identically to new rows', () => {
    const { fitted, frame } = fitStep(train, { op: 'outliers', columns: ['temp'], method: 'iqr', factor: 1.5, action: 'clip' }, ctx);
    expect(fitted).toEqual({ op: 'outliers', method: 'iqr', action: 'clip', bounds: [{ name: 'temp', lower: -2, upper: 10 }] });
    expect(values(frame, 'temp')).toEqual([1, 2, 3, 4, 10, 5, 6, NaN]);
    expect(values(applyStep(frameOf(nums('temp', [-50, 0, 11])), fitted), 'temp')).toEqual([-2, 0, 10]);
  });

  it('iqr drop: removes training rows outside the bounds; scoring rows are all kept', () => {
    const { fitted, frame } = fitStep(train, { op: 'outliers', columns: ['temp'], method: 'iqr', action: 'drop' }, ctx);
    expect(values(frame, 'id')).toEqual([1, 2, 3, 4, 6, 7, 8]);
    const scoring = frameOf(nums('temp', [500]));
    expect(applyStep(scoring, fitted)).toBe(scoring);
    expect(stepToSql(fitted, ['temp'])).toBeNull();
  });

  it('zscore: mean ± threshold · population std', () => {
    const f = frameOf(nums('x', [1, 2, 3, 4, 10]));
    const { fitted, frame } = fitStep(f, { op: 'outliers', columns: ['x'], method: 'zscore', threshold: 1 }, ctx);
    expect(fitted).toMatchObject({ bounds: [{ lower: 4 - Math.sqrt(10), upper: 4 + Math.sqrt(10) }] });
    expect(values(frame, 'x')).toEqual([1, 2, 3, 4, 4 + Math.sqrt(10)]);
  });

  it('winsorize: numpy linear quantiles (np.quantile([3,1,2,10], [.05,.95]) = [1.15, 8.949999999999998])', () => {
    const f = frameOf(nums('x', [3, 1, 2, 10]));
    const { fitted, frame } = fitStep(f, { op: 'outliers', columns: ['x'], method: 'winsorize', lower: 0.05, upper: 0.95 }, ctx);
    expect(fitted).toMatchObject({ bounds: [{ lower: 1.15, upper: 8.949999999999998 }] });
    expect(values(frame, 'x')).toEqual([3, 1.15, 2, 8.949999999999998]);
  });

  it('cap: fixed bounds, one side may be open', () => {
    const f = frameOf(nums('x', [-5, 0, 5]));
    expect(values(fitStep(f, { op: 'outliers', columns: ['x'], method: 'cap', min: -1 }, ctx).frame, 'x')).toEqual([-1, 0, 5]);
    expect(values(fitStep(f, { op: 'outliers', columns: ['x'], method: 'cap', min: -1, max: 2 }, ctx).frame, 'x')).toEqual([-1, 0, 2]);
    expect(() => fitStep(f, { op: 'outliers', columns: ['x'], method: 'cap' }, ctx, 2)).toThrow(
      'steps[2] (outliers): min: method cap needs min, max or both',
    );
  });

  it('names the step, op and column when the column is missing or text', () => {
    const f = frameOf(nums('a', [1]), strs('b', ['x']));
    expect(() => fitStep(f, { op: 'outliers', columns: ['temp'], method: 'iqr', factor: 1.5, action: 'clip' }, ctx, 2)).toThrow(
      'steps[2] (outliers): column "temp" not found; the table has: a, b',
    );
    try {
      fitStep(f, { op: 'outliers', columns: ['b'], method: 'iqr' }, ctx, 5);
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ name: 'TransformError', step: 5, op: 'outliers', column: 'b' });
    }
  });

  it('compiles clipping to a CASE that keeps NULL', () => {
    const fitted = fitStep(train, { op: 'outliers', columns: ['temp'], method: 'iqr' }, ctx).fitted;
    expect(stepToSql(fitted, ['id', 'temp'])).toBe('"id", CASE WHEN "temp" < -2 THEN -2 WHEN "temp" > 10 THEN 10 ELSE "temp" END AS "temp"');
    const capped = fitStep(train, { op: 'outliers', columns: ['temp'], method: 'cap', max: 50 }, ctx).fitted;
    expect(stepToSql(capped, ['temp'])).toBe('CASE WHEN "temp" > 50 THEN 50 ELSE "temp" END AS "temp"');
  });
});
