import { describe, expect, it } from 'vitest';
import { frameOf, nums, strs, values } from './fixture.ts';
import { applyStep, fitStep } from './pipeline.ts';
import { stepToSql } from './to-sql.ts';

describe('target_encode', () => {
  // y: a → [1, 0, 1], b → [0, 0], c → [1]; prior = 3/6 = 0.5.
  const train = frameOf(strs('city', ['a', 'a', 'a', 'b', 'b', 'c']), nums('y', [1, 0, 1, 0, 0, 1]));

  it('full-fit mapping: (sum + m·prior) / (n + m); unseen → prior', () => {
    const { fitted } = fitStep(train, { op: 'target_encode', columns: ['city'], target: 'y', folds: 2, smoothing: 2 }, { seed: 1 });
    expect(fitted).toEqual({
      op: 'target_encode',
      target: 'y',
      smoothing: 2,
      prior: 0.5,
      columns: [{ name: 'city', mapping: [['a', 3 / 5], ['b', 1 / 4], ['c', 2 / 3]] }],
    });
    const scored = applyStep(frameOf(strs('city', ['b', 'zzz', null]), nums('y', [NaN, NaN, NaN])), fitted);
    expect(values(scored, 'city')).toEqual([1 / 4, 0.5, 0.5]);
    expect(stepToSql(fitted, ['city', 'y'])).toBeNull();
  });

  it('training rows are encoded out of fold (folds = rows: leave-one-out, by hand)', () => {
    const { frame } = fitStep(train, { op: 'target_encode', columns: ['city'], target: 'y', folds: 6, smoothing: 1 }, { seed: 7 });
    // Row 0 (a, y=1): others a → [0, 1], prior without row 0 = 2/5 → (1 + 0.4) / (2 + 1).
    // Row 3 (b, y=0): others b → [0], prior = 3/5 → (0 + 0.6) / (1 + 1).
    // Row 5 (c, y=1): no other c → prior without row 5 = 2/5.
    const got = values(frame, 'city') as number[];
    const want = [1.4 / 3, (2 + 0.6) / 3, 1.4 / 3, 0.6 / 2, 0.6 / 2, 0.4];
    got.forEach((v, i) => expect(v).toBeCloseTo(want[i], 15));
  });

  it('out-of-fold values depend only on the seed', () => {
    const spec = { op: 'target_encode' as const, columns: ['city'], folds: 3 };
    const a = fitStep(train, spec, { seed: 3, target: 'y' }).frame;
    const b = fitStep(train, spec, { seed: 3, target: 'y' }).frame;
    expect(values(a, 'city')).toEqual(values(b, 'city'));
  });

  it('needs a numeric target', () => {
    expect(() => fitStep(train, { op: 'target_encode', columns: ['city'] }, { seed: 1 }, 6)).toThrow(
      'steps[6] (target_encode): no target: give target: <column> (or set the cell target)',
    );
    const f = frameOf(strs('city', ['a']), strs('y', ['yes']));
    expect(() => fitStep(f, { op: 'target_encode', columns: ['city'], target: 'y' }, { seed: 1 })).toThrow(/column "y" holds text/);
  });
});
