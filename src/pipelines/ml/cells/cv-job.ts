// One tuning trial: k-fold cross-validation of a train cell's model with given parameters, on the
// training rows only (the test part stays unseen until evaluation).
import { CellError } from '../../engine/types';
import { kFold, repeatedKFold, repeatedStratifiedKFold, stratifiedKFold, timeSeriesSplit } from '../split/folds';
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
  cv?: CvMethod;
}

export type CvMethod = 'kfold' | 'stratified' | 'repeated' | 'timeseries';

export interface CvResult {
  params: Record<string, unknown>;
  score: number;
  fold_scores: number[];
}

function cvFolds(method: CvMethod, spec: TrainSpec, y: Float64Array, n: number, payload: CvPayload) {
  const opts = { nSplits: payload.folds, seed: payload.seed };
  switch (method) {
    case 'kfold':
      return kFold(n, opts);
    case 'stratified':
      if (spec.task === 'regression') throw new CellError(spec.id, 'cv: stratified folds need classes; use kfold for regression', 'cv');
      return stratifiedKFold(y, opts);
    case 'repeated':
      return spec.task === 'regression' ? repeatedKFold(n, { ...opts, nRepeats: 3 }) : repeatedStratifiedKFold(y, { ...opts, nRepeats: 3 });
    case 'timeseries':
      // Training rows in table order are taken as time order (a chronological split keeps it).
      return timeSeriesSplit(n, { nSplits: payload.folds });
    default: {
      const never: never = method;
      throw new CellError(spec.id, `cv: unknown method ${String(never)}`, 'cv');
    }
  }
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
  const folds = cvFolds(payload.cv ?? (spec.task === 'regression' ? 'kfold' : 'stratified'), spec, y, n, payload);
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
