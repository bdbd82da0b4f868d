// Entry points for the tfjs-family models: build one from (type, task, params) with validated parameters,
// or restore a fitted one from its serialized form.

import { ModelInputError, type Model, type SerializedModel, type Task } from '../model.ts';
import { LinearModel, type LinearState, type LinearType } from './linear.ts';
import { GlmModel, NeuralModel, type NeuralState, type NeuralType } from './neural.ts';
import { TFJS_MODEL_TYPES, isTfjsModelType, parseParams, type TfjsModelType } from './params.ts';

/** Every tfjs-family model: the shared Model interface, plus dispose() (a no-op today: fitted models hold no tensors). */
export type TfjsModel = Model & { dispose(): void };

const LINEAR: readonly TfjsModelType[] = ['linear', 'ridge', 'lasso', 'elastic_net'];

/** A new, unfitted model. Throws ModelInputError for an unknown type, a task the type cannot do, or a bad parameter. */
export function createTfjsModel(type: string, task: Task, params: Record<string, unknown> = {}): TfjsModel {
  if (!isTfjsModelType(type)) {
    throw new ModelInputError(`Unknown model type "${type}"; tfjs models are: ${TFJS_MODEL_TYPES.join(', ')}`);
  }
  if (LINEAR.includes(type)) {
    if (task !== 'regression') {
      throw new ModelInputError(`${type}: task "${task}" is not supported; it does regression (use logistic or softmax for classification)`);
    }
    return new LinearModel(type as LinearType, parseParams(type as LinearType, params));
  }
  const parsed = parseParams(type as NeuralType, params);
  return type === 'logistic' || type === 'softmax' ? new GlmModel(type, task, parsed) : new NeuralModel(type as NeuralType, task, parsed);
}

/** Restores a fitted model from serialize() output (for instance after JSON.parse). */
export function deserializeTfjsModel(s: SerializedModel): TfjsModel {
  if (!s || s.version !== 1) throw new ModelInputError(`Serialized model has version ${String(s?.version)}; this build reads version 1`);
  if (!isTfjsModelType(s.type)) throw new ModelInputError(`Serialized model type "${s.type}" is not a tfjs model type`);
  const state = s.state as { params?: unknown } | null;
  if (!state || typeof state !== 'object') throw new ModelInputError(`${s.type}: serialized model has no state`);
  // Re-validate the stored parameters: a hand-edited or foreign file fails here with a named parameter.
  const params = parseParams(s.type, state.params);
  if (LINEAR.includes(s.type)) return LinearModel.fromState(s.type as LinearType, { ...(state as LinearState), params: params as LinearState['params'] });
  return NeuralModel.fromState(s.type as NeuralType, s.task, { ...(state as NeuralState), params: params as NeuralState['params'] });
}
