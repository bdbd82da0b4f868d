// Tests for the holdout splits: sklearn sizes, partition and stratification properties, seeding, errors.
import { describe, expect, it } from 'vitest';
import { chronologicalSplit, groupSplit, randomSplit, stratifiedSplit } from './holdout.ts';
import { SplitError, type TrainTest } from './input.ts';

/** Train and test are disjoint, ascending, and together hold every row exactly once. */
function expectPartition({ train, test }: TrainTest, n: number): void {
  const seen = new Uint8Array(n);
  for (const part of [train, test]) {
    for (let i = 0; i < part.length; i++) {
      if (i > 0) expect(part[i]).toBeGreaterThan(part[i - 1]);
      expect(seen[part[i]]).toBe(0);
      seen[part[i]] = 1;
    }
  }
  expect(train.length + test.length).toBe(n);
  expect(seen.every((v) => v === 1)).toBe(true);
}

const same = (a: TrainTest, b: TrainTest) => Array.from(a.test).join() === Array.from(b.test).join();

describe('randomSplit', () => {
  it('uses sklearn sizes: ceil(testSize · n) test rows', () => {
    expect(randomSplit(10, { testSize: 0.3, seed: 1 }).test.length).toBe(3);
    expect(randomSplit(7, { testSize: 0.3, seed: 1 }).test.length).toBe(3); // ceil(2.1)
    expect(randomSplit(101, { testSize: 0.2, seed: 1 }).test.length).toBe(21);
  });
  it('partitions the rows; same seed same split, different seed different split', () => {
    for (const n of [2, 5, 37, 200]) {
      for (const seed of [0, 1, 42]) {
        const s = randomSplit(n, { testSize: 0.25, seed });
        expectPartition(s, n);
        expect(same(s, randomSplit(n, { testSize: 0.25, seed }))).toBe(true);
      }
    }
    expect(same(randomSplit(200, { testSize: 0.25, seed: 1 }), randomSplit(200, { testSize: 0.25, seed: 2 }))).toBe(false);
  });
  it('rejects testSize outside (0, 1) and splits that leave a part empty', () => {
    for (const t of [0, 1, -0.1, 1.5, NaN]) {
      expect(() => randomSplit(10, { testSize: t, seed: 1 })).toThrow(SplitError);
    }
    expect(() => randomSplit(10, { testSize: 0, seed: 1 })).toThrow(/testSize is 0; pass a fraction strictly between 0 and 1/);
    expect(() => randomSplit(2, { testSize: 0.9, seed: 1 })).toThrow(/leaves 0 for training/);
    expect(() => randomSplit(1, { testSize: 0.5, seed: 1 })).toThrow(/at least 2/);
  });
});

describe('stratifiedSplit', () => {
  const labels = [...Array(60).fill('a'), ...Array(30).fill('b'), ...Array(10).fill('c')];
  it('keeps each class share in test (within one row, as sklearn rounds)', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      for (const testSize of [0.2, 0.25, 0.33]) {
        const s = stratifiedSplit(labels, { testSize, seed });
        expectPartition(s, labels.length);
        expect(s.test.length).toBe(Math.ceil(testSize * 100));
        for (const [cls, size] of [['a', 60], ['b', 30], ['c', 10]] as const) {
          const inTest = Array.from(s.test).filter((i) => labels[i] === cls).length;
          expect(Math.abs(inTest - testSize * size)).toBeLessThan(1);
        }
      }
    }
  });
  it('gives exact shares when they are whole numbers (20 % of 60/30/10 = 12/6/2)', () => {
    const s = stratifiedSplit(labels, { testSize: 0.2, seed: 9 });
    const count = (cls: string) => Array.from(s.test).filter((i) => labels[i] === cls).length;
    expect([count('a'), count('b'), count('c')]).toEqual([12, 6, 2]);
  });
  it('accepts numeric labels; same seed same split, different seed different split', () => {
    const y = Float64Array.from({ length: 50 }, (_, i) => i % 3);
    expect(same(stratifiedSplit(y, { testSize: 0.3, seed: 7 }), stratifiedSplit(y, { testSize: 0.3, seed: 7 }))).toBe(true);
    expect(same(stratifiedSplit(y, { testSize: 0.3, seed: 7 }), stratifiedSplit(y, { testSize: 0.3, seed: 8 }))).toBe(false);
  });
  it('rejects a class with one row, too small parts and missing labels', () => {
    expect(() => stratifiedSplit(['a', 'a', 'a', 'b'], { testSize: 0.5, seed: 1 })).toThrow(
      /class "b" has only 1 row; every class needs at least 2/,
    );
    expect(() => stratifiedSplit(['a', 'a', 'b', 'b', 'c', 'c'], { testSize: 0.2, seed: 1 })).toThrow(
      /4 train and 2 test rows cannot hold all 3 classes/,
    );
    expect(() => stratifiedSplit(['a', null, 'a', 'b'], { testSize: 0.5, seed: 1 })).toThrow(/labels\[1\] is missing/);
  });
});

describe('chronologicalSplit', () => {
  it('sends the latest rows by time to test, whatever the row order', () => {
    const time = Float64Array.from([5, 1, 9, 3, 7, 2, 8, 4, 6, 10]);
    const s = chronologicalSplit(time, { testSize: 0.3 });
    expect(Array.from(s.test)).toEqual([2, 6, 9]); // times 9, 8, 10
    expect(Array.from(s.train)).toEqual([0, 1, 3, 4, 5, 7, 8]);
  });
  it('keeps rows that share the boundary time together in test', () => {
    const time = Float64Array.from([1, 2, 3, 3, 3, 4]);
    const s = chronologicalSplit(time, { testSize: 0.25 }); // 2 test rows by count; time 3 straddles
    expect(Array.from(s.test)).toEqual([2, 3, 4, 5]);
    expectPartition(s, 6);
    const maxTrain = Math.max(...Array.from(s.train, (i) => time[i]));
    const minTest = Math.min(...Array.from(s.test, (i) => time[i]));
    expect(maxTrain).toBeLessThan(minTest);
  });
  it('rejects missing times and a time column with nothing strictly earlier', () => {
    expect(() => chronologicalSplit(Float64Array.from([1, NaN, 3]), { testSize: 0.3 })).toThrow(/time\[1\] is NaN/);
    expect(() => chronologicalSplit(Float64Array.from([1, 1, 1, 1]), { testSize: 0.5 })).toThrow(/no row is strictly earlier/);
    expect(() => chronologicalSplit(Float64Array.from([1, 2]), { testSize: 1 })).toThrow(/testSize is 1/);
  });
});

describe('groupSplit', () => {
  const groups = Array.from({ length: 100 }, (_, i) => `g${i % 13}`);
  it('never puts a group on both sides; ceil(testSize · groups) groups in test', () => {
    for (const seed of [1, 2, 3]) {
      const s = groupSplit(groups, { testSize: 0.2, seed });
      expectPartition(s, 100);
      const trainGroups = new Set(Array.from(s.train, (i) => groups[i]));
      const testGroups = new Set(Array.from(s.test, (i) => groups[i]));
      expect([...testGroups].filter((g) => trainGroups.has(g))).toEqual([]);
      expect(testGroups.size).toBe(3); // ceil(0.2 · 13)
      expect(trainGroups.size).toBe(10);
    }
  });
  it('same seed same split, different seed different split', () => {
    expect(same(groupSplit(groups, { testSize: 0.3, seed: 5 }), groupSplit(groups, { testSize: 0.3, seed: 5 }))).toBe(true);
    expect(same(groupSplit(groups, { testSize: 0.3, seed: 5 }), groupSplit(groups, { testSize: 0.3, seed: 6 }))).toBe(false);
  });
  it('rejects fewer than 2 groups and a testSize that empties a part', () => {
    expect(() => groupSplit(['x', 'x', 'x'], { testSize: 0.5, seed: 1 })).toThrow(/found 1 group; at least 2/);
    expect(() => groupSplit(['x', 'y', 'y'], { testSize: 0.9, seed: 1 })).toThrow(/of 2 groups leaves 0 for training/);
  });
});
