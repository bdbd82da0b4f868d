// Worker jobs for the tfjs models: 'tfjs.fit' trains and returns the serialized model with its history,
// 'tfjs.predict' scores with a serialized model. Importing this module registers both.

import { registerMlJob, type MlJobContext } from '../../backend/registry.ts';
import { ModelInputError, type FitHistory, type SerializedModel, type Task } from '../model.ts';
import { createTfjsModel, deserializeTfjsModel } from './factory.ts';

export interface TfjsFitPayload {
  type: string;
  task: Task;
  params?: Record<string, unknown>;
  X: Float64Array;
  y: Float64Array;
  n: number;
  p: number;
  classes?: number;
  seed: number;
  valid?: { X: Float64Array; y: Float64Array };
  sampleWeight?: Float64Array;
}

export interface TfjsFitResult {
  model: SerializedModel;
  history: FitHistory;
  /** The tfjs backend the model was trained on (recorded with the run). */
  backend: string;
}

export interface TfjsPredictPayload {
  model: SerializedModel;
  X: Float64Array;
  n: number;
  /** Also return class probabilities (classification models). */
  proba?: boolean;
}

export interface TfjsPredictResult {
  predictions: Float64Array;
  proba?: Float64Array;
}

export async function fitJob(payload: unknown, ctx: MlJobContext): Promise<TfjsFitResult> {
  const p = payload as TfjsFitPayload;
  if (!p || typeof p !== 'object') throw new ModelInputError('tfjs.fit: payload must be an object');
  requireF64('tfjs.fit', 'X', p.X);
  requireF64('tfjs.fit', 'y', p.y);
  const model = createTfjsModel(p.type, p.task, p.params ?? {});
  const history = await model.fit(
    { X: p.X, y: p.y, n: p.n, p: p.p, classes: p.classes },
    {
      seed: p.seed,
      valid: p.valid,
      sampleWeight: p.sampleWeight,
      signal: ctx.signal,
      onProgress: (pr) => ctx.onProgress({ iteration: pr.iteration, total: pr.total, values: pr.values }),
    },
  );
  const serialized = model.serialize();
  model.dispose();
  return { model: serialized, history, backend: ctx.backend };
}

export async function predictJob(payload: unknown): Promise<TfjsPredictResult> {
  const p = payload as TfjsPredictPayload;
  if (!p || typeof p !== 'object') throw new ModelInputError('tfjs.predict: payload must be an object');
  requireF64('tfjs.predict', 'X', p.X);
  const model = deserializeTfjsModel(p.model);
  try {
    const predictions = model.predict(p.X, p.n);
    if (!p.proba) return { predictions };
    if (!model.predictProba || model.task === 'regression') {
      throw new ModelInputError(`tfjs.predict: a ${p.model.type} ${model.task} model gives no probabilities`);
    }
    return { predictions, proba: model.predictProba(p.X, p.n) };
  } finally {
    model.dispose();
  }
}

function requireF64(job: string, name: string, v: unknown): void {
  if (!(v instanceof Float64Array)) throw new ModelInputError(`${job}: payload.${name} must be a Float64Array`);
}

registerMlJob('tfjs.fit', fitJob);
registerMlJob('tfjs.predict', predictJob);
