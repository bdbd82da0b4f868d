// The work of an explain cell: permutation importance for any model (on the test rows, or the
// training rows when there is no test part), TreeSHAP for tree models, and per-row explanations.
import { CellError } from '../../engine/types';
import { computeMetrics } from '../metrics/compute';
import { explainRow, type RowExplanation } from '../explain/explain-row';
import { permutationImportance, type Scorer } from '../explain/permutation-importance';
import { isTreeModel, treeShap } from '../explain/tree-shap';
import { deserializeModel } from '../models/factory';
import type { Model } from '../models/model';
import { frameFromIpc } from './frame-table';
import type { TrainResult, TrainSpec } from './train-job';
import { prepareTraining } from './training-data';

export interface ExplainPayload {
  cellId: string;
  ipc: Uint8Array;
  spec: TrainSpec;
  trained: TrainResult;
  method: 'permutation' | 'treeshap';
  rows?: number;
  seed: number;
}

export interface ExplainResult {
  method: 'permutation' | 'treeshap';
  /** Higher is more important; permutation: mean score drop; treeshap: mean |SHAP|. */
  importance: { feature: string; value: number; std?: number }[];
  scoring?: string;
  rows_used: number;
  /** A few individual explanations (tree models): the first rows of the evaluation part. */
  examples?: (RowExplanation & { row: number })[];
}

function scorerFor(task: TrainSpec['task'], classes: number): { name: string; scorer: Scorer } {
  if (task === 'regression') {
    return { name: 'r2', scorer: (m, X, y, n) => computeMetrics('regression', { yTrue: y, yPred: m.predict(X, n) }).r2 };
  }
  return { name: 'accuracy', scorer: (m, X, y, n) => computeMetrics(task, { yTrue: y, yPred: m.predict(X, n), classes }).accuracy };
}

export async function explainJob(payload: ExplainPayload, onProgress?: (p: { message: string }) => void): Promise<ExplainResult> {
  const data = prepareTraining(frameFromIpc(payload.ipc), payload.spec);
  const part = data.test.n > 0 ? data.test : data.train;
  const p = data.features.length;
  // TreeSHAP costs tens of ms a row on deep forests: explain a smaller sample unless asked otherwise.
  const n = Math.min(part.n, payload.rows ?? (payload.method === 'treeshap' ? 200 : 2000));
  const X = part.X.subarray(0, n * p);
  const y = part.y.subarray(0, n);
  const model: Model = await deserializeModel(payload.trained.model);
  if (payload.method === 'treeshap') {
    if (!isTreeModel(model)) throw new CellError(payload.cellId, `method: treeshap needs a tree model (gbdt, random_forest, decision_tree); "${payload.spec.model.type}" is not one — use method: permutation`, 'method');
    onProgress?.({ message: `TreeSHAP on ${n} rows` });
    const shap = treeShap(model.ensemble(), X, n, p);
    const out = shap.outputs;
    const importance = data.features.map((feature, j) => {
      let s = 0;
      for (let i = 0; i < n; i++) for (let o = 0; o < out; o++) s += Math.abs(shap.values[(i * p + j) * out + o]);
      return { feature, value: s / (n * out) };
    });
    const examples = Array.from({ length: Math.min(5, n) }, (_, i) => ({
      row: part.rows[i],
      ...explainRow(model, Float64Array.from(X.subarray(i * p, i * p + p)), { featureNames: data.features }),
    }));
    return { method: 'treeshap', importance: importance.sort((a, b) => b.value - a.value), rows_used: n, examples };
  }
  onProgress?.({ message: `permutation importance on ${n} rows` });
  const { name, scorer } = scorerFor(payload.spec.task, data.classes);
  const r = permutationImportance(model, { X: Float64Array.from(X), y: Float64Array.from(y), n, p }, { scoring: scorer, seed: payload.seed, nRepeats: 5 });
  const importance = data.features.map((feature, j) => ({ feature, value: r.importancesMean[j], std: r.importancesStd[j] }));
  return { method: 'permutation', importance: importance.sort((a, b) => b.value - a.value), scoring: name, rows_used: n };
}
