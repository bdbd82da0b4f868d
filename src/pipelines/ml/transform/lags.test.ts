import { describe, expect, it } from 'vitest';
import { frameOf, names, nums, values } from './fixture.ts';
import { fitStep } from './pipeline.ts';
import { stepToSql } from './to-sql.ts';

const ctx = { seed: 1 };

describe('lags and rolling', () => {
  // Table order is shuffled; by ts the power series is 10, 20, 30, 40, 50, 60.
  const f = frameOf(nums('ts', [3, 1, 6, 2, 5, 4]), nums('power', [30, 10, 60, 20, 50, 40]));

  it('lags follow order_by and come back in table order', () => {
    const { frame, fitted } = fitStep(f, { op: 'lags', column: 'power', lags: [1, 2], order_by: 'ts' }, ctx);
    expect(names(frame)).toEqual(['ts', 'power', 'power_lag1', 'power_lag2']);
    expect(values(frame, 'power_lag1')).toEqual([20, NaN, 50, 10, 40, 30]);
    expect(values(frame, 'power_lag2')).toEqual([10, NaN, 40, NaN, 30, 20]);
    expect(stepToSql(fitted, ['ts', 'power'])).toBeNull();
  });

  it('rolling uses the window before the current row (no leakage), pandas shift(1).rolling(3)', () => {
    const { frame } = fitStep(f, { op: 'rolling', column: 'power', window: 3, stats: ['mean', 'std', 'min', 'max', 'sum'], order_by: 'ts' }, ctx);
    // In ts order: rows 1–3 lack 3 earlier values; ts=4 sees 10,20,30; ts=5 sees 20,30,40; ts=6 sees 30,40,50.
    expect(values(frame, 'power_roll3_mean')).toEqual([NaN, NaN, 40, NaN, 30, 20]);
    expect(values(frame, 'power_roll3_std')).toEqual([NaN, NaN, 10, NaN, 10, 10]);
    expect(values(frame, 'power_roll3_min')).toEqual([NaN, NaN, 30, NaN, 20, 10]);
    expect(values(frame, 'power_roll3_max')).toEqual([NaN, NaN, 50, NaN, 40, 30]);
    expect(values(frame, 'power_roll3_sum')).toEqual([NaN, NaN, 120, NaN, 90, 60]);
  });

  it('min_periods lets short windows count; missing values are skipped', () => {
    const g = frameOf(nums('x', [1, null, 3, 5]));
    const { frame } = fitStep(g, { op: 'rolling', column: 'x', window: 2, stats: ['mean'], min_periods: 1 }, ctx);
    expect(values(frame, 'x_roll2_mean')).toEqual([NaN, 1, 1, 3]);
  });

  it('errors name the missing order column', () => {
    expect(() => fitStep(f, { op: 'lags', column: 'power', lags: [1], order_by: 'time' }, ctx, 9)).toThrow(
      'steps[9] (lags): column "time" not found; the table has: ts, power',
    );
  });
});
