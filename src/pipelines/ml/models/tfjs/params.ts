// Hyper-parameters of the tfjs-family models: one strict zod schema per type (the source of the TS types),
// defaults filled in, and errors that name the offending parameter.

import { z } from 'zod';
import { ModelInputError } from '../model.ts';

const positiveInt = z.number().int().positive();
const earlyStopping = z
  .strictObject({ patience: positiveInt, min_delta: z.number().min(0).default(0) })
  .nullable()
  .default(null);
const optimizer = z.enum(['adam', 'sgd', 'rmsprop']);

const linear = z.strictObject({ fit_intercept: z.boolean().default(true) });
const ridge = linear.extend({ alpha: z.number().min(0).default(1) });
const sparse = {
  fit_intercept: z.boolean().default(true),
  alpha: z.number().min(0).default(1),
  max_iter: positiveInt.default(1000),
  tol: z.number().positive().default(1e-6),
};
const lasso = z.strictObject(sparse);
const elasticNet = z.strictObject({ ...sparse, l1_ratio: z.number().min(0).max(1).default(0.5) });

const training = {
  optimizer: optimizer.default('adam'),
  learning_rate: z.number().positive().default(0.01),
  epochs: positiveInt.default(100),
  batch_size: positiveInt.default(32),
  early_stopping: earlyStopping,
  l2: z.number().min(0).default(0),
};
const glm = z.strictObject({ ...training, learning_rate: z.number().positive().default(0.1) });
const mlp = z.strictObject({
  ...training,
  learning_rate: z.number().positive().default(0.001),
  epochs: positiveInt.default(50),
  hidden_layers: z.array(positiveInt).default([64, 32]),
  activation: z.enum(['relu', 'tanh', 'sigmoid']).default('relu'),
  dropout: z.number().min(0).lt(1).default(0),
});
const recurrent = z.strictObject({
  ...training,
  epochs: positiveInt.default(50),
  window: z.number().int().min(2).default(10),
  units: positiveInt.default(32),
  cell: z.enum(['lstm', 'gru']).optional(),
});

export const PARAM_SCHEMAS = {
  linear,
  ridge,
  lasso,
  elastic_net: elasticNet,
  logistic: glm,
  softmax: glm,
  mlp,
  lstm: recurrent,
  gru: recurrent,
} as const;

export type TfjsModelType = keyof typeof PARAM_SCHEMAS;
export const TFJS_MODEL_TYPES = Object.keys(PARAM_SCHEMAS) as TfjsModelType[];

export type LinearParams = z.output<typeof linear>;
export type RidgeParams = z.output<typeof ridge>;
export type LassoParams = z.output<typeof lasso>;
export type ElasticNetParams = z.output<typeof elasticNet>;
export type GlmParams = z.output<typeof glm>;
export type MlpParams = z.output<typeof mlp>;
export type RecurrentParams = z.output<typeof recurrent> & { cell: 'lstm' | 'gru' };
export type TrainingParams = GlmParams;

export function isTfjsModelType(type: string): type is TfjsModelType {
  return Object.hasOwn(PARAM_SCHEMAS, type);
}

/** Validates `params` for `type` and fills defaults; throws ModelInputError naming the parameter at fault. */
export function parseParams<T extends TfjsModelType>(type: T, params: unknown): z.output<(typeof PARAM_SCHEMAS)[T]> {
  const schema = PARAM_SCHEMAS[type] as z.ZodType;
  const res = schema.safeParse(params ?? {});
  if (!res.success) {
    const issue = res.error.issues[0];
    if (issue.code === 'unrecognized_keys') {
      const allowed = Object.keys((PARAM_SCHEMAS[type] as z.ZodObject).shape).join(', ');
      const where = issue.path.length ? ` in ${issue.path.join('.')}` : '';
      throw new ModelInputError(`${type}: unknown parameter ${issue.keys.map((k) => `"${k}"`).join(', ')}${where}; allowed: ${allowed}`);
    }
    const path = issue.path.length ? issue.path.join('.') : '(params)';
    throw new ModelInputError(`${type}: parameter "${path}" is invalid: ${issue.message}`);
  }
  const out = res.data as z.output<(typeof PARAM_SCHEMAS)[T]>;
  if (type === 'lstm' || type === 'gru') {
    const r = out as z.output<typeof recurrent>;
    if (r.cell !== undefined && r.cell !== type) {
      throw new ModelInputError(`${type}: parameter "cell" is "${r.cell}" but the model type is "${type}"; use type "${r.cell}" or drop "cell"`);
    }
    r.cell = type;
  }
  return out;
}
