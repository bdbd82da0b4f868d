// Batch scoring of a tree ensemble. Trees are recompiled so leaves point to themselves; then 8 rows walk a
// tree in lockstep for the tree's full depth with no data-dependent branches, which keeps the CPU busy on
// independent loads instead of stalling on mispredicted jumps. Blocks holding NaN take the plain path.

import { ModelInputError } from '../model.ts';
import type { TreeEnsemble } from './forest.ts';

interface Compiled {
  feature: Int32Array;
  threshold: Float64Array;
  /** kids[2 * node] left, kids[2 * node + 1] right; leaves point to themselves. */
  kids: Int32Array;
  depth: Int32Array;
}

const BLOCK = 128;
/** Deeper trees (unpruned forests) waste too many lockstep steps on short branches: they walk row by row. */
const LOCKSTEP_MAX_DEPTH = 14;
const compiled = new WeakMap<TreeEnsemble['forest'], Compiled>();

function compile(e: TreeEnsemble): Compiled {
  const f = e.forest;
  const cached = compiled.get(f);
  if (cached) return cached;
  const m = f.feature.length;
  const c: Compiled = { feature: new Int32Array(m), threshold: new Float64Array(m), kids: new Int32Array(2 * m), depth: new Int32Array(f.roots.length) };
  for (let i = 0; i < m; i++) {
    if (f.feature[i] >= 0) {
      c.feature[i] = f.feature[i];
      c.threshold[i] = f.threshold[i];
      c.kids[2 * i] = f.left[i];
      c.kids[2 * i + 1] = f.right[i];
    } else {
      c.threshold[i] = Infinity;
      c.kids[2 * i] = i;
      c.kids[2 * i + 1] = i;
    }
  }
  const stack: number[] = [];
  for (let t = 0; t < f.roots.length; t++) {
    stack.push(f.roots[t], 0);
    while (stack.length > 0) {
      const d = stack.pop()!;
      const node = stack.pop()!;
      if (f.feature[node] >= 0) stack.push(f.left[node], d + 1, f.right[node], d + 1);
      else if (d > c.depth[t]) c.depth[t] = d;
    }
  }
  compiled.set(f, c);
  return c;
}

/** Raw outputs, row-major n × outputs: baseline + scale × Σ trees. */
export function predictRaw(e: TreeEnsemble, X: Float64Array, n: number, p: number): Float64Array {
  if (X.length !== n * p) throw new ModelInputError(`X has ${X.length} values; expected n × p = ${n} × ${p}`);
  const { outputs, treeOutput, scale } = e;
  const f = e.forest;
  const c = compile(e);
  const width = f.width;
  const nTrees = f.roots.length;
  // Leaf sums per tree slot: acc[i * width + c], scaled and added to the outputs at the end.
  const acc = new Float64Array(n * outputs);
  const { feature, threshold, kids, depth } = c;
  const { value, roots, missingLeft } = f;
  for (let start = 0; start < n; start += BLOCK) {
    const end = Math.min(n, start + BLOCK);
    let clean = true;
    for (let k = start * p; k < end * p; k++) if (X[k] !== X[k]) clean = false;
    for (let t = 0; t < nTrees; t++) {
      const root = roots[t];
      const o = treeOutput ? treeOutput[t] : 0;
      const D = depth[t];
      let i = start;
      if (clean && D <= LOCKSTEP_MAX_DEPTH) {
        for (; i + 7 < end; i += 8) {
          let a = root, b = root, cc = root, d = root, a2 = root, b2 = root, c2 = root, d2 = root;
          const r0 = i * p;
          const r1 = r0 + p, r2 = r1 + p, r3 = r2 + p, r4 = r3 + p, r5 = r4 + p, r6 = r5 + p, r7 = r6 + p;
          for (let l = 0; l < D; l++) {
            // (x > threshold) | 0 compiles to a flag, not a jump; leaves loop on themselves (threshold +∞).
            a = kids[2 * a + (((X[r0 + feature[a]] > threshold[a]) as unknown as number) | 0)];
            b = kids[2 * b + (((X[r1 + feature[b]] > threshold[b]) as unknown as number) | 0)];
            cc = kids[2 * cc + (((X[r2 + feature[cc]] > threshold[cc]) as unknown as number) | 0)];
            d = kids[2 * d + (((X[r3 + feature[d]] > threshold[d]) as unknown as number) | 0)];
            a2 = kids[2 * a2 + (((X[r4 + feature[a2]] > threshold[a2]) as unknown as number) | 0)];
            b2 = kids[2 * b2 + (((X[r5 + feature[b2]] > threshold[b2]) as unknown as number) | 0)];
            c2 = kids[2 * c2 + (((X[r6 + feature[c2]] > threshold[c2]) as unknown as number) | 0)];
            d2 = kids[2 * d2 + (((X[r7 + feature[d2]] > threshold[d2]) as unknown as number) | 0)];
          }
          if (width === 1) {
            const q = i * outputs + o;
            acc[q] += value[a];
            acc[q + outputs] += value[b];
            acc[q + 2 * outputs] += value[cc];
            acc[q + 3 * outputs] += value[d];
            acc[q + 4 * outputs] += value[a2];
            acc[q + 5 * outputs] += value[b2];
            acc[q + 6 * outputs] += value[c2];
            acc[q + 7 * outputs] += value[d2];
          } else {
            const leaves = [a, b, cc, d, a2, b2, c2, d2];
            for (let r = 0; r < 8; r++) for (let k = 0; k < width; k++) acc[(i + r) * outputs + k] += value[leaves[r] * width + k];
          }
        }
      }
      for (; i < end; i++) {
        const base = i * p;
        let node = root;
        for (let l = 0; l < D; l++) {
          const x = X[base + feature[node]];
          // NaN compares false both ways: it follows the node's learned direction.
          const right = x !== x ? missingLeft[node] === 0 : x > threshold[node];
          node = kids[2 * node + (right ? 1 : 0)];
        }
        if (width === 1) acc[i * outputs + o] += value[node];
        else for (let k = 0; k < width; k++) acc[i * outputs + k] += value[node * width + k];
      }
    }
  }
  for (let i = 0; i < n; i++) for (let k = 0; k < outputs; k++) acc[i * outputs + k] = e.baseline[k] + scale * acc[i * outputs + k];
  return acc;
}
