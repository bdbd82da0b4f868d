import { describe, expect, it } from 'vitest';
import { frameOf, nums, strs, values } from './fixture.ts';
import { applyStep, fitStep } from './pipeline.ts';
import { stepToSql } from './to-sql.ts';

const ctx = { seed: 1 };

describe('ordinal', () => {
  const train = frameOf(strs('grade', ['mid', 'low', 'high', null]), strs('c', ['b', 'a', 'c', 'a']));

  it('uses the given order; unknown → -1, missing stays missing', () => {
    const { fitted, frame } = fitStep(train, { op: 'ordinal', columns: ['grade'], order: { grade: ['low', 'mid', 'high'] } }, ctx);
    expect(values(frame, 'grade')).toEqual([1, 0, 2, NaN]);
    expect(values(applyStep(frameOf(strs('grade', ['top', 'high'])), fitted), 'grade')).toEqual([-1, 2]);
  });

  it('without an order uses sorted training categories (OrdinalEncoder); unknown_value nan', () => {
    const { fitted, frame } = fitStep(train, { op: 'ordinal', columns: ['c'], unknown_value: 'nan' }, ctx);
    expect(values(frame, 'c')).toEqual([1, 0, 2, 0]);
    expect(values(applyStep(frameOf(strs('c', ['z'])), fitted), 'c')).toEqual([NaN]);
    expect(stepToSql(fitted, ['c'])).toBe(
      `CASE WHEN "c" IS NULL THEN NULL WHEN "c" = 'a' THEN 0 WHEN "c" = 'b' THEN 1 WHEN "c" = 'c' THEN 2 ELSE NULL END AS "c"`,
    );
  });

  it('compiles to CASE keeping NULL as NULL', () => {
    const { fitted } = fitStep(train, { op: 'ordinal', columns: ['grade'], order: { grade: ['low', 'mid', 'high'] } }, ctx);
    expect(stepToSql(fitted, ['grade', 'c'])).toBe(
      `CASE WHEN "grade" IS NULL THEN NULL WHEN "grade" = 'low' THEN 0 WHEN "grade" = 'mid' THEN 1 WHEN "grade" = 'high' THEN 2 ELSE -1 END AS "grade", "c"`,
    );
  });

  it('numeric columns take numeric orders; order keys must be listed columns', () => {
    const f = frameOf(nums('n', [3, 1, 2]));
    expect(values(fitStep(f, { op: 'ordinal', columns: ['n'], order: { n: [3, 2, 1] } }, ctx).frame, 'n')).toEqual([0, 2, 1]);
    expect(() => fitStep(f, { op: 'ordinal', columns: ['n'], order: { m: [1] } }, ctx)).toThrow(
      'steps[0] (ordinal): order is given for "m", which is not in columns',
    );
  });
});
