// Tests for the fold splitters against sklearn's documented folds, plus partition and seeding properties.
import { describe, expect, it } from 'vitest';
import { kFold, repeatedKFold, repeatedStratifiedKFold, stratifiedKFold, timeSeriesSplit } from './folds.ts';
import { SplitError, type TrainTest } from './input.ts';

const rows = (folds: TrainTest[]) => folds.map((f) => [Array.from(f.train), Array.from(f.test)]);

/** Test folds are disjoint and cover every row once; each train set is the complement of its test set. */
function expectFolds(folds: TrainTest[], n: number): void {
  const seen = new Uint8Array(n);
  for (const { train, test } of folds) {
    expect(train.length + test.length).toBe(n);
    const inTest = new Set(test);
    expect(Array.from(train).some((i) => inTest.has(i))).toBe(false);
    for (const i of test) seen[i]++;
  }
  expect(Array.from(seen).every((v) => v === 1)).toBe(true);
}

describe('kFold', () => {
  it('matches the sklearn KFold documentation example (4 rows, 2 splits)', () => {
    expect(rows(kFold(4, { nSplits: 2 }))).toEqual([
      [[2, 3], [0, 1]],
      [[0, 1], [2, 3]],
    ]);
  });
  it('gives the first n % k folds one extra row, as sklearn (10 rows, 3 splits)', () => {
    expect(kFold(10, { nSplits: 3 }).map((f) => Array.from(f.test))).toEqual([[0, 1, 2, 3], [4, 5, 6], [7, 8, 9]]);
  });
  it('shuffled folds partition the rows; same seed same folds, different seed different folds', () => {
    for (const n of [5, 23, 100]) {
      for (const seed of [1, 2]) expectFolds(kFold(n, { nSplits: 5, seed }), n);
    }
    expect(rows(kFold(50, { seed: 3 }))).toEqual(rows(kFold(50, { seed: 3 })));
    expect(rows(kFold(50, { seed: 3 }))).not.toEqual(rows(kFold(50, { seed: 4 })));
    expect(rows(kFold(50, { seed: 3 }))).not.toEqual(rows(kFold(50)));
  });
  it('rejects nSplits > n and nSplits < 2', () => {
    expect(() => kFold(3, { nSplits: 4 })).toThrow(/nSplits is 4 but the data has only 3 rows/);
    expect(() => kFold(3, { nSplits: 1 })).toThrow(SplitError);
    expect(() => kFold(10.5, { nSplits: 2 })).toThrow(/has 10.5 rows/);
  });
});

describe('stratifiedKFold', () => {
  it('matches the sklearn StratifiedKFold documentation example', () => {
    expect(rows(stratifiedKFold(Float64Array.from([0, 0, 1, 1]), { nSplits: 2 }))).toEqual([
      [[1, 3], [0, 2]],
      [[0, 2], [1, 3]],
    ]);
  });
  it('matches sklearn on 10 rows of 3 classes, 3 splits', () => {
    const y = [0, 0, 0, 0, 1, 1, 1, 2, 2, 2];
    expect(stratifiedKFold(y, { nSplits: 3 }).map((f) => Array.from(f.test))).toEqual([
      [0, 1, 4, 7],
      [2, 5, 8],
      [3, 6, 9],
    ]);
  });
  it('keeps class shares in every shuffled fold and is reproducible', () => {
    const y = Array.from({ length: 100 }, (_, i) => (i < 50 ? 'a' : i < 80 ? 'b' : 'c'));
    for (const seed of [1, 2, 3]) {
      const folds = stratifiedKFold(y, { nSplits: 5, seed });
      expectFolds(folds, 100);
      for (const f of folds) {
        const count = (c: string) => Array.from(f.test).filter((i) => y[i] === c).length;
        expect([count('a'), count('b'), count('c')]).toEqual([10, 6, 4]);
      }
    }
    expect(rows(stratifiedKFold(y, { seed: 1 }))).toEqual(rows(stratifiedKFold(y, { seed: 1 })));
    expect(rows(stratifiedKFold(y, { seed: 1 }))).not.toEqual(rows(stratifiedKFold(y, { seed: 2 })));
  });
  it('errors when no class has nSplits rows, like sklearn', () => {
    expect(() => stratifiedKFold(['a', 'a', 'b', 'b', 'c', 'c'], { nSplits: 3 })).toThrow(
      /nSplits is 3 but no class has that many rows \(the largest has 2\)/,
    );
    expect(() => stratifiedKFold(['a', 'a', 'b'], { nSplits: 4 })).toThrow(/only 3 rows/);
  });
});

describe('repeated k-fold', () => {
  it('gives nRepeats × nSplits folds, each repeat a partition with its own shuffle', () => {
    const folds = repeatedKFold(30, { nSplits: 3, nRepeats: 4, seed: 11 });
    expect(folds.length).toBe(12);
    for (let r = 0; r < 4; r++) expectFolds(folds.slice(r * 3, r * 3 + 3), 30);
    expect(rows(folds.slice(0, 3))).not.toEqual(rows(folds.slice(3, 6)));
    expect(rows(folds)).toEqual(rows(repeatedKFold(30, { nSplits: 3, nRepeats: 4, seed: 11 })));
    expect(rows(folds)).not.toEqual(rows(repeatedKFold(30, { nSplits: 3, nRepeats: 4, seed: 12 })));
    expect(() => repeatedKFold(30, { nRepeats: 0, seed: 1 })).toThrow(/nRepeats is 0/);
  });
  it('stratified repeats keep class shares', () => {
    const y = Array.from({ length: 40 }, (_, i) => (i % 4 === 0 ? 1 : 0));
    const folds = repeatedStratifiedKFold(y, { nSplits: 5, nRepeats: 2, seed: 3 });
    expect(folds.length).toBe(10);
    for (const f of folds) expect(Array.from(f.test).filter((i) => y[i] === 1).length).toBe(2);
    expectFolds(folds.slice(5), 40);
  });
});

describe('timeSeriesSplit', () => {
  it('matches the sklearn TimeSeriesSplit documentation example (6 rows, 5 splits)', () => {
    expect(rows(timeSeriesSplit(6, { nSplits: 5 }))).toEqual([
      [[0], [1]],
      [[0, 1], [2]],
      [[0, 1, 2], [3]],
      [[0, 1, 2, 3], [4]],
      [[0, 1, 2, 3, 4], [5]],
    ]);
  });
  it('matches the documented example with testSize 2 and gap 2 (12 rows, 3 splits)', () => {
    expect(rows(timeSeriesSplit(12, { nSplits: 3, testSize: 2, gap: 2 }))).toEqual([
      [[0, 1, 2, 3], [6, 7]],
      [[0, 1, 2, 3, 4, 5], [8, 9]],
      [[0, 1, 2, 3, 4, 5, 6, 7], [10, 11]],
    ]);
  });
  it('slides the window with maxTrainSize', () => {
    expect(rows(timeSeriesSplit(6, { nSplits: 3, maxTrainSize: 2 }))).toEqual([
      [[1, 2], [3]],
      [[2, 3], [4]],
      [[3, 4], [5]],
    ]);
  });
  it('orders rows by a time column when given', () => {
    const time = Float64Array.from([30, 10, 20, 60, 50, 40]);
    expect(rows(timeSeriesSplit(6, { nSplits: 2, time }))).toEqual([
      [[1, 2], [0, 5]],
      [[0, 1, 2, 5], [3, 4]],
    ]);
  });
  it('rejects too many splits and sizes that leave no training rows', () => {
    expect(() => timeSeriesSplit(5, { nSplits: 5 })).toThrow(/need 6 folds but the data has only 5 rows/);
    expect(() => timeSeriesSplit(10, { nSplits: 3, testSize: 3, gap: 1 })).toThrow(/leave no training rows/);
    expect(() => timeSeriesSplit(10, { nSplits: 2, gap: -1 })).toThrow(/gap is -1/);
  });
});
