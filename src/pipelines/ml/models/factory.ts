// The notebook's model types → Model instances. Parameters are written snake_case in notebooks
// (n_estimators, learning_rate) and checked here, so a typo names the parameter and the allowed ones.
import type { modelTypes } from '../../notebook/schema';
import { KMeans } from './kmeans';
import { ModelInputError, type Model, type SerializedModel, type Task } from './model';
import { GaussianNB } from './naive-bayes';
import { DecisionTree } from './trees/decision-tree';
import { HistGradientBoosting } from './trees/hist-gradient-boosting';
import { RandomForest } from './trees/random-forest';
import { deserializeTreeModel, TREE_MODEL_TYPES } from './trees/catalog';

const TREE_TYPES = new Set<string>(TREE_MODEL_TYPES);

export type ModelType = (typeof modelTypes)[number];

const TREE_PARAMS: Record<string, readonly string[]> = {
  gbdt: ['n_estimators', 'max_iter', 'learning_rate', 'max_depth', 'max_leaf_nodes', 'min_samples_leaf', 'l2_regularization', 'max_bins', 'grow_policy', 'early_stopping', 'validation_fraction', 'n_iter_no_change', 'tol', 'class_weight'],
  random_forest: ['n_estimators', 'criterion', 'max_depth', 'min_samples_split', 'min_samples_leaf', 'max_features', 'bootstrap', 'class_weight'],
  decision_tree: ['criterion', 'max_depth', 'min_samples_split', 'min_samples_leaf', 'class_weight'],
  naive_bayes: ['var_smoothing'],
  kmeans: ['n_clusters', 'n_init', 'max_iter', 'tol'],
};

const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

function treeParams(type: string, params: Record<string, unknown>): Record<string, unknown> {
  const allowed = TREE_PARAMS[type];
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) {
    if (!allowed.includes(k)) throw new ModelInputError(`model.params.${k}: unknown parameter for ${type}; allowed: ${allowed.join(', ')}`);
    out[camel(k)] = v;
  }
  return out;
}

export interface CreateOptions {
  backend?: 'auto' | 'webgpu' | 'wasm' | 'webgl' | 'cpu';
}

let tfjsReady: Promise<string> | null = null;

/** Selects the tfjs backend once per process/worker; returns the backend really in use. */
export async function ensureTfjs(preference: CreateOptions['backend'] = 'auto'): Promise<string> {
  const { selectBackend } = await import('../backend/select');
  const tf = await import('@tensorflow/tfjs-core');
  // A backend chosen earlier (the ML worker's init, say) stands unless this cell forces another.
  const active = tf.engine().backendName;
  if (preference === 'auto' && active) return active;
  if (preference !== 'auto' && active === preference) return active;
  const env = typeof window === 'undefined' && typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope === 'undefined' ? 'node' : 'browser';
  if (preference !== 'auto' || !tfjsReady) tfjsReady = selectBackend(preference, env);
  return tfjsReady;
}

export async function createModel(type: string, task: Task, params: Record<string, unknown>, opts: CreateOptions = {}): Promise<Model> {
  const p = () => treeParams(type, params);
  switch (type) {
    case 'gbdt':
      return new HistGradientBoosting({ task, ...p() });
    case 'random_forest':
      return new RandomForest({ task, ...p() });
    case 'decision_tree':
      return new DecisionTree({ task, ...p() });
    case 'naive_bayes':
      if (task === 'regression') throw new ModelInputError('naive_bayes classifies; choose task: binary or multiclass');
      return new GaussianNB({ task, ...p() });
    case 'kmeans':
      return new KMeans({ task: 'clustering', ...p() });
    default: {
      await ensureTfjs(opts.backend);
      const { createTfjsModel } = await import('./tfjs/factory');
      return createTfjsModel(type, task, params);
    }
  }
}

export async function deserializeModel(s: SerializedModel): Promise<Model> {
  if (TREE_TYPES.has(s.type)) return deserializeTreeModel(s);
  await ensureTfjs();
  const { deserializeTfjsModel } = await import('./tfjs/factory');
  return deserializeTfjsModel(s);
}
