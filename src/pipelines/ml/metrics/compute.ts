// The one entry point evaluate cells, runs and gates use: the flat, snake_case metric set for a
// task, computed with the sklearn definitions in the sibling files.
import { accuracy, averagedPrecisionRecallF1, binaryPrecisionRecallF1, mcc } from './classification.ts';
import {
  MetricInputError,
  MetricUndefinedError,
  checkClassification,
  checkFinite,
  checkProbabilities,
  checkSameLength,
  labelCount,
  probaClasses,
} from './input.ts';
import { brier, logLoss, logLossMulticlass } from './probabilistic.ts';
import { averagePrecision, rocAuc, rocAucOvr } from './ranking.ts';
import { mae, mape, medianAe, r2, rmse } from './regression.ts';

export type MetricTask = 'regression' | 'binary' | 'multiclass';

export interface MetricInput {
  yTrue: Float64Array;
  yPred: Float64Array;
  /** binary: P(class 1), length n. */
  score?: Float64Array;
  /** multiclass: n×k probabilities, row-major. */
  proba?: Float64Array;
  /** multiclass: number of classes k (labels are 0..k-1); inferred from proba or the labels when absent. */
  classes?: number;
}

export type MetricSet = Record<string, number>;

/** A metric that is undefined for this data (one class only) reads NaN instead of failing the evaluation. */
function orNaN(f: () => number): number {
  try {
    return f();
  } catch (e) {
    if (e instanceof MetricUndefinedError) return NaN;
    throw e;
  }
}

function binaryMetrics(input: MetricInput): MetricSet {
  const { yTrue, yPred, score } = input;
  checkClassification('binary metrics', yTrue, yPred, 2);
  const prf = binaryPrecisionRecallF1(yTrue, yPred);
  const out: MetricSet = {
    accuracy: accuracy(yTrue, yPred, 2),
    precision: prf.precision,
    recall: prf.recall,
    f1: prf.f1,
    mcc: mcc(yTrue, yPred, 2),
  };
  if (score) {
    checkSameLength('binary metrics', yTrue, score, 'yTrue', 'score');
    checkFinite('binary metrics', 'score', score);
    checkProbabilities('binary metrics', 'score (P(class 1))', score);
    out.roc_auc = orNaN(() => rocAuc(yTrue, score));
    out.average_precision = averagePrecision(yTrue, score);
    out.log_loss = logLoss(yTrue, score);
    out.brier = brier(yTrue, score);
  }
  return out;
}

function inferClasses(input: MetricInput): number {
  const { yTrue, yPred, proba, classes } = input;
  if (proba) return probaClasses('multiclass metrics', yTrue.length, proba, classes);
  if (classes !== undefined) {
    if (!Number.isInteger(classes) || classes < 2) {
      throw new MetricInputError(`multiclass metrics: classes is ${classes}; pass an integer ≥ 2`);
    }
    return classes;
  }
  return labelCount(yTrue, yPred);
}

function multiclassMetrics(input: MetricInput): MetricSet {
  const { yTrue, yPred, proba } = input;
  checkSameLength('multiclass metrics', yTrue, yPred);
  const k = inferClasses(input);
  checkClassification('multiclass metrics', yTrue, yPred, k);
  const macro = averagedPrecisionRecallF1(yTrue, yPred, k, 'macro');
  const weighted = averagedPrecisionRecallF1(yTrue, yPred, k, 'weighted');
  const out: MetricSet = {
    accuracy: accuracy(yTrue, yPred, k),
    precision_macro: macro.precision,
    recall_macro: macro.recall,
    f1_macro: macro.f1,
    precision_weighted: weighted.precision,
    recall_weighted: weighted.recall,
    f1_weighted: weighted.f1,
    mcc: mcc(yTrue, yPred, k),
  };
  if (proba) {
    out.roc_auc_ovr = orNaN(() => rocAucOvr(yTrue, proba, k));
    out.log_loss = logLossMulticlass(yTrue, proba, k);
  }
  return out;
}

function regressionMetrics({ yTrue, yPred }: MetricInput): MetricSet {
  return {
    mae: mae(yTrue, yPred),
    rmse: rmse(yTrue, yPred),
    mape: mape(yTrue, yPred),
    r2: r2(yTrue, yPred),
    median_ae: medianAe(yTrue, yPred),
  };
}

/**
 * The metric set for a task. binary: accuracy, precision, recall, f1, mcc (+ roc_auc,
 * average_precision, log_loss, brier with score). multiclass: accuracy, precision/recall/f1 _macro
 * and _weighted, mcc (+ roc_auc_ovr, log_loss with proba). regression: mae, rmse, mape, r2, median_ae.
 * ROC AUC reads NaN when yTrue lacks a class (sklearn raises there); bad input throws MetricInputError.
 */
export function computeMetrics(task: MetricTask, input: MetricInput): MetricSet {
  switch (task) {
    case 'binary':
      return binaryMetrics(input);
    case 'multiclass':
      return multiclassMetrics(input);
    case 'regression':
      return regressionMetrics(input);
    default: {
      const never: never = task;
      throw new MetricInputError(`computeMetrics: unknown task "${never}"; use regression, binary or multiclass`);
    }
  }
}
