// CART on raw feature values (exact thresholds at midpoints between distinct values), shared by the decision
// tree and the random forest. Each feature keeps its rows presorted; a split stable-partitions every list.
import { log, log2 } from '../../portable-math.ts';

import type { Random } from '../../random.ts';
import { midpoint } from './binning.ts';
import { addNode, emptyTree, type Tree } from './forest.ts';

export type Criterion = 'gini' | 'entropy' | 'squared_error';

export interface CartParams {
  criterion: Criterion;
  maxDepth: number | null;
  minSamplesSplit: number;
  minSamplesLeaf: number;
  /** Features drawn per node (all p for a plain decision tree). */
  maxFeatures: number;
}

/** Rows sorted by each feature's value (ties by row index), computed once per fit: order[f * n + r]. */
export function presort(X: Float64Array, n: number, p: number): Int32Array {
  const order = new Int32Array(n * p);
  const col = new Float64Array(n);
  for (let f = 0; f < p; f++) {
    for (let i = 0; i < n; i++) col[i] = X[i * p + f];
    const seg = order.subarray(f * n, (f + 1) * n);
    for (let i = 0; i < n; i++) seg[i] = i;
    seg.sort((a, b) => col[a] - col[b] || a - b);
  }
  return order;
}

interface Pending {
  node: number;
  start: number;
  end: number;
  depth: number;
}

/**
 * Grows one tree on the rows with weight > 0. `k` is the number of classes (0 for regression).
 * `importance` accumulates weighted impurity decrease per feature.
 */
export function growCart(
  X: Float64Array,
  n: number,
  p: number,
  y: Float64Array,
  k: number,
  w: Float64Array,
  sorted: Int32Array,
  params: CartParams,
  rng: Random,
  importance: Float64Array,
): Tree {
  const width = k > 0 ? k : 1;
  // Per-feature lists restricted to in-bag rows, same length m for every feature.
  let m = 0;
  for (let i = 0; i < n; i++) if (w[i] > 0) m++;
  const lists = new Int32Array(m * p);
  for (let f = 0; f < p; f++) {
    let c = 0;
    const src = f * n;
    for (let r = 0; r < n; r++) {
      const i = sorted[src + r];
      if (w[i] > 0) lists[f * m + c++] = i;
    }
  }
  const goLeft = new Uint8Array(n);
  const scratch = new Int32Array(m);
  const features = new Int32Array(p);
  for (let f = 0; f < p; f++) features[f] = f;
  const tree = emptyTree(64, width);
  const stats = new Float64Array(width + 2); // class weights or [sum, sumSq], then total weight
  const left = new Float64Array(width + 1);
  const stack: Pending[] = [{ node: addNode(tree), start: 0, end: m, depth: 0 }];

  while (stack.length > 0) {
    const { node, start, end, depth } = stack.pop()!;
    const W = nodeStats(lists, start, end, y, k, w, stats);
    // Leaf value (and provisional value for internal nodes): class fractions or weighted mean.
    if (k > 0) for (let c = 0; c < k; c++) tree.value[node * k + c] = stats[c] / W;
    else tree.value[node] = stats[0] / W;
    tree.cover[node] = W;
    const rows = end - start;
    const impurity = impurityOf(params.criterion, stats, k, W);
    if (
      (params.maxDepth !== null && depth >= params.maxDepth) ||
      rows < params.minSamplesSplit ||
      rows < 2 * params.minSamplesLeaf ||
      impurity <= 1e-15
    ) {
      continue;
    }
    // Best split over up to maxFeatures non-constant features, drawn without replacement.
    let bestScore = -Infinity;
    let bestF = -1;
    let bestPos = -1;
    let bestThr = 0;
    let tried = 0;
    for (let d = 0; d < p && tried < params.maxFeatures; d++) {
      const j = d + rng.int(p - d);
      const f = features[j];
      features[j] = features[d];
      features[d] = f;
      const base = f * m;
      if (X[lists[base + start] * p + f] === X[lists[base + end - 1] * p + f]) continue;
      tried++;
      left.fill(0);
      for (let r = start; r < end - 1; r++) {
        const i = lists[base + r];
        const wi = w[i];
        if (k > 0) left[y[i]] += wi;
        else left[0] += wi * y[i];
        left[width] += wi;
        const nl = r - start + 1;
        if (nl < params.minSamplesLeaf) continue;
        if (end - start - nl < params.minSamplesLeaf) break;
        const v = X[i * p + f];
        const vNext = X[lists[base + r + 1] * p + f];
        if (v === vNext) continue;
        const score = splitScore(params.criterion, left, stats, k, W);
        if (score > bestScore) {
          bestScore = score;
          bestF = f;
          bestPos = r + 1;
          bestThr = midpoint(v, vNext);
        }
      }
    }
    if (bestF < 0) continue;
    // Children impurities for the importance bookkeeping.
    const base = bestF * m;
    for (let r = start; r < end; r++) goLeft[lists[base + r]] = r < bestPos ? 1 : 0;
    const lStats = new Float64Array(width + 2);
    const rStats = new Float64Array(width + 2);
    const WL = nodeStats(lists, start, bestPos, y, k, w, lStats, base);
    const WR = nodeStats(lists, bestPos, end, y, k, w, rStats, base);
    const decrease = W * impurity - WL * impurityOf(params.criterion, lStats, k, WL) - WR * impurityOf(params.criterion, rStats, k, WR);
    importance[bestF] += Math.max(0, decrease);
    for (let f = 0; f < p; f++) {
      if (f === bestF) continue;
      const b = f * m;
      let li = start;
      let ri = 0;
      for (let r = start; r < end; r++) {
        const i = lists[b + r];
        if (goLeft[i]) lists[b + li++] = i;
        else scratch[ri++] = i;
      }
      lists.set(scratch.subarray(0, ri), b + li);
    }
    const l = addNode(tree);
    const r = addNode(tree);
    tree.feature[node] = bestF;
    tree.threshold[node] = bestThr;
    tree.left[node] = l;
    tree.right[node] = r;
    // No NaN in training: missing values follow the heavier child.
    tree.missingLeft[node] = WL >= WR ? 1 : 0;
    stack.push({ node: r, start: bestPos, end, depth: depth + 1 });
    stack.push({ node: l, start, end: bestPos, depth: depth + 1 });
  }
  return tree;
}

/** Fills stats (class weights, or [Σwy, Σwy²]) and returns the total weight of rows start..end. */
function nodeStats(lists: Int32Array, start: number, end: number, y: Float64Array, k: number, w: Float64Array, stats: Float64Array, base = 0): number {
  stats.fill(0);
  let W = 0;
  for (let r = start; r < end; r++) {
    const i = lists[base + r];
    const wi = w[i];
    if (k > 0) stats[y[i]] += wi;
    else {
      stats[0] += wi * y[i];
      stats[1] += wi * y[i] * y[i];
    }
    W += wi;
  }
  return W;
}

function impurityOf(criterion: Criterion, stats: Float64Array, k: number, W: number): number {
  if (W <= 0) return 0;
  if (criterion === 'squared_error') return Math.max(0, stats[1] / W - (stats[0] / W) ** 2);
  let s = 0;
  for (let c = 0; c < k; c++) {
    const q = stats[c] / W;
    if (criterion === 'gini') s += q * q;
    else if (q > 0) s -= q * log2(q);
  }
  return criterion === 'gini' ? 1 - s : s;
}

/** Higher is better: minus the weighted impurity of both children, up to a constant of the node. */
function splitScore(criterion: Criterion, left: Float64Array, total: Float64Array, k: number, W: number): number {
  const WL = left[k > 0 ? k : 1];
  const WR = W - WL;
  if (WL <= 0 || WR <= 0) return -Infinity;
  if (criterion === 'squared_error') {
    const sl = left[0];
    const sr = total[0] - sl;
    return (sl * sl) / WL + (sr * sr) / WR;
  }
  let s = 0;
  for (let c = 0; c < k; c++) {
    const a = left[c];
    const b = total[c] - a;
    if (criterion === 'gini') s += (a * a) / WL + (b * b) / WR;
    else {
      if (a > 0) s += a * log(a / WL);
      if (b > 0) s += b * log(b / WR);
    }
  }
  return s;
}
