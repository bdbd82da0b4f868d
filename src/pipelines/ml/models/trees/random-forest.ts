// Random forest: CART trees on bootstrap samples with a random subset of features per split, averaged.

import { ModelInputError, type FitData, type FitHistory, type FitOptions, type Task } from '../model.ts';
import { Random } from '../../random.ts';
import { growCart, presort, type Criterion } from './cart.ts';
import { CartEnsembleModel, normalize, taskClasses } from './cart-ensemble.ts';
import { breathe, checkCancelled, checkFitData, checkNoMissing, positiveInt, rowWeights, type ClassWeight } from './fit-checks.ts';
import { forestFromTrees, type Tree } from './forest.ts';

/** 'sqrt', 'log2', a fraction in (0, 1], an integer count ≥ 1, or null for all features. */
export type MaxFeatures = 'sqrt' | 'log2' | number | null;

export interface RandomForestParams {
  nEstimators?: number;
  criterion?: Criterion;
  maxDepth?: number | null;
  minSamplesSplit?: number;
  minSamplesLeaf?: number;
  /** Default: 'sqrt' for classification, 1.0 (all) for regression, like scikit-learn. */
  maxFeatures?: MaxFeatures;
  bootstrap?: boolean;
  classWeight?: ClassWeight;
}

type Resolved = {
  nEstimators: number;
  criterion: Criterion;
  maxDepth: number | null;
  minSamplesSplit: number;
  minSamplesLeaf: number;
  maxFeatures: MaxFeatures;
  bootstrap: boolean;
  classWeight: ClassWeight | null;
};

const NAME = 'random_forest';

export function featuresPerSplit(m: MaxFeatures, p: number): number {
  if (m === null) return p;
  if (m === 'sqrt') return Math.max(1, Math.floor(Math.sqrt(p)));
  if (m === 'log2') return Math.max(1, Math.floor(Math.log2(p)));
  if (Number.isInteger(m) && m >= 1 && m !== 1) return Math.min(p, m);
  if (m > 0 && m <= 1) return Math.max(1, Math.floor(m * p));
  throw new ModelInputError(`${NAME}: maxFeatures must be 'sqrt', 'log2', a fraction in (0, 1], an integer ≥ 1 or null; got ${m}`);
}

export class RandomForest extends CartEnsembleModel<Resolved> {
  readonly type = NAME;

  constructor(opts: { task: Task } & RandomForestParams) {
    const { task, ...p } = opts;
    const r: Resolved = {
      nEstimators: p.nEstimators ?? 100,
      criterion: p.criterion ?? (task === 'regression' ? 'squared_error' : 'gini'),
      maxDepth: p.maxDepth ?? null,
      minSamplesSplit: p.minSamplesSplit ?? 2,
      minSamplesLeaf: p.minSamplesLeaf ?? 1,
      maxFeatures: p.maxFeatures === undefined ? (task === 'regression' ? 1 : 'sqrt') : p.maxFeatures,
      bootstrap: p.bootstrap ?? true,
      classWeight: p.classWeight ?? null,
    };
    taskClasses(NAME, task, r.criterion, 2);
    positiveInt(NAME, 'nEstimators', r.nEstimators);
    if (r.maxDepth !== null) positiveInt(NAME, 'maxDepth', r.maxDepth);
    positiveInt(NAME, 'minSamplesSplit', r.minSamplesSplit, 2);
    positiveInt(NAME, 'minSamplesLeaf', r.minSamplesLeaf);
    featuresPerSplit(r.maxFeatures, 1);
    super(task, r);
  }

  async fit(data: FitData, opts: FitOptions): Promise<FitHistory> {
    const P = this.params;
    const k = checkFitData(NAME, this.task, data, opts, Math.max(P.minSamplesSplit, 2 * P.minSamplesLeaf));
    checkNoMissing(NAME, data.X, data.p);
    if (this.task === 'regression' && P.classWeight) throw new ModelInputError(`${NAME}: classWeight applies to classification only`);
    const { X, y, n, p } = data;
    const base = rowWeights(y, n, k, opts.sampleWeight, P.classWeight) ?? new Float64Array(n).fill(1);
    const sorted = presort(X, n, p);
    const mtry = featuresPerSplit(P.maxFeatures, p);
    const importance = new Float64Array(p);
    const treeImportance = new Float64Array(p);
    const trees: Tree[] = [];
    const root = new Random(opts.seed);
    const w = new Float64Array(n);
    for (let t = 0; t < P.nEstimators; t++) {
      checkCancelled(opts);
      await breathe();
      checkCancelled(opts);
      // Each tree draws from its own stream, so tree t does not depend on how earlier trees used randomness.
      const rng = root.fork(t);
      if (P.bootstrap) {
        w.fill(0);
        for (let i = 0; i < n; i++) w[rng.int(n)] += 1;
        for (let i = 0; i < n; i++) w[i] *= base[i];
      } else w.set(base);
      treeImportance.fill(0);
      trees.push(growCart(X, n, p, y, k, w, sorted, { ...P, maxFeatures: mtry }, rng, treeImportance));
      normalize(treeImportance);
      for (let j = 0; j < p; j++) importance[j] += treeImportance[j] / P.nEstimators;
      opts.onProgress?.({ iteration: t + 1, total: P.nEstimators, values: {} });
    }
    this.fitted = { p, classes: k, forest: forestFromTrees(trees, k > 0 ? k : 1), importance: normalize(importance) };
    return { series: {}, iterations: P.nEstimators };
  }
}
