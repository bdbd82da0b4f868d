// Grows one boosting tree on binned features from gradients and hessians: histograms per node,
// the larger child's histogram by subtraction, best-first (leaf-wise) or breadth-first growth.

import { MISSING_BIN, type BinMapper } from './binning.ts';
import { addNode, emptyTree, type Tree } from './forest.ts';

export interface GrowerParams {
  maxLeafNodes: number | null;
  maxDepth: number | null;
  minSamplesLeaf: number;
  l2: number;
  /** Smallest hessian sum a child may have (scikit-learn's 1e-3). */
  minHessian: number;
  /** Learning rate folded into leaf values. */
  shrinkage: number;
  policy: 'leafwise' | 'depthwise';
}

interface Split {
  gain: number;
  feature: number;
  bin: number;
  missingLeft: boolean;
  /** Gradient and hessian sums of the left child, read off the histogram. */
  GL: number;
  HL: number;
}

interface GrowNode {
  tree: number;
  start: number;
  end: number;
  depth: number;
  seq: number;
  G: number;
  H: number;
  hist: Float64Array | null;
  split: Split | null;
}

const STRIDE = 3 * 256;

export class HistGrower {
  private readonly idx: Int32Array;
  private readonly scratch: Int32Array;
  private readonly pool: Float64Array[] = [];
  private leaves: GrowNode[] = [];

  constructor(
    private readonly bins: Uint8Array,
    private readonly n: number,
    private readonly p: number,
    private readonly mapper: BinMapper,
    private readonly params: GrowerParams,
  ) {
    this.idx = new Int32Array(n);
    this.scratch = new Int32Array(n);
  }

  /** Grows a tree; `gain` accumulates split gain per feature. */
  grow(g: Float64Array, h: Float64Array, gain: Float64Array): Tree {
    const { n, params } = this;
    for (let i = 0; i < n; i++) this.idx[i] = i;
    const tree = emptyTree(params.maxLeafNodes ? 2 * params.maxLeafNodes - 1 : 63, 1);
    let G = 0;
    let H = 0;
    for (let i = 0; i < n; i++) {
      G += g[i];
      H += h[i];
    }
    let seq = 0;
    const root: GrowNode = { tree: addNode(tree), start: 0, end: n, depth: 0, seq: seq++, G, H, hist: null, split: null };
    const heap: GrowNode[] = [];
    this.leaves = [root];
    if (this.canSplit(root)) {
      root.hist = this.buildHist(root, g, h);
      root.split = this.bestSplit(root);
      if (root.split) heap.push(root);
      else this.release(root);
    }
    let nLeaves = 1;
    while (heap.length > 0 && (params.maxLeafNodes === null || nLeaves < params.maxLeafNodes)) {
      const node = this.pop(heap);
      const split = node.split!;
      gain[split.feature] += split.gain;
      const mid = this.partition(node, split);
      const l: GrowNode = { tree: addNode(tree), start: node.start, end: mid, depth: node.depth + 1, seq: seq++, G: 0, H: 0, hist: null, split: null };
      const r: GrowNode = { tree: addNode(tree), start: mid, end: node.end, depth: node.depth + 1, seq: seq++, G: 0, H: 0, hist: null, split: null };
      l.G = split.GL;
      l.H = split.HL;
      r.G = node.G - l.G;
      r.H = node.H - l.H;
      tree.feature[node.tree] = split.feature;
      tree.threshold[node.tree] = split.bin < this.mapper.thresholds[split.feature].length ? this.mapper.thresholds[split.feature][split.bin] : Number.MAX_VALUE;
      tree.missingLeft[node.tree] = split.missingLeft ? 1 : 0;
      tree.left[node.tree] = l.tree;
      tree.right[node.tree] = r.tree;
      this.leaves[this.leaves.indexOf(node)] = l;
      this.leaves.push(r);
      nLeaves++;
      const more = params.maxLeafNodes === null || nLeaves < params.maxLeafNodes;
      const splitL = more && this.canSplit(l);
      const splitR = more && this.canSplit(r);
      if (splitL || splitR) {
        const [small, large] = l.end - l.start <= r.end - r.start ? [l, r] : [r, l];
        small.hist = this.buildHist(small, g, h);
        large.hist = this.subtract(node.hist!, small.hist);
        for (const c of [l, r]) {
          if (c === l ? splitL : splitR) c.split = this.bestSplit(c);
          if (c.split) heap.push(c);
          else this.release(c);
        }
      }
      this.release(node);
    }
    for (const node of heap) this.release(node);
    for (const leaf of this.leaves) {
      tree.value[leaf.tree] = this.leafValue(leaf.G, leaf.H);
      tree.cover[leaf.tree] = leaf.end - leaf.start;
    }
    // Internal covers and values bottom-up (children always follow their parent).
    for (let i = tree.nodes - 1; i >= 0; i--) {
      if (tree.feature[i] >= 0) {
        const a = tree.left[i];
        const b = tree.right[i];
        tree.cover[i] = tree.cover[a] + tree.cover[b];
        tree.value[i] = tree.cover[i] > 0 ? (tree.value[a] * tree.cover[a] + tree.value[b] * tree.cover[b]) / tree.cover[i] : 0;
      }
    }
    return tree;
  }

  /** Adds each leaf's value to raw[offset + row] for the rows that reached it in the last grow. */
  addLeafValues(tree: Tree, raw: Float64Array, offset: number): void {
    for (const leaf of this.leaves) {
      const v = tree.value[leaf.tree];
      for (let i = leaf.start; i < leaf.end; i++) raw[offset + this.idx[i]] += v;
    }
  }

  private leafValue(G: number, H: number): number {
    return -this.params.shrinkage * (G / (H + this.params.l2));
  }

  private canSplit(node: GrowNode): boolean {
    const { maxDepth, minSamplesLeaf, minHessian } = this.params;
    return (maxDepth === null || node.depth < maxDepth) && node.end - node.start >= 2 * minSamplesLeaf && node.H >= 2 * minHessian;
  }

  private takeHist(zero = true): Float64Array {
    const h = this.pool.pop();
    if (h) {
      if (zero) h.fill(0);
      return h;
    }
    return new Float64Array(this.p * STRIDE);
  }

  private release(node: GrowNode): void {
    if (node.hist) this.pool.push(node.hist);
    node.hist = null;
  }

  private buildHist(node: GrowNode, g: Float64Array, h: Float64Array): Float64Array {
    const hist = this.takeHist();
    const { bins, n, p, idx } = this;
    const { start, end } = node;
    // Eight (then four) features per pass over the rows: each row's index, gradient and hessian are loaded
    // once for several histogram updates, which roughly halves the time against one feature per pass.
    let f = 0;
    for (; f + 7 < p; f += 8) {
      const c0 = f * n;
      const h0 = f * STRIDE;
      for (let i = start; i < end; i++) {
        const s = idx[i];
        const gi = g[s];
        const hi = h[s];
        let c = c0 + s;
        let hb = h0;
        let k = hb + bins[c] * 3;
        hist[k] += gi;
        hist[k + 1] += hi;
        hist[k + 2] += 1;
        c += n;
        hb += STRIDE;
        k = hb + bins[c] * 3;
        hist[k] += gi;
        hist[k + 1] += hi;
        hist[k + 2] += 1;
        c += n;
        hb += STRIDE;
        k = hb + bins[c] * 3;
        hist[k] += gi;
        hist[k + 1] += hi;
        hist[k + 2] += 1;
        c += n;
        hb += STRIDE;
        k = hb + bins[c] * 3;
        hist[k] += gi;
        hist[k + 1] += hi;
        hist[k + 2] += 1;
        c += n;
        hb += STRIDE;
        k = hb + bins[c] * 3;
        hist[k] += gi;
        hist[k + 1] += hi;
        hist[k + 2] += 1;
        c += n;
        hb += STRIDE;
        k = hb + bins[c] * 3;
        hist[k] += gi;
        hist[k + 1] += hi;
        hist[k + 2] += 1;
        c += n;
        hb += STRIDE;
        k = hb + bins[c] * 3;
        hist[k] += gi;
        hist[k + 1] += hi;
        hist[k + 2] += 1;
        c += n;
        hb += STRIDE;
        k = hb + bins[c] * 3;
        hist[k] += gi;
        hist[k + 1] += hi;
        hist[k + 2] += 1;
      }
    }
    for (; f + 3 < p; f += 4) {
      const c0 = f * n;
      const c1 = c0 + n;
      const c2 = c1 + n;
      const c3 = c2 + n;
      const h0 = f * STRIDE;
      const h1 = h0 + STRIDE;
      const h2 = h1 + STRIDE;
      const h3 = h2 + STRIDE;
      for (let i = start; i < end; i++) {
        const s = idx[i];
        const gi = g[s];
        const hi = h[s];
        let k = h0 + bins[c0 + s] * 3;
        hist[k] += gi;
        hist[k + 1] += hi;
        hist[k + 2] += 1;
        k = h1 + bins[c1 + s] * 3;
        hist[k] += gi;
        hist[k + 1] += hi;
        hist[k + 2] += 1;
        k = h2 + bins[c2 + s] * 3;
        hist[k] += gi;
        hist[k + 1] += hi;
        hist[k + 2] += 1;
        k = h3 + bins[c3 + s] * 3;
        hist[k] += gi;
        hist[k + 1] += hi;
        hist[k + 2] += 1;
      }
    }
    for (; f < p; f++) {
      const c0 = f * n;
      const h0 = f * STRIDE;
      for (let i = start; i < end; i++) {
        const s = idx[i];
        const k = h0 + bins[c0 + s] * 3;
        hist[k] += g[s];
        hist[k + 1] += h[s];
        hist[k + 2] += 1;
      }
    }
    return hist;
  }

  private subtract(parent: Float64Array, child: Float64Array): Float64Array {
    const out = this.takeHist(false);
    for (let i = 0; i < out.length; i++) out[i] = parent[i] - child[i];
    return out;
  }

  private bestSplit(node: GrowNode): Split | null {
    const hist = node.hist!;
    const { minSamplesLeaf, minHessian, l2 } = this.params;
    const G = node.G;
    const H = node.H;
    const C = node.end - node.start;
    const parentScore = (G * G) / (H + l2);
    let best: Split | null = null;
    let bestGain = 0;
    for (let f = 0; f < this.p; f++) {
      const nb = this.mapper.nBins[f];
      const hb = f * STRIDE;
      const mk = hb + MISSING_BIN * 3;
      const Gm = hist[mk];
      const Hm = hist[mk + 1];
      const Cm = hist[mk + 2];
      let GL = 0;
      let HL = 0;
      let CL = 0;
      const last = Cm > 0 ? nb - 1 : nb - 2;
      for (let b = 0; b <= last; b++) {
        const k = hb + b * 3;
        GL += hist[k];
        HL += hist[k + 1];
        CL += hist[k + 2];
        // Missing values to the right.
        const CR = C - CL;
        if (CL >= minSamplesLeaf && CR >= minSamplesLeaf) {
          const HR = H - HL;
          if (HL >= minHessian && HR >= minHessian) {
            const GR = G - GL;
            const gain = (GL * GL) / (HL + l2) + (GR * GR) / (HR + l2) - parentScore;
            if (gain > bestGain) {
              bestGain = gain;
              best = { gain, feature: f, bin: b, missingLeft: Cm > 0 ? false : CL >= CR, GL, HL };
            }
          }
        }
        // Missing values to the left.
        if (Cm > 0 && b < nb - 1) {
          const CL2 = CL + Cm;
          const CR2 = C - CL2;
          if (CL2 >= minSamplesLeaf && CR2 >= minSamplesLeaf) {
            const HL2 = HL + Hm;
            const HR2 = H - HL2;
            if (HL2 >= minHessian && HR2 >= minHessian) {
              const GL2 = GL + Gm;
              const GR2 = G - GL2;
              const gain = (GL2 * GL2) / (HL2 + l2) + (GR2 * GR2) / (HR2 + l2) - parentScore;
              if (gain > bestGain) {
                bestGain = gain;
                best = { gain, feature: f, bin: b, missingLeft: true, GL: GL2, HL: HL2 };
              }
            }
          }
        }
      }
    }
    return best;
  }

  /** Stable in-place partition of the node's rows; returns the first right-hand position. */
  private partition(node: GrowNode, split: Split): number {
    const { idx, scratch, bins, n } = this;
    const col = split.feature * n;
    const thr = split.bin;
    const missLeft = split.missingLeft;
    let li = node.start;
    let ri = 0;
    // Branch-free: each row is written to both sides and only the matching cursor advances (left/right
    // is close to a coin flip, so a branch would mispredict half the time).
    const missBit = missLeft ? 1 : 0;
    for (let i = node.start; i < node.end; i++) {
      const s = idx[i];
      const b = bins[col + s];
      const left = b === MISSING_BIN ? missBit : (((b <= thr) as unknown as number) | 0);
      idx[li] = s;
      scratch[ri] = s;
      li += left;
      ri += 1 - left;
    }
    idx.set(scratch.subarray(0, ri), li);
    return li;
  }

  private higher(a: GrowNode, b: GrowNode): boolean {
    if (this.params.policy === 'depthwise') return a.seq < b.seq;
    const ga = a.split!.gain;
    const gb = b.split!.gain;
    return ga > gb || (ga === gb && a.seq < b.seq);
  }

  private pop(heap: GrowNode[]): GrowNode {
    let best = 0;
    for (let i = 1; i < heap.length; i++) if (this.higher(heap[i], heap[best])) best = i;
    const node = heap[best];
    heap[best] = heap[heap.length - 1];
    heap.pop();
    return node;
  }
}
