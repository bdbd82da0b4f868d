// The notebook file format `bitacora/1`: one zod schema, the single source of the TypeScript types.
import { z } from 'zod';

export const NOTEBOOK_FORMAT = 'bitacora/1';

/** Cell ids double as DuckDB table names, so they must be plain SQL identifiers. */
export const cellIdSchema = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,62}$/, 'must start with a letter or _ and hold only letters, digits and _ (max 63)');

const fileSourceSchema = z.strictObject({
  file: z.string().min(1),
  /** SHA-256 of the file's bytes, recorded on import; checked when the file is supplied again. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  format: z.enum(['csv', 'tsv', 'parquet', 'json', 'arrow']).optional(),
});
const datasetSourceSchema = z.strictObject({ dataset: z.string().min(1) });
export const dataSourceSchema = z.union([fileSourceSchema, datasetSourceSchema]);

const base = {
  id: cellIdSchema,
  title: z.string().optional(),
  collapsed: z.boolean().optional(),
};

export const markdownCellSchema = z.strictObject({ ...base, kind: z.literal('markdown'), text: z.string() });
export const dataCellSchema = z.strictObject({ ...base, kind: z.literal('data'), source: dataSourceSchema });
export const sqlCellSchema = z.strictObject({ ...base, kind: z.literal('sql'), sql: z.string().min(1) });

export const chartTypes = ['bar', 'line', 'scatter', 'histogram', 'box', 'heatmap'] as const;
export const chartSpecSchema = z.strictObject({
  type: z.enum(chartTypes),
  x: z.string().optional(),
  y: z.string().optional(),
  color: z.string().optional(),
  /** heatmap cell value (aggregated with avg) */
  z: z.string().optional(),
  bins: z.number().int().positive().max(500).optional(),
  title: z.string().optional(),
});
export const chartCellSchema = z.strictObject({ ...base, kind: z.literal('chart'), input: cellIdSchema, spec: chartSpecSchema });
export const profileCellSchema = z.strictObject({ ...base, kind: z.literal('profile'), input: cellIdSchema });

export const validateCellSchema = z.strictObject({
  ...base,
  kind: z.literal('validate'),
  input: cellIdSchema,
  checks: z.array(
    z.strictObject({
      column: z.string(),
      not_null: z.boolean().optional(),
      unique: z.boolean().optional(),
      min: z.number().optional(),
      max: z.number().optional(),
      values: z.array(z.union([z.string(), z.number()])).optional(),
    }),
  ),
});

/** Transform steps are validated in detail by the transformer registry (ml/transform). */
export const transformStepLooseSchema = z.looseObject({ op: z.string().min(1) });
export const transformCellSchema = z.strictObject({
  ...base,
  kind: z.literal('transform'),
  input: cellIdSchema,
  steps: z.array(transformStepLooseSchema).min(1),
});

export const splitCellSchema = z.strictObject({
  ...base,
  kind: z.literal('split'),
  input: cellIdSchema,
  method: z.enum(['random', 'stratified', 'chronological', 'group']),
  by: z.string().optional(),
  test_size: z.number().gt(0).lt(1).default(0.2),
  seed: z.number().int().default(42),
});

export const modelTypes = [
  'linear', 'ridge', 'lasso', 'elastic_net', 'logistic', 'softmax', 'mlp', 'lstm',
  'gbdt', 'random_forest', 'decision_tree', 'naive_bayes', 'kmeans',
] as const;
export const taskSchema = z.enum(['regression', 'binary', 'multiclass']);
export const modelSpecSchema = z.strictObject({
  type: z.enum(modelTypes),
  params: z.record(z.string(), z.unknown()).default({}),
  backend: z.enum(['auto', 'webgpu', 'wasm', 'webgl', 'cpu']).optional(),
});

export const trainCellSchema = z.strictObject({
  ...base,
  kind: z.literal('train'),
  input: cellIdSchema,
  task: taskSchema,
  target: z.string(),
  features: z.array(z.string()).optional(),
  model: modelSpecSchema,
  seed: z.number().int().default(42),
});

export const tuneCellSchema = z.strictObject({
  ...base,
  kind: z.literal('tune'),
  input: cellIdSchema,
  train: cellIdSchema,
  search: z.enum(['grid', 'random', 'tpe']).default('random'),
  space: z.record(z.string(), z.unknown()),
  trials: z.number().int().positive().max(1000).default(20),
  folds: z.number().int().min(2).max(20).default(5),
  /** kfold (default for regression), stratified (default for classification), repeated (3×), timeseries (rows in time order). */
  cv: z.enum(['kfold', 'stratified', 'repeated', 'timeseries']).optional(),
  metric: z.string().optional(),
  seed: z.number().int().default(42),
});

export const evaluateCellSchema = z.strictObject({
  ...base,
  kind: z.literal('evaluate'),
  models: z.array(cellIdSchema).min(1),
  slice_by: z.string().optional(),
  calibration: z.enum(['none', 'platt', 'isotonic']).optional(),
});

export const explainCellSchema = z.strictObject({
  ...base,
  kind: z.literal('explain'),
  model: cellIdSchema,
  method: z.enum(['permutation', 'treeshap']).default('permutation'),
  rows: z.number().int().positive().max(100_000).optional(),
  seed: z.number().int().default(42),
});

export const clusterCellSchema = z.strictObject({
  ...base,
  kind: z.literal('cluster'),
  input: cellIdSchema,
  features: z.array(z.string()).optional(),
  k: z.number().int().min(2).max(1000),
  seed: z.number().int().default(42),
});

export const cellSchema = z.discriminatedUnion('kind', [
  markdownCellSchema, dataCellSchema, sqlCellSchema, chartCellSchema, profileCellSchema, validateCellSchema,
  transformCellSchema, splitCellSchema, trainCellSchema, tuneCellSchema, evaluateCellSchema, explainCellSchema,
  clusterCellSchema,
]);

export const notebookSchema = z.strictObject({
  format: z.literal(NOTEBOOK_FORMAT),
  title: z.string().default('Untitled notebook'),
  description: z.string().optional(),
  seed: z.number().int().optional(),
  cells: z.array(cellSchema),
});

export type Notebook = z.infer<typeof notebookSchema>;
export type NotebookInput = z.input<typeof notebookSchema>;
export type Cell = z.infer<typeof cellSchema>;
export type CellKind = Cell['kind'];
export type CellOf<K extends CellKind> = Extract<Cell, { kind: K }>;
export type DataSource = z.infer<typeof dataSourceSchema>;
export type ChartSpec = z.infer<typeof chartSpecSchema>;
export const cellKinds = cellSchema.options.map((o) => o.shape.kind.value) as CellKind[];
