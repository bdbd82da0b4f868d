// One row's explanation for people: the model's raw output, the expected value it starts from, and the
// features that moved it most (TreeSHAP), with the remainder summed so the parts still add up.

import { ModelInputError, type Model } from '../models/model.ts';
import { predictRaw } from '../models/trees/scorer.ts';
import { isTreeModel, treeShap } from './tree-shap.ts';

export interface Contribution {
  feature: number;
  name: string;
  /** The row's value for the feature. */
  value: number;
  shap: number;
}

export interface RowExplanation {
  output: number;
  expectedValue: number;
  /** Raw output: expectedValue + Σ contributions + rest. */
  prediction: number;
  /** Largest |SHAP| first. */
  contributions: Contribution[];
  /** Sum of the SHAP values of the features left out of `contributions`. */
  rest: number;
}

export interface ExplainRowOptions {
  featureNames?: string[];
  /** How many contributions to list (default 5). */
  top?: number;
  /** Which raw output to explain: the class for multiclass and forest classifiers (default: 1 for two-class forests, else 0). */
  output?: number;
}

export function explainRow(model: Model, x: Float64Array, opts: ExplainRowOptions = {}): RowExplanation {
  if (!isTreeModel(model)) {
    throw new ModelInputError(`explain: per-row SHAP explanations need a tree model; ${model.type} is not one (use permutation importance instead)`);
  }
  const e = model.ensemble();
  const p = x.length;
  const names = opts.featureNames ?? Array.from({ length: p }, (_, j) => `x${j}`);
  if (names.length !== p) throw new ModelInputError(`explain: ${names.length} feature names for a row of ${p} values`);
  const output = opts.output ?? (e.outputs === 2 ? 1 : 0);
  if (!(Number.isInteger(output) && output >= 0 && output < e.outputs)) {
    throw new ModelInputError(`explain: output ${output} is outside 0..${e.outputs - 1}`);
  }
  const shap = treeShap(e, x, 1, p);
  const all: Contribution[] = names.map((name, j) => ({ feature: j, name, value: x[j], shap: shap.values[j * e.outputs + output] }));
  all.sort((a, b) => Math.abs(b.shap) - Math.abs(a.shap) || a.feature - b.feature);
  const top = Math.max(0, opts.top ?? 5);
  let rest = 0;
  for (let j = top; j < all.length; j++) rest += all[j].shap;
  return {
    output,
    expectedValue: shap.expectedValue[output],
    prediction: predictRaw(e, x, 1, p)[output],
    contributions: all.slice(0, top),
    rest,
  };
}
