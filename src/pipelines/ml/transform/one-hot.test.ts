import { describe, expect, it } from 'vitest';
import { frameOf, names, nums, rowsOf, strs, values } from './fixture.ts';
import { applyStep, fitStep } from './pipeline.ts';
import { stepToSql } from './to-sql.ts';

const ctx = { seed: 1 };

describe('one_hot', () => {
  // sklearn OneHotEncoder doc: X = [['Male', 1], ['Female', 3], ['Female', 2]], handle_unknown='ignore';
  // transform([['Female', 1], ['Male', 4]]) → [[1, 0, 1, 0, 0], [0, 1, 0, 0, 0]].
  const train = frameOf(strs('gender', ['Male', 'Female', 'Female']), nums('group', [1, 3, 2]));

  it('sklearn doc example: sorted categories, numbers allowed, unknown → all zeros', () => {
    const { fitted } = fitStep(train, { op: 'one_hot', columns: ['gender', 'group'] }, ctx);
    const out = applyStep(frameOf(strs('gender', ['Female', 'Male']), nums('group', [1, 4])), fitted);
    const cols = ['gender_Female', 'gender_Male', 'group_1', 'group_2', 'group_3'];
    expect(names(out)).toEqual(cols);
    expect(rowsOf(out, cols)).toEqual([[1, 0, 1, 0, 0], [0, 1, 0, 0, 0]]);
  });

  it('replaces the column in place; missing gives zeros; drop_first drops the first category', () => {
    const f = frameOf(nums('id', [1, 2, 3]), strs('zone', ['b', null, 'a']), nums('v', [0, 0, 0]));
    const out = fitStep(f, { op: 'one_hot', columns: ['zone'], drop_first: true }, ctx).frame;
    expect(names(out)).toEqual(['id', 'zone_b', 'v']);
    expect(values(out, 'zone_b')).toEqual([1, 0, 0]);
  });

  it('max_categories pools the rarest categories', () => {
    const f = frameOf(strs('c', ['x', 'y', 'y', 'z', 'z', 'z', 'w']));
    const { fitted, frame } = fitStep(f, { op: 'one_hot', columns: ['c'], max_categories: 3 }, ctx);
    expect(fitted).toMatchObject({ columns: [{ categories: ['y', 'z'], infrequent: ['w', 'x'] }] });
    expect(names(frame)).toEqual(['c_y', 'c_z', 'c_infrequent']);
    expect(values(frame, 'c_infrequent')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(stepToSql(fitted, ['c'])).toBe(
      `CASE WHEN "c" = 'y' THEN 1 ELSE 0 END AS "c_y", CASE WHEN "c" = 'z' THEN 1 ELSE 0 END AS "c_z", ` +
        `CASE WHEN "c" IN ('w', 'x') THEN 1 ELSE 0 END AS "c_infrequent"`,
    );
  });

  it('handle_unknown: error names the category', () => {
    const { fitted } = fitStep(train, { op: 'one_hot', columns: ['gender'], handle_unknown: 'error' }, ctx);
    expect(() => applyStep(frameOf(strs('gender', ['Other'])), fitted, 2)).toThrow(
      'steps[2] (one_hot): column "gender" has category "Other" not seen in training',
    );
    expect(stepToSql(fitted, ['gender'])).toBeNull();
  });

  it('refuses to overwrite an existing column', () => {
    const f = frameOf(strs('zone', ['a']), nums('zone_a', [1]));
    expect(() => fitStep(f, { op: 'one_hot', columns: ['zone'] }, ctx)).toThrow(
      'steps[0] (one_hot): would create column "zone_a", which already exists; rename or drop it first',
    );
  });

  it('compiles to CASE WHEN, quoting identifiers and literals', () => {
    const f = frameOf(nums('id', [1]), strs('zone', ["it's"]), nums('n', [2.5]));
    const { fitted } = fitStep(f, { op: 'one_hot', columns: ['zone', 'n'] }, ctx);
    expect(stepToSql(fitted, ['id', 'zone', 'n'])).toBe(
      `"id", CASE WHEN "zone" = 'it''s' THEN 1 ELSE 0 END AS "zone_it's", CASE WHEN "n" = 2.5 THEN 1 ELSE 0 END AS "n_2.5"`,
    );
  });
});
