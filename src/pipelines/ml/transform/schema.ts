// The JSON/YAML form of a transform cell's steps: one zod object per op, joined on `op`.
// Keys are snake_case because they are written by hand in notebooks; defaults live in each op's fit
// (not in the schema) so a spec parses to exactly what was written and hashes the same.

import { z } from 'zod';

const name = z.string().min(1);
const names = z.array(name).min(1);
const fraction = z.number().min(0).max(1);

export const dropNullColumnsSchema = z.strictObject({
  op: z.literal('drop_null_columns'),
  /** Drop a column when its share of missing values is strictly greater than this (default 0.5). */
  threshold: fraction.optional(),
});

export const imputeStrategies = ['mean', 'median', 'mode', 'constant', 'ffill', 'bfill', 'knn'] as const;
export const imputeSchema = z
  .strictObject({
    op: z.literal('impute'),
    columns: names,
    strategy: z.enum(imputeStrategies),
    value: z.union([z.number(), z.string()]).optional(),
    /** Neighbours for strategy knn (default 5, as KNNImputer). */
    k: z.number().int().min(1).optional(),
  })
  .refine((s) => s.strategy !== 'constant' || s.value !== undefined, {
    message: 'strategy constant needs a value',
    path: ['value'],
  });

export const outlierMethods = ['iqr', 'zscore', 'winsorize', 'cap'] as const;
export const outliersSchema = z
  .strictObject({
    op: z.literal('outliers'),
    columns: names,
    method: z.enum(outlierMethods),
    /** iqr: bounds are q1 − factor·IQR and q3 + factor·IQR (default 1.5). */
    factor: z.number().min(0).optional(),
    /** zscore: bounds are mean ± threshold·std (population std; default 3). */
    threshold: z.number().positive().optional(),
    /** winsorize: quantiles used as bounds (defaults 0.05 and 0.95). */
    lower: fraction.optional(),
    upper: fraction.optional(),
    /** cap: fixed bounds; either may be left out. */
    min: z.number().optional(),
    max: z.number().optional(),
    /** clip values to the bounds, or drop the training rows outside them (default clip). */
    action: z.enum(['clip', 'drop']).optional(),
  })
  .refine((s) => s.method !== 'cap' || s.min !== undefined || s.max !== undefined, {
    message: 'method cap needs min, max or both',
    path: ['min'],
  })
  .refine((s) => (s.lower ?? 0.05) < (s.upper ?? 0.95), { message: 'lower must be below upper', path: ['lower'] })
  .refine((s) => s.min === undefined || s.max === undefined || s.min <= s.max, {
    message: 'min must not exceed max',
    path: ['min'],
  });

export const datetimeParts = ['year', 'quarter', 'month', 'week', 'day', 'dayofyear', 'weekday', 'hour', 'minute', 'second'] as const;
export const datetimeFeaturesSchema = z.strictObject({
  op: z.literal('datetime_features'),
  column: name,
  parts: z.array(z.enum(datetimeParts)).min(1),
  /** Output columns are `<prefix>_<part>`, or just `<part>` (hour, month…) without a prefix. */
  prefix: z.string().min(1).optional(),
});

export const oneHotSchema = z.strictObject({
  op: z.literal('one_hot'),
  columns: names,
  /** ignore: an unseen category gives all zeros (default); error: fail. */
  handle_unknown: z.enum(['ignore', 'error']).optional(),
  /** Leave out the first (smallest) category's column. */
  drop_first: z.boolean().optional(),
  /** At most this many output columns per input; rarer categories share one `<col>_infrequent` column. */
  max_categories: z.number().int().min(2).optional(),
});

const category = z.union([z.string(), z.number()]);
export const ordinalSchema = z.strictObject({
  op: z.literal('ordinal'),
  columns: names,
  /** Category order per column (codes 0, 1, …); columns left out use the sorted training categories. */
  order: z.record(z.string(), z.array(category).min(1)).optional(),
  /** Code for categories not seen in training / not in the order: a number (default −1) or 'nan'. */
  unknown_value: z.union([z.number(), z.literal('nan')]).optional(),
});

export const targetEncodeSchema = z.strictObject({
  op: z.literal('target_encode'),
  columns: names,
  /** Numeric target column; defaults to the cell's target. */
  target: name.optional(),
  /** Folds for the out-of-fold encoding of training rows (default 5). */
  folds: z.number().int().min(2).optional(),
  /** m in (sum + m·prior) / (count + m) (default 1). */
  smoothing: z.number().min(0).optional(),
});

export const scaleSchema = z.strictObject({
  op: z.literal('scale'),
  columns: names,
  method: z.enum(['standard', 'minmax', 'robust']).optional(),
});

export const pcaSchema = z
  .strictObject({
    op: z.literal('pca'),
    columns: names,
    n_components: z.number().int().min(1).optional(),
    /** Keep the fewest components whose explained variance ratio exceeds this (sklearn's float n_components). */
    variance: z.number().gt(0).lt(1).optional(),
  })
  .refine((s) => s.n_components === undefined || s.variance === undefined, {
    message: 'give n_components or variance, not both',
    path: ['variance'],
  });

export const lagsSchema = z.strictObject({
  op: z.literal('lags'),
  column: name,
  lags: z.array(z.number().int().min(1)).min(1),
  order_by: name.optional(),
});

export const rollingStats = ['mean', 'std', 'min', 'max', 'sum'] as const;
export const rollingSchema = z.strictObject({
  op: z.literal('rolling'),
  column: name,
  window: z.number().int().min(1),
  stats: z.array(z.enum(rollingStats)).min(1),
  order_by: name.optional(),
  /** Non-missing values needed in the window (default: window, as pandas). */
  min_periods: z.number().int().min(1).optional(),
});

export const balanceSchema = z.strictObject({
  op: z.literal('balance'),
  /** Class column; defaults to the cell's target. */
  target: name.optional(),
  method: z.enum(['oversample', 'undersample', 'smote']),
  /** SMOTE neighbours (default 5). */
  k: z.number().int().min(1).optional(),
  /** SMOTE feature columns (default: every numeric column but the target). */
  columns: names.optional(),
});

export const dropColumnsSchema = z.strictObject({
  op: z.literal('drop_columns'),
  columns: names,
});

export const transformStepSchema = z.discriminatedUnion('op', [
  dropNullColumnsSchema,
  imputeSchema,
  outliersSchema,
  datetimeFeaturesSchema,
  oneHotSchema,
  ordinalSchema,
  targetEncodeSchema,
  scaleSchema,
  pcaSchema,
  lagsSchema,
  rollingSchema,
  balanceSchema,
  dropColumnsSchema,
]);

export type TransformStep = z.infer<typeof transformStepSchema>;
export type TransformOp = TransformStep['op'];
export type StepOf<O extends TransformOp> = Extract<TransformStep, { op: O }>;

export const transformOps: readonly TransformOp[] = transformStepSchema.options.map((o) => o.shape.op.value);

/** Context every fit gets from its cell: the seed for random choices and the cell's target, if any. */
export interface FitContext {
  seed: number;
  target?: string;
}
