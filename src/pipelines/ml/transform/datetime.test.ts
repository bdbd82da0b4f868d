import { describe, expect, it } from 'vitest';
import { dates, frameOf, names, nums, values } from './fixture.ts';
import { fitStep } from './pipeline.ts';
import { stepToSql } from './to-sql.ts';

const ctx = { seed: 1 };
const all = ['year', 'quarter', 'month', 'week', 'day', 'dayofyear', 'weekday', 'hour', 'minute', 'second'] as const;

describe('datetime_features', () => {
  it('computes UTC parts with pandas conventions (Monday=0, ISO week)', () => {
    const f = frameOf(
      nums('id', [1, 2, 3, 4]),
      dates('ts', ['2017-01-01T00:00:00Z', '2020-12-31T13:45:30Z', '2018-12-31T23:59:59Z', null]),
    );
    const out = fitStep(f, { op: 'datetime_features', column: 'ts', parts: [...all], prefix: 'ts' }, ctx).frame;
    expect(names(out)).toEqual(['id', 'ts', ...all.map((p) => `ts_${p}`)]);
    const row = (i: number) => all.map((p) => values(out, `ts_${p}`)[i]);
    // 2017-01-01 is a Sunday (weekday 6) in ISO week 52 of 2016.
    expect(row(0)).toEqual([2017, 1, 1, 52, 1, 1, 6, 0, 0, 0]);
    // 2020 is a leap year: Dec 31 is day 366, a Thursday, in ISO week 53.
    expect(row(1)).toEqual([2020, 4, 12, 53, 31, 366, 3, 13, 45, 30]);
    // 2018-12-31 is a Monday and already in ISO week 1 of 2019.
    expect(row(2)).toEqual([2018, 4, 12, 1, 31, 365, 0, 23, 59, 59]);
    expect(row(3)).toEqual(all.map(() => NaN));
  });

  it('names columns by the part alone without a prefix (the documented notebook uses hour)', () => {
    const f = frameOf(dates('ts', ['2017-01-01T10:20:00Z']));
    const out = fitStep(f, { op: 'datetime_features', column: 'ts', parts: ['hour', 'minute'] }, ctx).frame;
    expect(names(out)).toEqual(['ts', 'hour', 'minute']);
    expect([values(out, 'hour')[0], values(out, 'minute')[0]]).toEqual([10, 20]);
    expect(() => fitStep(frameOf(dates('ts', ['2017-01-01T10:20:00Z']), nums('hour', [1])), { op: 'datetime_features', column: 'ts', parts: ['hour'] }, ctx)).toThrow(/hour/);
  });

  it('needs a datetime column', () => {
    expect(() => fitStep(frameOf(nums('ts', [1])), { op: 'datetime_features', column: 'ts', parts: ['hour'] }, ctx, 1)).toThrow(
      'steps[1] (datetime_features): column "ts" holds numbers; this step needs datetimes',
    );
  });

  it('compiles to date_part with isodow shifted to Monday=0', () => {
    const f = frameOf(dates('ts', ['2017-01-01T00:00:00Z']), nums('v', [1]));
    const { fitted } = fitStep(f, { op: 'datetime_features', column: 'ts', parts: ['hour', 'weekday', 'dayofyear', 'week'], prefix: 'ts' }, ctx);
    expect(stepToSql(fitted, ['ts', 'v'])).toBe(
      `"ts", date_part('hour', "ts") AS "ts_hour", (date_part('isodow', "ts") - 1) AS "ts_weekday", ` +
        `date_part('dayofyear', "ts") AS "ts_dayofyear", date_part('week', "ts") AS "ts_week", "v"`,
    );
  });
});
