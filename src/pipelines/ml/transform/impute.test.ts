import { describe, expect, it } from 'vitest';
import { dates, frameOf, nums, rowsOf, strs, values } from './fixture.ts';
import { applyStep, fitStep, parseStep } from './pipeline.ts';
import { stepToSql } from './to-sql.ts';

const ctx = { seed: 1 };

describe('impute', () => {
  it('mean: sklearn SimpleImputer doc example', () => {
    const train = frameOf(nums('a', [7, 4, 10]), nums('b', [2, null, 5]), nums('c', [3, 6, 9]));
    const { fitted } = fitStep(train, { op: 'impute', columns: ['a', 'b', 'c'], strategy: 'mean' }, ctx);
    const test = frameOf(nums('a', [null, 4, 10]), nums('b', [2, null, null]), nums('c', [3, 6, 9]));
    expect(rowsOf(applyStep(test, fitted), ['a', 'b', 'c'])).toEqual([[7, 2, 3], [4, 3.5, 6], [10, 3.5, 9]]);
  });

  it('median (numpy: middle pair averaged) and mode (ties → smallest, like most_frequent)', () => {
    const train = frameOf(nums('x', [1, 10, 2, null, 7]), strs('s', ['b', 'a', null, 'b', 'a']));
    const med = fitStep(train, { op: 'impute', columns: ['x'], strategy: 'median' }, ctx);
    expect(values(med.frame, 'x')).toEqual([1, 10, 2, 4.5, 7]);
    const mode = fitStep(train, { op: 'impute', columns: ['s', 'x'], strategy: 'mode' }, ctx);
    expect(values(mode.frame, 's')).toEqual(['b', 'a', 'a', 'b', 'a']);
    expect(values(mode.frame, 'x')).toEqual([1, 10, 2, 1, 7]);
  });

  it('constant: the value must fit the column; it is required', () => {
    const train = frameOf(strs('s', [null, 'x']), nums('n', [null, 1]));
    expect(values(fitStep(train, { op: 'impute', columns: ['s'], strategy: 'constant', value: 'none' }, ctx).frame, 's')).toEqual(['none', 'x']);
    expect(values(fitStep(train, { op: 'impute', columns: ['n'], strategy: 'constant', value: 0 }, ctx).frame, 'n')).toEqual([0, 1]);
    expect(() => fitStep(train, { op: 'impute', columns: ['n'], strategy: 'constant', value: 'zero' }, ctx, 1)).toThrow(
      'steps[1] (impute): column "n" holds numbers; value "zero" does not fit',
    );
    expect(() => parseStep({ op: 'impute', columns: ['n'], strategy: 'constant' }, 4)).toThrow(
      'steps[4] (impute): value: strategy constant needs a value',
    );
  });

  it('ffill / bfill carry values along the row order; leading or trailing gaps stay missing', () => {
    const train = frameOf(nums('x', [null, 1, null, null, 4, null]), strs('s', ['a', null, 'b', null, null, null]));
    const f = fitStep(train, { op: 'impute', columns: ['x', 's'], strategy: 'ffill' }, ctx).frame;
    expect(values(f, 'x')).toEqual([NaN, 1, 1, 1, 4, 4]);
    expect(values(f, 's')).toEqual(['a', 'a', 'b', 'b', 'b', 'b']);
    const b = fitStep(train, { op: 'impute', columns: ['x'], strategy: 'bfill' }, ctx).frame;
    expect(values(b, 'x')).toEqual([1, 1, 4, 4, 4, NaN]);
  });

  it('knn: sklearn KNNImputer doc example (n_neighbors=2)', () => {
    const train = frameOf(nums('a', [1, 3, null, 8]), nums('b', [2, 4, 6, 8]), nums('c', [null, 3, 5, 7]));
    const { frame } = fitStep(train, { op: 'impute', columns: ['a', 'b', 'c'], strategy: 'knn', k: 2 }, ctx);
    expect(rowsOf(frame, ['a', 'b', 'c'])).toEqual([[1, 2, 4], [3, 4, 3], [5.5, 6, 5], [8, 8, 7]]);
  });

  it('knn: matches KNNImputer on more gaps, and on new rows (reference from scikit-learn 1.2)', () => {
    const train = frameOf(
      nums('a', [1, 3, null, 8, 2, 5]),
      nums('b', [2, 4, 6, 8, null, 5]),
      nums('c', [null, 3, 5, 7, 1, 5]),
      nums('d', [4, null, 1, 2, 1, 5]),
    );
    const cols = ['a', 'b', 'c', 'd'];
    const { fitted, frame } = fitStep(train, { op: 'impute', columns: cols, strategy: 'knn', k: 2 }, ctx);
    expect(rowsOf(frame, cols)).toEqual([
      [1, 2, 2, 4],
      [3, 4, 3, 3],
      [5.5, 6, 5, 1],
      [8, 8, 7, 2],
      [2, 3, 1, 1],
      [5, 5, 5, 5],
    ]);
    // Second row has nothing to compare with: training means.
    const probe = frameOf(nums('a', [null, null]), nums('b', [null, null]), nums('c', [2, null]), nums('d', [3, null]));
    const got = rowsOf(applyStep(probe, JSON.parse(JSON.stringify(fitted))), cols);
    expect(got[0]).toEqual([2, 3, 2, 3]);
    [3.8, 5, 4.2, 2.6].forEach((v, j) => expect(got[1][j]).toBeCloseTo(v, 14));
  });

  it('refuses mean on text and knn on text', () => {
    const train = frameOf(strs('s', ['a', null]));
    expect(() => fitStep(train, { op: 'impute', columns: ['s'], strategy: 'mean' }, ctx)).toThrow(
      'steps[0] (impute): column "s" holds text; use strategy mode or constant',
    );
    expect(() => fitStep(train, { op: 'impute', columns: ['s'], strategy: 'knn' }, ctx)).toThrow(/holds text/);
  });

  it('compiles learned fills to COALESCE; knn and ffill have no SQL', () => {
    const train = frameOf(nums('id', [1, 2, 3]), nums('temp', [1, null, 4]), strs('zone', ["o'hara", null, "o'hara"]), dates('ts', ['2020-01-01T00:00:00Z', null, '2020-01-01T00:00:02Z']));
    const mean = fitStep(train, { op: 'impute', columns: ['temp', 'ts'], strategy: 'mean' }, ctx).fitted;
    expect(stepToSql(mean, ['id', 'temp', 'zone', 'ts'])).toBe(
      '"id", COALESCE("temp", 2.5) AS "temp", "zone", COALESCE("ts", epoch_ms(1577836801000)) AS "ts"',
    );
    const mode = fitStep(train, { op: 'impute', columns: ['zone'], strategy: 'mode' }, ctx).fitted;
    expect(stepToSql(mode, ['zone'])).toBe(`COALESCE("zone", 'o''hara') AS "zone"`);
    expect(stepToSql(fitStep(train, { op: 'impute', columns: ['temp'], strategy: 'knn' }, ctx).fitted, ['temp'])).toBeNull();
    expect(stepToSql(fitStep(train, { op: 'impute', columns: ['temp'], strategy: 'ffill' }, ctx).fitted, ['temp'])).toBeNull();
  });
});
