// Trees flattened into typed arrays: the one form every tree model predicts, serializes and explains from.
// A node goes left when x <= threshold; NaN follows missingLeft. Leaves have feature -1.

import { ModelInputError } from '../model.ts';

export interface FlatForest {
  /** Values per node: 1 for boosting and regression trees, k class probabilities for classification trees. */
  width: number;
  /** First node of each tree (trees are stored one after another). */
  roots: Int32Array;
  feature: Int32Array;
  threshold: Float64Array;
  left: Int32Array;
  right: Int32Array;
  missingLeft: Uint8Array;
  /** node × width */
  value: Float64Array;
  /** Training samples that reached the node (weights when given); TreeSHAP's path probabilities. */
  cover: Float64Array;
}

/** How a model turns its forest into raw outputs: baseline + scale × Σ trees. */
export interface TreeEnsemble {
  forest: FlatForest;
  /** Raw values per row (1 for regression/binary boosting, k otherwise). */
  outputs: number;
  /** Width-1 forests feeding several outputs (multiclass boosting): the output each tree adds to. */
  treeOutput: Int32Array | null;
  baseline: Float64Array;
  scale: number;
}

/** A tree under construction or just grown, with tree-local node indices. */
export interface Tree {
  nodes: number;
  width: number;
  feature: Int32Array;
  threshold: Float64Array;
  left: Int32Array;
  right: Int32Array;
  missingLeft: Uint8Array;
  value: Float64Array;
  cover: Float64Array;
}

export function emptyTree(capacity: number, width: number): Tree {
  return {
    nodes: 0,
    width,
    feature: new Int32Array(capacity).fill(-1),
    threshold: new Float64Array(capacity),
    left: new Int32Array(capacity).fill(-1),
    right: new Int32Array(capacity).fill(-1),
    missingLeft: new Uint8Array(capacity),
    value: new Float64Array(capacity * width),
    cover: new Float64Array(capacity),
  };
}

/** Appends a node; grows the arrays when full. Returns the node index. */
export function addNode(t: Tree): number {
  if (t.nodes === t.feature.length) {
    const bigger = emptyTree(Math.max(8, t.nodes * 2), t.width);
    bigger.feature.set(t.feature);
    bigger.threshold.set(t.threshold);
    bigger.left.set(t.left);
    bigger.right.set(t.right);
    bigger.missingLeft.set(t.missingLeft);
    bigger.value.set(t.value);
    bigger.cover.set(t.cover);
    Object.assign(t, { ...bigger, nodes: t.nodes });
  }
  return t.nodes++;
}

export function forestFromTrees(trees: Tree[], width: number): FlatForest {
  let total = 0;
  for (const t of trees) total += t.nodes;
  const f: FlatForest = {
    width,
    roots: new Int32Array(trees.length),
    feature: new Int32Array(total),
    threshold: new Float64Array(total),
    left: new Int32Array(total),
    right: new Int32Array(total),
    missingLeft: new Uint8Array(total),
    value: new Float64Array(total * width),
    cover: new Float64Array(total),
  };
  let off = 0;
  trees.forEach((t, ti) => {
    f.roots[ti] = off;
    for (let i = 0; i < t.nodes; i++) {
      const leaf = t.feature[i] < 0;
      f.feature[off + i] = t.feature[i];
      f.threshold[off + i] = leaf ? 0 : t.threshold[i];
      f.left[off + i] = leaf ? -1 : t.left[i] + off;
      f.right[off + i] = leaf ? -1 : t.right[i] + off;
      f.missingLeft[off + i] = t.missingLeft[i];
      f.cover[off + i] = t.cover[i];
    }
    f.value.set(t.value.subarray(0, t.nodes * width), off * width);
    off += t.nodes;
  });
  return f;
}

/** Leaf reached by one row of X (row-major, p columns) from node `root`. */
export function leafOf(f: FlatForest, root: number, X: Float64Array, base: number): number {
  let node = root;
  const feature = f.feature;
  while (feature[node] >= 0) {
    const x = X[base + feature[node]];
    if (x <= f.threshold[node]) node = f.left[node];
    else if (x !== x && f.missingLeft[node] === 1) node = f.left[node];
    else node = f.right[node];
  }
  return node;
}

export interface SerializedForest {
  width: number;
  roots: number[];
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  missingLeft: number[];
  value: number[];
  cover: number[];
}

export function serializeForest(f: FlatForest): SerializedForest {
  return {
    width: f.width,
    roots: Array.from(f.roots),
    feature: Array.from(f.feature),
    threshold: Array.from(f.threshold),
    left: Array.from(f.left),
    right: Array.from(f.right),
    missingLeft: Array.from(f.missingLeft),
    value: Array.from(f.value),
    cover: Array.from(f.cover),
  };
}

export function deserializeForest(s: SerializedForest): FlatForest {
  const nodes = s?.feature?.length;
  const ok =
    Number.isInteger(s?.width) &&
    s.width >= 1 &&
    Array.isArray(s.roots) &&
    [s.threshold, s.left, s.right, s.missingLeft, s.cover].every((a) => Array.isArray(a) && a.length === nodes) &&
    Array.isArray(s.value) &&
    s.value.length === nodes * s.width;
  if (!ok) throw new ModelInputError('Serialized forest is malformed: node arrays are missing or of unequal length');
  const f: FlatForest = {
    width: s.width,
    roots: Int32Array.from(s.roots),
    feature: Int32Array.from(s.feature),
    threshold: Float64Array.from(s.threshold),
    left: Int32Array.from(s.left),
    right: Int32Array.from(s.right),
    missingLeft: Uint8Array.from(s.missingLeft),
    value: Float64Array.from(s.value),
    cover: Float64Array.from(s.cover),
  };
  for (let i = 0; i < nodes; i++) {
    if (f.feature[i] >= 0 && !(f.left[i] > i && f.left[i] < nodes && f.right[i] > i && f.right[i] < nodes)) {
      throw new ModelInputError(`Serialized forest is malformed: node ${i} points outside the tree`);
    }
  }
  return f;
}

/** Adds one just-grown tree's output to raw[offset + i] for each row of X (row-major, p columns). */
export function addTreeOutput(t: Tree, X: Float64Array, n: number, p: number, raw: Float64Array, offset: number): void {
  const { feature, threshold, left, right, missingLeft, value } = t;
  for (let i = 0; i < n; i++) {
    const base = i * p;
    let node = 0;
    while (feature[node] >= 0) {
      const x = X[base + feature[node]];
      if (x <= threshold[node]) node = left[node];
      else if (x !== x && missingLeft[node] === 1) node = left[node];
      else node = right[node];
    }
    raw[offset + i] += value[node];
  }
}
