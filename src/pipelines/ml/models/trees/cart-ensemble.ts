// What a fitted decision tree and a fitted random forest share: averaged CART trees that predict class
// fractions or means, serialize as a flat forest, and explain through TreeSHAP.

import { ModelInputError, type FitHistory, type Model, type SerializedModel, type Task, type FitData, type FitOptions } from '../model.ts';
import { checkPredictInput } from './fit-checks.ts';
import { deserializeForest, serializeForest, type FlatForest, type SerializedForest, type TreeEnsemble } from './forest.ts';
import { predictRaw } from './scorer.ts';

export interface CartFitted {
  p: number;
  /** Classes (0 for regression). */
  classes: number;
  forest: FlatForest;
  importance: Float64Array;
}

interface CartState<P> {
  params: P;
  p: number;
  classes: number;
  forest: SerializedForest;
  importance: number[];
}

export abstract class CartEnsembleModel<P extends object> implements Model {
  abstract readonly type: string;
  readonly task: Task;
  readonly params: P;
  protected fitted: CartFitted | null = null;

  constructor(task: Task, params: P) {
    this.task = task;
    this.params = params;
  }

  abstract fit(data: FitData, opts: FitOptions): Promise<FitHistory>;

  ensemble(): TreeEnsemble {
    const f = this.need();
    const outputs = f.classes > 0 ? f.classes : 1;
    return { forest: f.forest, outputs, treeOutput: null, baseline: new Float64Array(outputs), scale: 1 / f.forest.roots.length };
  }

  get nFeatures(): number {
    return this.need().p;
  }

  /** Raw outputs, row-major n × outputs: mean prediction or class probabilities. */
  decisionFunction(X: Float64Array, n: number): Float64Array {
    const f = this.need();
    checkPredictInput(this.type, X, n, f.p);
    return predictRaw(this.ensemble(), X, n, f.p);
  }

  predict(X: Float64Array, n: number): Float64Array {
    const f = this.need();
    const raw = this.decisionFunction(X, n);
    if (f.classes === 0) return raw;
    const k = f.classes;
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let best = 0;
      for (let c = 1; c < k; c++) if (raw[i * k + c] > raw[i * k + best]) best = c;
      out[i] = best;
    }
    return out;
  }

  predictProba(X: Float64Array, n: number): Float64Array {
    if (this.need().classes === 0) throw new ModelInputError(`${this.type}: predictProba is for classification; this model does regression`);
    return this.decisionFunction(X, n);
  }

  featureImportance(): Float64Array {
    return Float64Array.from(this.need().importance);
  }

  serialize(): SerializedModel {
    const f = this.need();
    const state: CartState<P> = {
      params: { ...this.params },
      p: f.p,
      classes: f.classes,
      forest: serializeForest(f.forest),
      importance: Array.from(f.importance),
    };
    return { type: this.type, version: 1, task: this.task, state };
  }

  /** Restores fitted state from serialize()'s output (the caller builds the model from state.params). */
  restore(s: SerializedModel): this {
    const st = s.state as CartState<P>;
    if (s.type !== this.type || !st || typeof st !== 'object' || !st.forest || !Array.isArray(st.importance)) {
      throw new ModelInputError(`${this.type}: serialized state is malformed or of another model type (${s.type})`);
    }
    this.fitted = { p: st.p, classes: st.classes, forest: deserializeForest(st.forest), importance: Float64Array.from(st.importance) };
    return this;
  }

  protected need(): CartFitted {
    if (!this.fitted) throw new ModelInputError(`${this.type}: the model is not fitted yet; call fit first`);
    return this.fitted;
  }
}

export function normalize(v: Float64Array): Float64Array {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i];
  if (s > 0) for (let i = 0; i < v.length; i++) v[i] /= s;
  return v;
}

/** Classes for a classification task, 0 for regression; rejects the criteria that don't fit the task. */
export function taskClasses(type: string, task: Task, criterion: string, k: number): number {
  if (task === 'clustering') throw new ModelInputError(`${type}: task must be regression, binary or multiclass`);
  const cls = task !== 'regression';
  if (cls && criterion === 'squared_error') throw new ModelInputError(`${type}: criterion squared_error is for regression; use gini or entropy`);
  if (!cls && criterion !== 'squared_error') throw new ModelInputError(`${type}: criterion ${criterion} is for classification; use squared_error`);
  return cls ? k : 0;
}
