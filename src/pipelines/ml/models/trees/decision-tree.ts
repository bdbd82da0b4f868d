// A single CART decision tree (gini/entropy for classification, squared error for regression).

import { ModelInputError, type FitData, type FitHistory, type FitOptions, type Task } from '../model.ts';
import { Random } from '../../random.ts';
import { growCart, presort, type Criterion } from './cart.ts';
import { CartEnsembleModel, normalize, taskClasses } from './cart-ensemble.ts';
import { checkCancelled, checkFitData, checkNoMissing, positiveInt, rowWeights, type ClassWeight } from './fit-checks.ts';
import { forestFromTrees } from './forest.ts';

export interface DecisionTreeParams {
  criterion?: Criterion;
  maxDepth?: number | null;
  minSamplesSplit?: number;
  minSamplesLeaf?: number;
  classWeight?: ClassWeight;
}

type Resolved = { criterion: Criterion; maxDepth: number | null; minSamplesSplit: number; minSamplesLeaf: number; classWeight: ClassWeight | null };

const NAME = 'decision_tree';

export class DecisionTree extends CartEnsembleModel<Resolved> {
  readonly type = NAME;

  constructor(opts: { task: Task } & DecisionTreeParams) {
    const { task, ...p } = opts;
    const r: Resolved = {
      criterion: p.criterion ?? (task === 'regression' ? 'squared_error' : 'gini'),
      maxDepth: p.maxDepth ?? null,
      minSamplesSplit: p.minSamplesSplit ?? 2,
      minSamplesLeaf: p.minSamplesLeaf ?? 1,
      classWeight: p.classWeight ?? null,
    };
    taskClasses(NAME, task, r.criterion, 2);
    if (r.maxDepth !== null) positiveInt(NAME, 'maxDepth', r.maxDepth);
    positiveInt(NAME, 'minSamplesSplit', r.minSamplesSplit, 2);
    positiveInt(NAME, 'minSamplesLeaf', r.minSamplesLeaf);
    super(task, r);
  }

  async fit(data: FitData, opts: FitOptions): Promise<FitHistory> {
    const P = this.params;
    const k = checkFitData(NAME, this.task, data, opts, Math.max(P.minSamplesSplit, 2 * P.minSamplesLeaf));
    checkNoMissing(NAME, data.X, data.p);
    if (this.task === 'regression' && P.classWeight) throw new ModelInputError(`${NAME}: classWeight applies to classification only`);
    checkCancelled(opts);
    const { X, y, n, p } = data;
    const w = rowWeights(y, n, k, opts.sampleWeight, P.classWeight) ?? new Float64Array(n).fill(1);
    const importance = new Float64Array(p);
    const tree = growCart(X, n, p, y, k, w, presort(X, n, p), { ...P, maxFeatures: p }, new Random(opts.seed), importance);
    this.fitted = { p, classes: k, forest: forestFromTrees([tree], k > 0 ? k : 1), importance: normalize(importance) };
    opts.onProgress?.({ iteration: 1, total: 1, values: {} });
    return { series: {}, iterations: 1 };
  }
}
