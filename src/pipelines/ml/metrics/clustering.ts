// Clustering quality on a row-major n×p feature matrix: sklearn's silhouette_score (euclidean)
// and k-means inertia (sum of squared distances to the cluster centres).
import { Random, permutation } from '../random.ts';
import { MetricInputError, checkFinite, checkNonEmpty } from './input.ts';

function checkMatrix(metric: string, x: ArrayLike<number>, dims: number, labels: ArrayLike<number>): number {
  checkNonEmpty(metric, 'labels', labels);
  if (!Number.isInteger(dims) || dims < 1) {
    throw new MetricInputError(`${metric}: dims is ${dims}; pass the number of features per row (≥ 1)`);
  }
  if (x.length !== labels.length * dims) {
    throw new MetricInputError(
      `${metric}: x has ${x.length} values but ${labels.length} labels × ${dims} features need ${labels.length * dims}`,
    );
  }
  checkFinite(metric, 'x', x);
  for (let i = 0; i < labels.length; i++) {
    if (!Number.isInteger(labels[i])) {
      throw new MetricInputError(`${metric}: labels[${i}] is ${labels[i]}; cluster labels must be integers`);
    }
  }
  return labels.length;
}

/** Cluster labels re-numbered 0..c-1 (any integers are accepted, as sklearn's LabelEncoder). */
function encode(labels: ArrayLike<number>): { codes: Int32Array; clusters: number } {
  const ids = new Map<number, number>();
  const codes = new Int32Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    let c = ids.get(labels[i]);
    if (c === undefined) ids.set(labels[i], (c = ids.size));
    codes[i] = c;
  }
  return { codes, clusters: ids.size };
}

export interface SilhouetteOptions {
  /**
   * Score a seeded random sample of this many rows instead of all of them (sklearn's sample_size):
   * the cost is quadratic in the rows scored, so large tables need it.
   */
  sampleSize?: number;
  seed?: number;
}

/**
 * Mean silhouette coefficient over all rows: (b − a) / max(a, b), where a is the mean distance to
 * the other members of the row's cluster and b the mean distance to the nearest other cluster;
 * rows alone in their cluster score 0. O(n²) distances.
 */
export function silhouette(
  x: ArrayLike<number>,
  dims: number,
  labels: ArrayLike<number>,
  options: SilhouetteOptions = {},
): number {
  checkMatrix('silhouette', x, dims, labels);
  const { sampleSize, seed = 0 } = options;
  if (sampleSize !== undefined && sampleSize < labels.length) {
    if (!Number.isInteger(sampleSize) || sampleSize < 3) {
      throw new MetricInputError(`silhouette: sampleSize is ${sampleSize}; pass an integer ≥ 3, or leave it out`);
    }
    const rows = permutation(labels.length, new Random(seed)).subarray(0, sampleSize);
    const xs = new Float64Array(sampleSize * dims);
    const ls = new Float64Array(sampleSize);
    rows.forEach((r, i) => {
      ls[i] = labels[r];
      for (let f = 0; f < dims; f++) xs[i * dims + f] = x[r * dims + f];
    });
    return silhouetteOf(xs, dims, ls);
  }
  return silhouetteOf(x, dims, labels);
}

function silhouetteOf(x: ArrayLike<number>, dims: number, labels: ArrayLike<number>): number {
  const n = labels.length;
  const { codes, clusters } = encode(labels);
  if (clusters < 2 || clusters > n - 1) {
    throw new MetricInputError(
      `silhouette: found ${clusters} clusters in ${n} rows; the silhouette needs between 2 and n − 1 clusters`,
    );
  }
  const sizes = new Float64Array(clusters);
  for (let i = 0; i < n; i++) sizes[codes[i]]++;
  const sums = new Float64Array(clusters);
  let total = 0;
  for (let i = 0; i < n; i++) {
    sums.fill(0);
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      let d2 = 0;
      for (let f = 0; f < dims; f++) d2 += (x[i * dims + f] - x[j * dims + f]) ** 2;
      sums[codes[j]] += Math.sqrt(d2);
    }
    const own = codes[i];
    if (sizes[own] === 1) continue;
    const a = sums[own] / (sizes[own] - 1);
    let b = Infinity;
    for (let c = 0; c < clusters; c++) if (c !== own) b = Math.min(b, sums[c] / sizes[c]);
    const denom = Math.max(a, b);
    total += denom === 0 ? 0 : (b - a) / denom;
  }
  return total / n;
}

/**
 * Sum of squared euclidean distances from each row to its cluster centre. `centers` (c×p
 * row-major, indexed by label) are the fitted k-means centres; without them the cluster means are used.
 */
export function inertia(
  x: ArrayLike<number>,
  dims: number,
  labels: ArrayLike<number>,
  centers?: ArrayLike<number>,
): number {
  const n = checkMatrix('inertia', x, dims, labels);
  let c: ArrayLike<number>;
  let code: (i: number) => number;
  if (centers) {
    checkFinite('inertia', 'centers', centers);
    const k = centers.length / dims;
    for (let i = 0; i < n; i++) {
      if (labels[i] < 0 || labels[i] >= k) {
        throw new MetricInputError(
          `inertia: labels[${i}] is ${labels[i]} but centers has ${k} rows; labels must index the centres`,
        );
      }
    }
    c = centers;
    code = (i) => labels[i];
  } else {
    const { codes, clusters } = encode(labels);
    const means = new Float64Array(clusters * dims);
    const sizes = new Float64Array(clusters);
    for (let i = 0; i < n; i++) {
      sizes[codes[i]]++;
      for (let f = 0; f < dims; f++) means[codes[i] * dims + f] += x[i * dims + f];
    }
    for (let k = 0; k < clusters; k++) for (let f = 0; f < dims; f++) means[k * dims + f] /= sizes[k];
    c = means;
    code = (i) => codes[i];
  }
  let total = 0;
  for (let i = 0; i < n; i++) {
    const k = code(i);
    for (let f = 0; f < dims; f++) total += (x[i * dims + f] - c[k * dims + f]) ** 2;
  }
  return total;
}
