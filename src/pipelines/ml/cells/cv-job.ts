// One tuning trial: k-fold cross-validation of a train cell's model with given parameters, on the
// training rows only (the test part stays unseen until evaluation).
import { CellError } from '../../engine/types';
import { kFold, stratifiedKFold } from '../split/folds';
import { createModel } from '../models/factory';
import { frameFromIpc } from './frame-table';
import { predictionsOf, type TrainSpec } from './train-job';
import { prepareTraining } from './training-data';

export interface CvPayload {
  ipc: Uint8Array;
  spec: TrainSpec;
  params: Record<string, unknown>;
  folds: number;
  seed: number;
  metric: string;
}

export interface CvResult {
  params: Record<string, unknown>;
  score: number;
  fold_scores: number[];
}

function slice(X: Float64Array, y: Float64Array, p: number, idx: Int32Array) {
  const Xo = new Float64Array(idx.length * p);
  const yo = new Float64Array(idx.length);
  idx.forEach((r, i) => {
    Xo.set(X.subarray(r * p, r * p + p), i * p);
    yo[i] = y[r];
  });
  return { X: Xo, y: yo, n: idx.length };
}

export async function cvJob(payload: CvPayload, _onProgress?: unknown, signal?: { aborted: boolean }): Promise<CvResult> {
  const spec: TrainSpec = { ...payload.spec, model: { ...payload.spec.model, params: { ...payload.spec.model.params, ...payload.params } } };
  const data = prepareTraining(frameFromIpc(payload.ipc), spec);
  const { X, y, n } = data.train;
  const p = data.features.length;
  const folds = spec.task === 'regression' ? kFold(n, { nSplits: payload.folds, seed: payload.seed }) : stratifiedKFold(y, { nSplits: payload.folds, seed: payload.seed });
  const scores: number[] = [];
  for (const fold of folds) {
    const tr = slice(X, y, p, fold.train);
    const te = slice(X, y, p, fold.test);
    const model = await createModel(spec.model.type, spec.task, spec.model.params ?? {}, { backend: spec.model.backend });
    await model.fit({ ...tr, p, classes: data.classes }, { seed: payload.seed, signal });
    const { metrics } = predictionsOf(model, spec.task, te.X, te.y, te.n, fold.test, data.classes);
    const v = metrics[payload.metric];
    if (v === undefined) throw new CellError(spec.id, `metric: "${payload.metric}" is not computed for ${spec.task}; available: ${Object.keys(metrics).join(', ')}`, 'metric');
    scores.push(v);
  }
  return { params: payload.params, score: scores.reduce((a, b) => a + b, 0) / scores.length, fold_scores: scores };
}
