// One train/test holdout: random, stratified by class, chronological by a time column, or by
// group (no group on both sides). Seeded splits use Random, so one seed gives one split everywhere.
import { Random, permutation } from '../random.ts';
import {
  type Keys,
  SplitError,
  type TrainTest,
  checkRows,
  checkSeed,
  complement,
  encodeKeys,
  holdoutSizes,
  sortedRows,
} from './input.ts';

export interface HoldoutOptions {
  /** Fraction of rows (of groups, for groupSplit) that go to test, strictly between 0 and 1. */
  testSize: number;
  seed: number;
}

/** sklearn ShuffleSplit / train_test_split: ceil(testSize · n) random rows to test, the rest to train. */
export function randomSplit(n: number, { testSize, seed }: HoldoutOptions): TrainTest {
  checkRows('randomSplit', n);
  checkSeed('randomSplit', seed);
  const { nTest } = holdoutSizes('randomSplit', n, testSize);
  const order = permutation(n, new Random(seed));
  const test = sortedRows(order.subarray(0, nTest));
  return { train: complement(n, test), test };
}

/**
 * sklearn _approximate_mode: split nDraws across classes in proportion to counts, giving the
 * leftover draws to the largest remainders, ties broken at random.
 */
function approximateMode(counts: Int32Array, nDraws: number, rng: Random): Int32Array {
  let total = 0;
  for (const c of counts) total += c;
  const continuous = Array.from(counts, (c) => (c / total) * nDraws);
  const out = Int32Array.from(continuous, Math.floor);
  let needToAdd = nDraws - out.reduce((s, v) => s + v, 0);
  const remainder = continuous.map((c, i) => c - out[i]);
  const values = [...new Set(remainder)].sort((a, b) => b - a);
  for (const value of values) {
    if (needToAdd <= 0) break;
    const tied = rng.shuffle(remainder.flatMap((r, i) => (r === value ? [i] : [])));
    const addNow = Math.min(tied.length, needToAdd);
    for (let j = 0; j < addNow; j++) out[tied[j]]++;
    needToAdd -= addNow;
  }
  return out;
}

/**
 * sklearn StratifiedShuffleSplit / train_test_split(stratify=labels): each class is split in
 * the overall proportion (rounded as sklearn rounds), so class shares match in train and test.
 * Every class needs at least 2 rows, and both parts need at least one row per class.
 */
export function stratifiedSplit(labels: Keys, { testSize, seed }: HoldoutOptions): TrainTest {
  const n = labels.length;
  checkRows('stratifiedSplit', n);
  checkSeed('stratifiedSplit', seed);
  const { nTrain, nTest } = holdoutSizes('stratifiedSplit', n, testSize);
  const { codes, values, sizes } = encodeKeys('stratifiedSplit', 'labels', labels);
  const k = sizes.length;
  const smallest = sizes.reduce((m, s, c) => (s < sizes[m] ? c : m), 0);
  if (sizes[smallest] < 2) {
    throw new SplitError(
      `stratifiedSplit: class "${values[smallest]}" has only 1 row; every class needs at least 2 to appear ` +
        'in both train and test — merge or drop rare classes, or use randomSplit',
    );
  }
  if (nTrain < k || nTest < k) {
    throw new SplitError(
      `stratifiedSplit: ${nTrain} train and ${nTest} test rows cannot hold all ${k} classes; ` +
        'each part needs at least one row per class — change testSize or use more data',
    );
  }
  const rng = new Random(seed);
  const trainPerClass = approximateMode(sizes, nTrain, rng);
  const remaining = Int32Array.from(sizes, (s, c) => s - trainPerClass[c]);
  const testPerClass = approximateMode(remaining, nTest, rng);
  const members: number[][] = Array.from({ length: k }, () => []);
  for (let i = 0; i < n; i++) members[codes[i]].push(i);
  const test: number[] = [];
  members.forEach((rows, c) => {
    rng.shuffle(rows);
    test.push(...rows.slice(trainPerClass[c], trainPerClass[c] + testPerClass[c]));
  });
  const testRows = sortedRows(test);
  return { train: complement(n, testRows), test: testRows };
}

/**
 * Chronological holdout: the latest ceil(testSize · n) rows by `time` go to test. Rows that share
 * the boundary time all go to test, so every training time is strictly earlier than every test time.
 */
export function chronologicalSplit(time: Float64Array, { testSize }: { testSize: number }): TrainTest {
  const n = time.length;
  checkRows('chronologicalSplit', n);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(time[i])) {
      throw new SplitError(`chronologicalSplit: time[${i}] is ${time[i]}; drop or fill rows without a time first`);
    }
  }
  const { nTrain } = holdoutSizes('chronologicalSplit', n, testSize);
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => time[a] - time[b] || a - b);
  let cut = nTrain;
  while (cut > 0 && time[order[cut - 1]] === time[order[cut]]) cut--;
  if (cut === 0) {
    throw new SplitError(
      `chronologicalSplit: the earliest ${nTrain} rows share the time of the first test row, so no row is ` +
        'strictly earlier; use a finer time column or a larger training share',
    );
  }
  const test = sortedRows(order.subarray(cut));
  return { train: complement(n, test), test };
}

/**
 * sklearn GroupShuffleSplit: ceil(testSize · groups) random groups go to test, the rest to train,
 * so no group is on both sides. testSize is a fraction of groups, not of rows.
 */
export function groupSplit(groups: Keys, { testSize, seed }: HoldoutOptions): TrainTest {
  const n = groups.length;
  checkRows('groupSplit', n);
  checkSeed('groupSplit', seed);
  const { codes, sizes } = encodeKeys('groupSplit', 'groups', groups);
  if (sizes.length < 2) {
    throw new SplitError(
      `groupSplit: found ${sizes.length} group; at least 2 distinct groups are needed to keep them apart`,
    );
  }
  const { nTest } = holdoutSizes('groupSplit', sizes.length, testSize, 'groups');
  const order = permutation(sizes.length, new Random(seed));
  const inTest = new Uint8Array(sizes.length);
  for (let j = 0; j < nTest; j++) inTest[order[j]] = 1;
  const test: number[] = [];
  for (let i = 0; i < n; i++) if (inTest[codes[i]]) test.push(i);
  const testRows = Int32Array.from(test);
  return { train: complement(n, testRows), test: testRows };
}
