// Cross-validation folds with scikit-learn's semantics: KFold, StratifiedKFold, their repeated
// forms, and TimeSeriesSplit. Each fold is { train, test } with ascending row indices.
import { Random, permutation } from '../random.ts';
import { type Keys, SplitError, type TrainTest, checkRows, checkSeed, checkSplits, complement, encodeKeys, sortedRows } from './input.ts';

export interface FoldOptions {
  /** Number of folds (≥ 2, ≤ rows). Default 5. */
  nSplits?: number;
  /** When given, rows are shuffled with this seed first (sklearn shuffle=True); otherwise folds are in row order. */
  seed?: number;
}

function kFoldWith(n: number, nSplits: number, rng: Random | null): TrainTest[] {
  const order = rng ? permutation(n, rng) : Int32Array.from({ length: n }, (_, i) => i);
  const folds: TrainTest[] = [];
  let start = 0;
  for (let f = 0; f < nSplits; f++) {
    // The first n % nSplits folds get one extra row, as sklearn KFold.
    const size = Math.floor(n / nSplits) + (f < n % nSplits ? 1 : 0);
    const test = sortedRows(order.subarray(start, start + size));
    folds.push({ train: complement(n, test), test });
    start += size;
  }
  return folds;
}

/** sklearn KFold: nSplits consecutive (or, with a seed, shuffled) blocks; each is the test set once. */
export function kFold(n: number, { nSplits = 5, seed }: FoldOptions = {}): TrainTest[] {
  checkSplits('kFold', nSplits, n);
  if (seed !== undefined) checkSeed('kFold', seed);
  return kFoldWith(n, nSplits, seed === undefined ? null : new Random(seed));
}

function stratifiedKFoldWith(labels: Keys, nSplits: number, rng: Random | null): TrainTest[] {
  const n = labels.length;
  checkSplits('stratifiedKFold', nSplits, n);
  const { codes, sizes } = encodeKeys('stratifiedKFold', 'labels', labels);
  const k = sizes.length;
  const largest = Math.max(...sizes);
  if (largest < nSplits) {
    throw new SplitError(
      `stratifiedKFold: nSplits is ${nSplits} but no class has that many rows (the largest has ${largest}); ` +
        `use at most ${largest} splits`,
    );
  }
  // sklearn: deal the label-sorted rows round-robin to folds, which fixes how many rows of each
  // class each fold gets; then assign class members to folds in row order (or shuffled).
  const sorted = Int32Array.from(codes).sort();
  const allocation = new Int32Array(nSplits * k);
  for (let i = 0; i < n; i++) allocation[(i % nSplits) * k + sorted[i]]++;
  const cursor = new Int32Array(k);
  const foldsForClass: number[][] = Array.from({ length: k }, (_, c) => {
    const list: number[] = [];
    for (let f = 0; f < nSplits; f++) for (let j = 0; j < allocation[f * k + c]; j++) list.push(f);
    return rng ? rng.shuffle(list) : list;
  });
  const tests: number[][] = Array.from({ length: nSplits }, () => []);
  for (let i = 0; i < n; i++) tests[foldsForClass[codes[i]][cursor[codes[i]]++]].push(i);
  return tests.map((rows) => {
    const test = Int32Array.from(rows);
    return { train: complement(n, test), test };
  });
}

/**
 * sklearn StratifiedKFold: folds that keep each class's share. Classes smaller than nSplits are
 * allowed (sklearn warns; some folds then lack that class); it is an error only when every class is.
 */
export function stratifiedKFold(labels: Keys, { nSplits = 5, seed }: FoldOptions = {}): TrainTest[] {
  if (seed !== undefined) checkSeed('stratifiedKFold', seed);
  return stratifiedKFoldWith(labels, nSplits, seed === undefined ? null : new Random(seed));
}

export interface RepeatedFoldOptions {
  nSplits?: number;
  /** Default 10, as sklearn. */
  nRepeats?: number;
  seed: number;
}

function checkRepeats(split: string, nRepeats: number): void {
  if (!Number.isInteger(nRepeats) || nRepeats < 1) {
    throw new SplitError(`${split}: nRepeats is ${nRepeats}; pass an integer ≥ 1`);
  }
}

/** sklearn RepeatedKFold: shuffled k-fold nRepeats times, each repeat with its own stream of the seed. */
export function repeatedKFold(n: number, { nSplits = 5, nRepeats = 10, seed }: RepeatedFoldOptions): TrainTest[] {
  checkSplits('repeatedKFold', nSplits, n);
  checkRepeats('repeatedKFold', nRepeats);
  checkSeed('repeatedKFold', seed);
  const rng = new Random(seed);
  return Array.from({ length: nRepeats }, (_, r) => kFoldWith(n, nSplits, rng.fork(r))).flat();
}

/** sklearn RepeatedStratifiedKFold: shuffled stratified k-fold nRepeats times. */
export function repeatedStratifiedKFold(
  labels: Keys,
  { nSplits = 5, nRepeats = 10, seed }: RepeatedFoldOptions,
): TrainTest[] {
  checkRepeats('repeatedStratifiedKFold', nRepeats);
  checkSeed('repeatedStratifiedKFold', seed);
  const rng = new Random(seed);
  return Array.from({ length: nRepeats }, (_, r) => stratifiedKFoldWith(labels, nSplits, rng.fork(r))).flat();
}

export interface TimeSeriesSplitOptions {
  /** Default 5. */
  nSplits?: number;
  /** Rows per test fold; default floor(n / (nSplits + 1)). */
  testSize?: number;
  /** Rows left out between the end of train and the start of test. Default 0. */
  gap?: number;
  /** Keep only the latest maxTrainSize training rows (a sliding instead of growing window). */
  maxTrainSize?: number;
  /**
   * Time per row. When given, positions are taken in time order (ties by row order) and mapped
   * back to row indices; without it the rows are assumed to be in time order already.
   */
  time?: Float64Array;
}

/**
 * sklearn TimeSeriesSplit: expanding-window folds where every test block follows its training
 * rows; the test blocks are the last nSplits · testSize positions.
 */
export function timeSeriesSplit(n: number, options: TimeSeriesSplitOptions = {}): TrainTest[] {
  const { nSplits = 5, gap = 0, maxTrainSize, time } = options;
  checkRows('timeSeriesSplit', n);
  if (!Number.isInteger(nSplits) || nSplits < 2) {
    throw new SplitError(`timeSeriesSplit: nSplits is ${nSplits}; pass an integer ≥ 2`);
  }
  if (nSplits + 1 > n) {
    throw new SplitError(
      `timeSeriesSplit: ${nSplits} splits need ${nSplits + 1} folds but the data has only ${n} rows; use fewer splits`,
    );
  }
  const testSize = options.testSize ?? Math.floor(n / (nSplits + 1));
  for (const [name, v, min] of [['testSize', testSize, 1], ['gap', gap, 0], ['maxTrainSize', maxTrainSize ?? 1, 1]] as const) {
    if (!Number.isInteger(v) || v < min) {
      throw new SplitError(`timeSeriesSplit: ${name} is ${v}; pass an integer ≥ ${min}`);
    }
  }
  if (n - gap - testSize * nSplits <= 0) {
    throw new SplitError(
      `timeSeriesSplit: ${nSplits} splits of ${testSize} test rows with a gap of ${gap} leave no training rows ` +
        `in ${n} rows; reduce nSplits, testSize or gap`,
    );
  }
  let order: Int32Array | null = null;
  if (time) {
    if (time.length !== n) {
      throw new SplitError(`timeSeriesSplit: time has ${time.length} values for ${n} rows; pass one per row`);
    }
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(time[i])) throw new SplitError(`timeSeriesSplit: time[${i}] is ${time[i]}; drop or fill it first`);
    }
    order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => time[a] - time[b] || a - b);
  }
  const rows = (from: number, to: number): Int32Array => {
    const positions = Int32Array.from({ length: to - from }, (_, i) => from + i);
    return order ? sortedRows(positions.map((p) => order![p])) : positions;
  };
  const folds: TrainTest[] = [];
  for (let testStart = n - nSplits * testSize; testStart < n; testStart += testSize) {
    const trainEnd = testStart - gap;
    const trainStart = maxTrainSize !== undefined && maxTrainSize < trainEnd ? trainEnd - maxTrainSize : 0;
    folds.push({ train: rows(trainStart, trainEnd), test: rows(testStart, testStart + testSize) });
  }
  return folds;
}
