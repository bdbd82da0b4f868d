// Argument checks and label encoding shared by the holdout splits and the k-fold splitters;
// errors say which argument is wrong and what to pass instead.

/** A split that cannot be made with these arguments on this data. */
export class SplitError extends Error {
  override name = 'SplitError';
}

/** Train and test row indices, each in ascending row order. */
export interface TrainTest {
  train: Int32Array;
  test: Int32Array;
}

/** Class labels or group ids, one per row: numbers or strings. Missing values are rejected. */
export type Keys = ArrayLike<number> | readonly (string | number | null)[];

export function checkTestSize(split: string, testSize: number): void {
  if (!(testSize > 0 && testSize < 1)) {
    throw new SplitError(`${split}: testSize is ${testSize}; pass a fraction strictly between 0 and 1 (e.g. 0.2)`);
  }
}

export function checkRows(split: string, n: number): void {
  if (!Number.isInteger(n) || n < 2) {
    throw new SplitError(`${split}: the data has ${n} rows; a split needs at least 2`);
  }
}

export function checkSeed(split: string, seed: number): void {
  if (!Number.isFinite(seed)) throw new SplitError(`${split}: seed is ${seed}; pass a finite number`);
}

export function checkSplits(split: string, nSplits: number, n: number): void {
  checkRows(split, n);
  if (!Number.isInteger(nSplits) || nSplits < 2) {
    throw new SplitError(`${split}: nSplits is ${nSplits}; pass an integer ≥ 2`);
  }
  if (nSplits > n) {
    throw new SplitError(`${split}: nSplits is ${nSplits} but the data has only ${n} rows; use at most ${n} splits`);
  }
}

/**
 * sklearn's test and train counts for a fraction: test = ceil(testSize · n), train = the rest, so
 * every row is used. Both must be non-empty.
 */
export function holdoutSizes(split: string, n: number, testSize: number, unit = 'rows'): { nTrain: number; nTest: number } {
  checkTestSize(split, testSize);
  const nTest = Math.ceil(testSize * n);
  const nTrain = n - nTest;
  if (nTrain < 1 || nTest < 1) {
    throw new SplitError(
      `${split}: testSize ${testSize} of ${n} ${unit} leaves ${nTrain} for training and ${nTest} for testing; ` +
        'change testSize or use more data',
    );
  }
  return { nTrain, nTest };
}

export interface EncodedKeys {
  /** Code per row, 0..count-1, numbered in order of first appearance (as sklearn's StratifiedKFold). */
  codes: Int32Array;
  /** The distinct keys, by code. */
  values: (string | number)[];
  /** Rows per code. */
  sizes: Int32Array;
}

export function encodeKeys(split: string, name: string, keys: Keys): EncodedKeys {
  const ids = new Map<string | number, number>();
  const codes = new Int32Array(keys.length);
  const sizes: number[] = [];
  for (let i = 0; i < keys.length; i++) {
    const v = keys[i];
    if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) {
      throw new SplitError(`${split}: ${name}[${i}] is missing; fill or drop rows without a ${name.replace(/s$/, '')} first`);
    }
    let c = ids.get(v);
    if (c === undefined) {
      ids.set(v, (c = ids.size));
      sizes.push(0);
    }
    codes[i] = c;
    sizes[c]++;
  }
  return { codes, values: [...ids.keys()], sizes: Int32Array.from(sizes) };
}

/** Ascending copy of a list of row indices. */
export function sortedRows(rows: ArrayLike<number>): Int32Array {
  return Int32Array.from(rows).sort();
}

/** The rows not in `test`, ascending. */
export function complement(n: number, test: Int32Array): Int32Array {
  const inTest = new Uint8Array(n);
  for (let i = 0; i < test.length; i++) inTest[test[i]] = 1;
  const train = new Int32Array(n - test.length);
  let j = 0;
  for (let i = 0; i < n; i++) if (!inTest[i]) train[j++] = i;
  return train;
}
