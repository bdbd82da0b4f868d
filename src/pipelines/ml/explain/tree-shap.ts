// Exact TreeSHAP, the path-dependent algorithm of Lundberg et al. (2018, "Consistent individualized feature
// attribution for tree ensembles", Algorithm 2): per-row SHAP values in O(T·L·D²), using node covers.
// For each row, expected value + Σ SHAP values = the model's raw output (margin for boosting, mean/probability for forests).

import { ModelInputError, type Model } from '../models/model.ts';
import type { FlatForest, TreeEnsemble } from '../models/trees/forest.ts';

export interface ShapValues {
  n: number;
  p: number;
  outputs: number;
  /** values[(i * p + j) * outputs + o]: feature j's contribution to output o of row i. */
  values: Float64Array;
  /** Mean raw output over the training covers, per output. */
  expectedValue: Float64Array;
}

/** A model whose predictions come from a tree ensemble (our boosting, forest and decision tree). */
export interface TreeModel extends Model {
  ensemble(): TreeEnsemble;
}

export function isTreeModel(m: Model): m is TreeModel {
  return typeof (m as Partial<TreeModel>).ensemble === 'function';
}

/** Cover-weighted mean of the leaves of the tree starting at `root`, per value slot (width). */
function treeExpectation(f: FlatForest, root: number, out: Float64Array): void {
  const w = f.width;
  const stack = [root];
  out.fill(0);
  const total = f.cover[root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (f.feature[node] >= 0) {
      stack.push(f.left[node], f.right[node]);
      continue;
    }
    const share = total > 0 ? f.cover[node] / total : 0;
    for (let c = 0; c < w; c++) out[c] += share * f.value[node * w + c];
  }
}

export function expectedValue(e: TreeEnsemble): Float64Array {
  const ev = Float64Array.from(e.baseline);
  const tmp = new Float64Array(e.forest.width);
  e.forest.roots.forEach((root, t) => {
    treeExpectation(e.forest, root, tmp);
    if (e.forest.width === 1) ev[e.treeOutput ? e.treeOutput[t] : 0] += e.scale * tmp[0];
    else for (let c = 0; c < e.forest.width; c++) ev[c] += e.scale * tmp[c];
  });
  return ev;
}

function maxDepth(f: FlatForest, root: number): number {
  let best = 0;
  const stack: number[] = [root, 0];
  while (stack.length > 0) {
    const d = stack.pop()!;
    const node = stack.pop()!;
    if (f.feature[node] >= 0) stack.push(f.left[node], d + 1, f.right[node], d + 1);
    else best = Math.max(best, d);
  }
  return best;
}

/** The unique path of Algorithm 2 as parallel typed arrays; each recursion level works on its own segment. */
class PathStore {
  feature: Int32Array;
  zero: Float64Array;
  one: Float64Array;
  weight: Float64Array;

  constructor(depth: number) {
    const size = ((depth + 2) * (depth + 3)) / 2;
    this.feature = new Int32Array(size);
    this.zero = new Float64Array(size);
    this.one = new Float64Array(size);
    this.weight = new Float64Array(size);
  }

  copy(from: number, to: number, count: number): void {
    // Plain loops: paths are short, and copyWithin's call overhead dominates at these sizes.
    const { feature, zero, one, weight } = this;
    for (let i = 0; i < count; i++) {
      feature[to + i] = feature[from + i];
      zero[to + i] = zero[from + i];
      one[to + i] = one[from + i];
      weight[to + i] = weight[from + i];
    }
  }

  extend(at: number, depth: number, zero: number, one: number, feature: number): void {
    const w = this.weight;
    this.feature[at + depth] = feature;
    this.zero[at + depth] = zero;
    this.one[at + depth] = one;
    w[at + depth] = depth === 0 ? 1 : 0;
    for (let i = depth - 1; i >= 0; i--) {
      w[at + i + 1] += (one * w[at + i] * (i + 1)) / (depth + 1);
      w[at + i] = (zero * w[at + i] * (depth - i)) / (depth + 1);
    }
  }

  unwind(at: number, depth: number, index: number): void {
    const w = this.weight;
    const one = this.one[at + index];
    const zero = this.zero[at + index];
    let next = w[at + depth];
    for (let i = depth - 1; i >= 0; i--) {
      if (one !== 0) {
        const tmp = w[at + i];
        w[at + i] = (next * (depth + 1)) / ((i + 1) * one);
        next = tmp - (w[at + i] * zero * (depth - i)) / (depth + 1);
      } else {
        w[at + i] = (w[at + i] * (depth + 1)) / (zero * (depth - i));
      }
    }
    for (let i = index; i < depth; i++) {
      this.feature[at + i] = this.feature[at + i + 1];
      this.zero[at + i] = this.zero[at + i + 1];
      this.one[at + i] = this.one[at + i + 1];
    }
  }

  unwoundSum(at: number, depth: number, index: number): number {
    const w = this.weight;
    const one = this.one[at + index];
    const zero = this.zero[at + index];
    let next = w[at + depth];
    let total = 0;
    for (let i = depth - 1; i >= 0; i--) {
      if (one !== 0) {
        const tmp = (next * (depth + 1)) / ((i + 1) * one);
        total += tmp;
        next = w[at + i] - (tmp * zero * (depth - i)) / (depth + 1);
      } else {
        total += w[at + i] / zero / ((depth - i) / (depth + 1));
      }
    }
    return total;
  }
}

/** Adds one tree's SHAP values for row x (offset xb in X) into phi[j * width + c] (times `scale`). */
function shapTree(
  f: FlatForest,
  path: PathStore,
  X: Float64Array,
  xb: number,
  phi: Float64Array,
  scale: number,
  node: number,
  depth: number,
  parentAt: number,
  parentZero: number,
  parentOne: number,
  parentFeature: number,
): void {
  const at = parentAt + depth + 1;
  path.copy(parentAt, at, depth + 1);
  path.extend(at, depth, parentZero, parentOne, parentFeature);
  const split = f.feature[node];
  if (split < 0) {
    const w = f.width;
    for (let i = 1; i <= depth; i++) {
      const s = scale * path.unwoundSum(at, depth, i) * (path.one[at + i] - path.zero[at + i]);
      const j = path.feature[at + i];
      for (let c = 0; c < w; c++) phi[j * w + c] += s * f.value[node * w + c];
    }
    return;
  }
  const x = X[xb + split];
  const goLeft = x <= f.threshold[node] || (x !== x && f.missingLeft[node] === 1);
  const hot = goLeft ? f.left[node] : f.right[node];
  const cold = goLeft ? f.right[node] : f.left[node];
  const cover = f.cover[node];
  const hotZero = f.cover[hot] / cover;
  const coldZero = f.cover[cold] / cover;
  let inZero = 1;
  let inOne = 1;
  let index = 0;
  for (; index <= depth; index++) if (path.feature[at + index] === split) break;
  if (index !== depth + 1) {
    inZero = path.zero[at + index];
    inOne = path.one[at + index];
    path.unwind(at, depth, index);
    depth -= 1;
  }
  shapTree(f, path, X, xb, phi, scale, hot, depth + 1, at, hotZero * inZero, inOne, split);
  shapTree(f, path, X, xb, phi, scale, cold, depth + 1, at, coldZero * inZero, 0, split);
}

/** SHAP values of every row of X (row-major n × p) for the ensemble's raw outputs. */
export function treeShap(e: TreeEnsemble, X: Float64Array, n: number, p: number): ShapValues {
  if (X.length !== n * p) throw new ModelInputError(`TreeSHAP: X has ${X.length} values; expected n × p = ${n} × ${p}`);
  const f = e.forest;
  const outputs = e.outputs;
  let deepest = 0;
  for (let t = 0; t < f.roots.length; t++) deepest = Math.max(deepest, maxDepth(f, f.roots[t]));
  const path = new PathStore(deepest + 1);
  const values = new Float64Array(n * p * outputs);
  const phi = new Float64Array(p * f.width);
  for (let i = 0; i < n; i++) {
    const xb = i * p;
    for (let t = 0; t < f.roots.length; t++) {
      phi.fill(0);
      shapTree(f, path, X, xb, phi, e.scale, f.roots[t], 0, 0, 1, 1, -1);
      if (f.width === 1) {
        const o = e.treeOutput ? e.treeOutput[t] : 0;
        for (let j = 0; j < p; j++) values[(xb + j) * outputs + o] += phi[j];
      } else {
        for (let j = 0; j < p; j++) for (let c = 0; c < outputs; c++) values[(xb + j) * outputs + c] += phi[j * f.width + c];
      }
    }
  }
  return { n, p, outputs, values, expectedValue: expectedValue(e) };
}
