import { describe, expect, it } from 'vitest';
import { frameOf, nums, rowsOf, strs, values } from './fixture.ts';
import { fitStep, applyStep } from './pipeline.ts';
import { stepToSql } from './to-sql.ts';

const ctx = { seed: 1 };

describe('scale', () => {
  it('standard: sklearn StandardScaler doc example (mean 0.5, [[2,2]] → [[3,3]])', () => {
    const train = frameOf(nums('a', [0, 0, 1, 1]), nums('b', [0, 0, 1, 1]));
    const { fitted, frame } = fitStep(train, { op: 'scale', columns: ['a', 'b'], method: 'standard' }, ctx);
    expect(fitted).toEqual({
      op: 'scale',
      method: 'standard',
      columns: [
        { name: 'a', center: 0.5, scale: 0.5 },
        { name: 'b', center: 0.5, scale: 0.5 },
      ],
    });
    expect(rowsOf(frame, ['a', 'b'])).toEqual([[-1, -1], [-1, -1], [1, 1], [1, 1]]);
    expect(rowsOf(applyStep(frameOf(nums('a', [2]), nums('b', [2])), fitted), ['a', 'b'])).toEqual([[3, 3]]);
  });

  it('minmax: sklearn MinMaxScaler doc example', () => {
    const train = frameOf(nums('a', [-1, -0.5, 0, 1]), nums('b', [2, 6, 10, 18]));
    const { fitted, frame } = fitStep(train, { op: 'scale', columns: ['a', 'b'], method: 'minmax' }, ctx);
    expect(rowsOf(frame, ['a', 'b'])).toEqual([[0, 0], [0.25, 0.25], [0.5, 0.5], [1, 1]]);
    expect(rowsOf(applyStep(frameOf(nums('a', [2]), nums('b', [2])), fitted), ['a', 'b'])).toEqual([[1.5, 0]]);
  });

  it('robust: sklearn RobustScaler doc example', () => {
    const train = frameOf(nums('a', [1, -2, 4]), nums('b', [-2, 1, 1]), nums('c', [2, 3, -2]));
    const { frame } = fitStep(train, { op: 'scale', columns: ['a', 'b', 'c'], method: 'robust' }, ctx);
    expect(rowsOf(frame, ['a', 'b', 'c'])).toEqual([[0, -2, 0], [-1, 0, 0.4], [1, 0, -1.6]]);
  });

  it('matches sklearn on another sample (reference computed with scikit-learn 1.2)', () => {
    const train = frameOf(nums('x', [1, 2, 3, 4, 10]), nums('y', [10, 20, 15, 40, 5]));
    const probe = frameOf(nums('x', [2.5]), nums('y', [12]));
    const expected = {
      standard: [-0.4743416490252569, -0.49656353316142077],
      minmax: [0.16666666666666669, 0.2],
      robust: [-0.25, -0.3],
    } as const;
    for (const method of ['standard', 'minmax', 'robust'] as const) {
      const { fitted } = fitStep(train, { op: 'scale', columns: ['x', 'y'], method }, ctx);
      const [row] = rowsOf(applyStep(probe, fitted), ['x', 'y']);
      row.forEach((v, j) => expect(v).toBeCloseTo(expected[method][j], 14));
    }
  });

  it('ignores missing values when fitting and keeps them missing; a constant column keeps scale 1', () => {
    const train = frameOf(nums('a', [1, null, 3]), nums('k', [7, 7, 7]));
    const { frame, fitted } = fitStep(train, { op: 'scale', columns: ['a', 'k'] }, ctx);
    expect(values(frame, 'a')).toEqual([-1, NaN, 1]);
    expect(values(frame, 'k')).toEqual([0, 0, 0]);
    expect(fitted).toMatchObject({ method: 'standard', columns: [{ center: 2, scale: 1 }, { center: 7, scale: 1 }] });
  });

  it('refuses text columns, naming the step and column', () => {
    const train = frameOf(nums('a', [1, 2]), strs('zone', ['x', 'y']));
    expect(() => fitStep(train, { op: 'scale', columns: ['zone'] }, ctx, 3)).toThrow(
      'steps[3] (scale): column "zone" holds text; this step needs numbers',
    );
  });

  it('compiles to SQL', () => {
    const fitted = { op: 'scale' as const, method: 'standard' as const, columns: [{ name: 'temp', center: 12.5, scale: 3.2 }, { name: 'we"ird', center: -1, scale: 2 }] };
    expect(stepToSql(fitted, ['id', 'temp', 'we"ird'])).toBe(
      '"id", ("temp" - 12.5) / 3.2 AS "temp", ("we""ird" - -1) / 2 AS "we""ird"',
    );
  });
});

describe('stepToSql', () => {
  it('names a step column missing from the SQL input', () => {
    const fitted = { op: 'scale' as const, method: 'standard' as const, columns: [{ name: 'temp', center: 1, scale: 2 }] };
    expect(() => stepToSql(fitted, ['a', 'b'], 4)).toThrow('steps[4] (scale): column "temp" not found; the table has: a, b');
  });
});
