// Builds and restores our typed-array models by type name: the one place that maps `type` to a class,
// so the ML worker and the registry never switch on model names themselves.

import { ModelInputError, type Model, type SerializedModel, type Task } from '../model.ts';
import { GaussianNB, type GaussianNBParams } from '../naive-bayes.ts';
import { KMeans, type KMeansParams } from '../kmeans.ts';
import { DecisionTree, type DecisionTreeParams } from './decision-tree.ts';
import { HistGradientBoosting, type HistGradientBoostingParams } from './hist-gradient-boosting.ts';
import { RandomForest, type RandomForestParams } from './random-forest.ts';

export type TreeModelType = 'hist_gradient_boosting' | 'random_forest' | 'decision_tree' | 'gaussian_nb' | 'kmeans';

export interface TreeModelParams {
  hist_gradient_boosting: HistGradientBoostingParams;
  random_forest: RandomForestParams;
  decision_tree: DecisionTreeParams;
  gaussian_nb: GaussianNBParams;
  kmeans: KMeansParams;
}

/** Short names used by notebooks (`gbdt`, `naive_bayes`) map to the model types. */
const ALIASES: Record<string, TreeModelType> = { gbdt: 'hist_gradient_boosting', naive_bayes: 'gaussian_nb' };

export const TREE_MODEL_TYPES: readonly TreeModelType[] = ['hist_gradient_boosting', 'random_forest', 'decision_tree', 'gaussian_nb', 'kmeans'];

function resolveType(type: string): TreeModelType {
  const t = ALIASES[type] ?? type;
  if (!(TREE_MODEL_TYPES as readonly string[]).includes(t)) {
    throw new ModelInputError(`Unknown model type "${type}"; expected one of ${[...TREE_MODEL_TYPES, ...Object.keys(ALIASES)].join(', ')}`);
  }
  return t as TreeModelType;
}

export function createTreeModel<T extends TreeModelType>(type: T | string, task: Task, params: Partial<TreeModelParams[T]> = {}): Model {
  const t = resolveType(type);
  switch (t) {
    case 'hist_gradient_boosting':
      return new HistGradientBoosting({ ...(params as HistGradientBoostingParams), task });
    case 'random_forest':
      return new RandomForest({ ...(params as RandomForestParams), task });
    case 'decision_tree':
      return new DecisionTree({ ...(params as DecisionTreeParams), task });
    case 'gaussian_nb':
      return new GaussianNB({ ...(params as GaussianNBParams), task });
    case 'kmeans':
      return new KMeans({ ...(params as KMeansParams), task });
    default: {
      const never: never = t;
      throw new ModelInputError(`Unknown model type ${String(never)}`);
    }
  }
}

/** Restores any model serialized by this family; deserialize(serialize(m)) predicts exactly as m. */
export function deserializeTreeModel(s: SerializedModel): Model {
  if (!s || typeof s !== 'object' || typeof s.type !== 'string') throw new ModelInputError('Serialized model has no type');
  if (s.version !== 1) throw new ModelInputError(`Serialized model ${s.type} has version ${String(s.version)}; this build reads version 1`);
  const t = resolveType(s.type);
  const params = ((s.state as { params?: object } | null)?.params ?? {}) as object;
  switch (t) {
    case 'hist_gradient_boosting':
      return HistGradientBoosting.deserialize(s);
    case 'random_forest':
      return new RandomForest({ ...(params as RandomForestParams), task: s.task }).restore(s);
    case 'decision_tree':
      return new DecisionTree({ ...(params as DecisionTreeParams), task: s.task }).restore(s);
    case 'gaussian_nb':
      return GaussianNB.deserialize(s);
    case 'kmeans':
      return KMeans.deserialize(s);
    default: {
      const never: never = t;
      throw new ModelInputError(`Unknown model type ${String(never)}`);
    }
  }
}
