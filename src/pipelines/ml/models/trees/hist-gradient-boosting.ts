// Histogram gradient boosting (like scikit-learn's HistGradientBoosting*): binned features, one tree per
// output per iteration, NaN directions learned, early stopping on a held-out part or a given validation set.

import { ModelInputError, type FitData, type FitHistory, type FitOptions, type Model, type SerializedModel, type Task } from '../model.ts';
import { Random } from '../../random.ts';
import { binColumns, fitBins } from './binning.ts';
import { breathe, checkCancelled, checkFitData, checkPredictInput, positiveInt, positiveNumber, rowWeights, type ClassWeight } from './fit-checks.ts';
import { addTreeOutput, deserializeForest, forestFromTrees, serializeForest, type FlatForest, type SerializedForest, type Tree, type TreeEnsemble } from './forest.ts';
import { predictRaw } from './scorer.ts';
import { HistGrower } from './hist-grower.ts';
import { baseline, gradients, lossOutputs, meanLoss, probabilities, type LossName } from './losses.ts';

export interface HistGradientBoostingParams {
  learningRate?: number;
  /** Boosting iterations (alias: maxIter). */
  nEstimators?: number;
  maxIter?: number;
  maxLeafNodes?: number | null;
  maxDepth?: number | null;
  minSamplesLeaf?: number;
  l2Regularization?: number;
  maxBins?: number;
  /** 'leafwise' splits the best leaf first (needs maxLeafNodes to matter); 'depthwise' grows level by level. */
  growPolicy?: 'leafwise' | 'depthwise';
  /** 'auto' turns it on when there are more than 10 000 rows or a validation set is given. */
  earlyStopping?: 'auto' | boolean;
  validationFraction?: number;
  nIterNoChange?: number;
  tol?: number;
  classWeight?: ClassWeight;
}

type Resolved = Required<Omit<HistGradientBoostingParams, 'maxIter' | 'classWeight'>> & { classWeight: ClassWeight | null };

const NAME = 'hist_gradient_boosting';

function resolve(p: HistGradientBoostingParams): Resolved {
  const r: Resolved = {
    learningRate: p.learningRate ?? 0.1,
    nEstimators: p.nEstimators ?? p.maxIter ?? 100,
    maxLeafNodes: p.maxLeafNodes === undefined ? 31 : p.maxLeafNodes,
    maxDepth: p.maxDepth ?? null,
    minSamplesLeaf: p.minSamplesLeaf ?? 20,
    l2Regularization: p.l2Regularization ?? 0,
    maxBins: p.maxBins ?? 255,
    growPolicy: p.growPolicy ?? 'leafwise',
    earlyStopping: p.earlyStopping ?? 'auto',
    validationFraction: p.validationFraction ?? 0.1,
    nIterNoChange: p.nIterNoChange ?? 10,
    tol: p.tol ?? 1e-7,
    classWeight: p.classWeight ?? null,
  };
  if (p.nEstimators !== undefined && p.maxIter !== undefined && p.nEstimators !== p.maxIter) {
    throw new ModelInputError(`${NAME}: nEstimators (${p.nEstimators}) and its alias maxIter (${p.maxIter}) disagree; give one`);
  }
  positiveNumber(NAME, 'learningRate', r.learningRate);
  positiveInt(NAME, 'nEstimators', r.nEstimators);
  if (r.maxLeafNodes !== null) positiveInt(NAME, 'maxLeafNodes', r.maxLeafNodes, 2);
  if (r.maxDepth !== null) positiveInt(NAME, 'maxDepth', r.maxDepth);
  positiveInt(NAME, 'minSamplesLeaf', r.minSamplesLeaf);
  positiveNumber(NAME, 'l2Regularization', r.l2Regularization, true);
  positiveInt(NAME, 'maxBins', r.maxBins, 2);
  if (r.maxBins > 255) throw new ModelInputError(`${NAME}: maxBins must be ≤ 255 (one more bin is kept for missing values), got ${r.maxBins}`);
  if (!(r.validationFraction > 0 && r.validationFraction < 1)) {
    throw new ModelInputError(`${NAME}: validationFraction must be between 0 and 1, got ${r.validationFraction}`);
  }
  positiveInt(NAME, 'nIterNoChange', r.nIterNoChange);
  positiveNumber(NAME, 'tol', r.tol, true);
  return r;
}

interface Fitted {
  p: number;
  classes: number;
  loss: LossName;
  baseline: Float64Array;
  forest: FlatForest;
  treeOutput: Int32Array | null;
  importance: Float64Array;
  iterations: number;
  bestIteration: number | null;
}

export class HistGradientBoosting implements Model {
  readonly type = NAME;
  readonly task: Task;
  readonly params: Resolved;
  private fitted: Fitted | null = null;

  constructor(opts: { task: Task } & HistGradientBoostingParams) {
    if (opts.task === 'clustering') throw new ModelInputError(`${NAME}: task must be regression, binary or multiclass`);
    const { task, ...params } = opts;
    this.task = task;
    this.params = resolve(params);
  }

  async fit(data: FitData, opts: FitOptions): Promise<FitHistory> {
    const P = this.params;
    const k = checkFitData(NAME, this.task, data, opts, 2 * P.minSamplesLeaf);
    const loss: LossName = this.task === 'regression' ? 'squared_error' : this.task === 'binary' ? 'log_loss' : 'softmax';
    const outputs = lossOutputs(loss, k);
    const { p } = data;
    const rng = new Random(opts.seed);
    let { X, y, n } = data;
    let w = rowWeights(y, n, k, opts.sampleWeight, this.task === 'regression' ? null : P.classWeight);
    if (this.task === 'regression' && P.classWeight) throw new ModelInputError(`${NAME}: classWeight applies to classification only`);

    const stopEarly = P.earlyStopping === true || (P.earlyStopping === 'auto' && (n > 10_000 || opts.valid !== undefined));
    let valid = opts.valid ? { X: opts.valid.X, y: opts.valid.y, n: opts.valid.y.length, w: null as Float64Array | null } : null;
    if (stopEarly && !valid) {
      const { train, held } = holdOut(y, n, k, P.validationFraction, rng.fork(1));
      valid = { X: takeRows(X, held, p), y: takeValues(y, held), n: held.length, w: w ? takeValues(w, held) : null };
      X = takeRows(X, train, p);
      y = takeValues(y, train);
      w = w ? takeValues(w, train) : null;
      n = train.length;
      if (n < 2 * P.minSamplesLeaf) throw new ModelInputError(`${NAME}: too few rows left for training after holding out the validation fraction`);
    }

    const mapper = fitBins(X, n, p, P.maxBins, rng.fork(2));
    const bins = binColumns(mapper, X, n, p);
    const base = baseline(loss, y, w, k);
    const raw = new Float64Array(outputs * n);
    for (let c = 0; c < outputs; c++) raw.fill(base[c], c * n, (c + 1) * n);
    const vraw = valid ? new Float64Array(outputs * valid.n) : null;
    if (valid && vraw) for (let c = 0; c < outputs; c++) vraw.fill(base[c], c * valid.n, (c + 1) * valid.n);
    const g = new Float64Array(outputs * n);
    const h = new Float64Array(outputs * n);
    const grower = new HistGrower(bins, n, p, mapper, {
      maxLeafNodes: P.maxLeafNodes,
      maxDepth: P.maxDepth,
      minSamplesLeaf: P.minSamplesLeaf,
      l2: P.l2Regularization,
      minHessian: 1e-3,
      shrinkage: P.learningRate,
      policy: P.growPolicy,
    });
    const importance = new Float64Array(p);
    const trees: Tree[] = [];
    const treeOutput: number[] = [];
    const series: Record<string, number[]> = { train_loss: [] };
    if (valid) series.valid_loss = [];
    const validLosses: number[] = valid ? [meanLoss(loss, vraw!, valid.y, valid.w, k)] : [];
    let bestIteration = 0;
    let iterations = 0;
    let pendingValid = NaN;
    // The training loss after iteration t comes out of iteration t+1's gradient pass (same exponentials),
    // so progress for t is reported there; the last one is computed after the loop.
    const report = (trainLoss: number): boolean => {
      series.train_loss.push(trainLoss);
      const values: Record<string, number> = { train_loss: trainLoss };
      if (valid) {
        series.valid_loss.push(pendingValid);
        values.valid_loss = pendingValid;
        validLosses.push(pendingValid);
        if (pendingValid < validLosses[bestIteration]) bestIteration = iterations;
      }
      opts.onProgress?.({ iteration: iterations, total: P.nEstimators, values });
      return stopEarly && shouldStop(validLosses, P.nIterNoChange, P.tol);
    };
    let stopped = false;
    for (let it = 0; it < P.nEstimators; it++) {
      checkCancelled(opts);
      await breathe();
      checkCancelled(opts);
      const lossNow = gradients(loss, raw, y, w, k, g, h);
      if (it > 0) {
        stopped = report(lossNow);
        if (stopped) break;
        checkCancelled(opts);
      }
      for (let c = 0; c < outputs; c++) {
        const tree = grower.grow(g.subarray(c * n, (c + 1) * n), h.subarray(c * n, (c + 1) * n), importance);
        grower.addLeafValues(tree, raw, c * n);
        if (valid && vraw) addTreeOutput(tree, valid.X, valid.n, p, vraw, c * valid.n);
        trees.push(tree);
        treeOutput.push(c);
      }
      iterations = it + 1;
      if (valid && vraw) pendingValid = meanLoss(loss, vraw, valid.y, valid.w, k);
    }
    if (!stopped && iterations > 0) report(meanLoss(loss, raw, y, w, k));
    let total = 0;
    for (let j = 0; j < p; j++) total += importance[j];
    if (total > 0) for (let j = 0; j < p; j++) importance[j] /= total;
    this.fitted = {
      p,
      classes: k,
      loss,
      baseline: base,
      forest: forestFromTrees(trees, 1),
      treeOutput: outputs > 1 ? Int32Array.from(treeOutput) : null,
      importance,
      iterations,
      bestIteration: stopEarly ? bestIteration : null,
    };
    const history: FitHistory = { series, iterations };
    if (stopEarly) history.bestIteration = bestIteration;
    return history;
  }

  /** The fitted trees as the ensemble TreeSHAP and batch scoring read. */
  ensemble(): TreeEnsemble {
    const f = this.need();
    return { forest: f.forest, outputs: lossOutputs(f.loss, f.classes), treeOutput: f.treeOutput, baseline: f.baseline, scale: 1 };
  }

  get nFeatures(): number {
    return this.need().p;
  }

  /** Raw scores, row-major n × outputs (logits for classification). */
  decisionFunction(X: Float64Array, n: number): Float64Array {
    const f = this.need();
    checkPredictInput(NAME, X, n, f.p);
    return predictRaw(this.ensemble(), X, n, f.p);
  }

  predict(X: Float64Array, n: number): Float64Array {
    const f = this.need();
    const raw = this.decisionFunction(X, n);
    if (f.loss === 'squared_error') return raw;
    const out = new Float64Array(n);
    if (f.loss === 'log_loss') {
      for (let i = 0; i < n; i++) out[i] = raw[i] > 0 ? 1 : 0;
      return out;
    }
    const k = f.classes;
    for (let i = 0; i < n; i++) {
      let best = 0;
      for (let c = 1; c < k; c++) if (raw[i * k + c] > raw[i * k + best]) best = c;
      out[i] = best;
    }
    return out;
  }

  predictProba(X: Float64Array, n: number): Float64Array {
    const f = this.need();
    if (f.loss === 'squared_error') throw new ModelInputError(`${NAME}: predictProba is for classification; this model does regression`);
    return probabilities(f.loss, this.decisionFunction(X, n), n, f.classes);
  }

  featureImportance(): Float64Array {
    return Float64Array.from(this.need().importance);
  }

  serialize(): SerializedModel {
    const f = this.need();
    const state: HgbState = {
      params: { ...this.params },
      p: f.p,
      classes: f.classes,
      loss: f.loss,
      baseline: Array.from(f.baseline),
      forest: serializeForest(f.forest),
      treeOutput: f.treeOutput ? Array.from(f.treeOutput) : null,
      importance: Array.from(f.importance),
      iterations: f.iterations,
      bestIteration: f.bestIteration,
    };
    return { type: NAME, version: 1, task: this.task, state };
  }

  static deserialize(s: SerializedModel): HistGradientBoosting {
    const st = s.state as HgbState;
    if (s.type !== NAME || !st || typeof st !== 'object' || !st.params || !st.forest) {
      throw new ModelInputError(`${NAME}: serialized state is malformed or of another model type (${s.type})`);
    }
    const m = new HistGradientBoosting({ task: s.task, ...st.params });
    m.fitted = {
      p: st.p,
      classes: st.classes,
      loss: st.loss,
      baseline: Float64Array.from(st.baseline),
      forest: deserializeForest(st.forest),
      treeOutput: st.treeOutput ? Int32Array.from(st.treeOutput) : null,
      importance: Float64Array.from(st.importance),
      iterations: st.iterations,
      bestIteration: st.bestIteration,
    };
    return m;
  }

  private need(): Fitted {
    if (!this.fitted) throw new ModelInputError(`${NAME}: the model is not fitted yet; call fit first`);
    return this.fitted;
  }
}

interface HgbState {
  params: Resolved;
  p: number;
  classes: number;
  loss: LossName;
  baseline: number[];
  forest: SerializedForest;
  treeOutput: number[] | null;
  importance: number[];
  iterations: number;
  bestIteration: number | null;
}

/** scikit-learn's rule: stop when none of the last n losses beat the one n+1 back by more than tol. */
function shouldStop(losses: number[], nNoChange: number, tol: number): boolean {
  if (losses.length < nNoChange + 1) return false;
  const ref = losses[losses.length - nNoChange - 1];
  for (let i = losses.length - nNoChange; i < losses.length; i++) if (losses[i] < ref - tol) return false;
  return true;
}

/** Seeded hold-out, stratified by class for classification. */
function holdOut(y: Float64Array, n: number, k: number, fraction: number, rng: Random): { train: Int32Array; held: Int32Array } {
  const groups: number[][] = k > 0 ? Array.from({ length: k }, () => []) : [[]];
  for (let i = 0; i < n; i++) groups[k > 0 ? y[i] : 0].push(i);
  const held: number[] = [];
  const train: number[] = [];
  for (const grp of groups) {
    const a = Int32Array.from(grp);
    rng.shuffle(a);
    const m = Math.round(a.length * fraction);
    for (let i = 0; i < a.length; i++) (i < m ? held : train).push(a[i]);
  }
  return { train: Int32Array.from(train).sort(), held: Int32Array.from(held).sort() };
}

function takeRows(X: Float64Array, rows: Int32Array, p: number): Float64Array {
  const out = new Float64Array(rows.length * p);
  for (let r = 0; r < rows.length; r++) out.set(X.subarray(rows[r] * p, rows[r] * p + p), r * p);
  return out;
}

function takeValues(v: Float64Array, rows: Int32Array): Float64Array {
  const out = new Float64Array(rows.length);
  for (let r = 0; r < rows.length; r++) out[r] = v[rows[r]];
  return out;
}
