import { describe, expect, it } from 'vitest';
import { frameOf, nums, strs, values } from './fixture.ts';
import { applyStep, fitStep } from './pipeline.ts';
import { stepToSql } from './to-sql.ts';

// 6 of class 0, 3 of class 1 (class 1 rows lie on the line b = 2a).
const f = frameOf(
  nums('a', [0, 1, 2, 3, 4, 5, 10, 11, 12]),
  nums('b', [0, 0, 0, 0, 0, 0, 20, 22, 24]),
  strs('tag', ['p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x']),
  nums('y', [0, 0, 0, 0, 0, 0, 1, 1, 1]),
);
const count = (ys: unknown[], c: number) => ys.filter((v) => v === c).length;

describe('balance', () => {
  it('oversample tops minority classes up to the majority count by repeating their rows', () => {
    const { frame, fitted } = fitStep(f, { op: 'balance', target: 'y', method: 'oversample' }, { seed: 1 });
    expect(frame.rows).toBe(12);
    expect(fitted).toEqual({ op: 'balance', target: 'y', method: 'oversample', counts_before: { 0: 6, 1: 3 }, counts_after: { 0: 6, 1: 6 } });
    expect(values(frame, 'a').slice(0, 9)).toEqual(values(f, 'a'));
    for (const a of values(frame, 'a').slice(9)) expect([10, 11, 12]).toContain(a);
  });

  it('undersample cuts every class to the minority count, keeping table order', () => {
    const { frame } = fitStep(f, { op: 'balance', target: 'y', method: 'undersample' }, { seed: 1 });
    const ys = values(frame, 'y');
    expect([count(ys, 0), count(ys, 1)]).toEqual([3, 3]);
    const a = values(frame, 'a') as number[];
    expect([...a].sort((x, y) => x - y)).toEqual(a);
  });

  it('smote adds points between same-class neighbours and copies the rest of the base row', () => {
    const { frame } = fitStep(f, { op: 'balance', method: 'smote', k: 2 }, { seed: 4, target: 'y' });
    expect(frame.rows).toBe(12);
    const a = values(frame, 'a') as number[];
    const b = values(frame, 'b') as number[];
    const tag = values(frame, 'tag');
    for (let i = 9; i < 12; i++) {
      expect(values(frame, 'y')[i]).toBe(1);
      expect(a[i]).toBeGreaterThanOrEqual(10);
      expect(a[i]).toBeLessThanOrEqual(12);
      expect(b[i]).toBeCloseTo(2 * a[i], 12);
      expect(['v', 'w', 'x']).toContain(tag[i]);
    }
  });

  it('smote is deterministic for a seed and changes with it', () => {
    const run = (seed: number) => values(fitStep(f, { op: 'balance', target: 'y', method: 'smote' }, { seed }).frame, 'a');
    expect(run(42)).toEqual(run(42));
    expect(run(42)).not.toEqual(run(43));
  });

  it('is the identity when scoring, with no SQL', () => {
    const { fitted } = fitStep(f, { op: 'balance', target: 'y', method: 'smote' }, { seed: 1 });
    expect(applyStep(f, fitted)).toBe(f);
    expect(stepToSql(fitted, ['a'])).toBeNull();
  });

  it('needs a target with at least two classes', () => {
    expect(() => fitStep(f, { op: 'balance', method: 'oversample' }, { seed: 1 }, 11)).toThrow(
      'steps[11] (balance): no target: give target: <column> (or set the cell target)',
    );
    const one = frameOf(nums('a', [1, 2]), nums('y', [1, 1]));
    expect(() => fitStep(one, { op: 'balance', target: 'y', method: 'oversample' }, { seed: 1 }, 11)).toThrow(
      'steps[11] (balance): target "y" has 1 class; balancing needs at least 2',
    );
  });
});
