// Tests for computeMetrics: the metric set per task, sklearn values, and its input errors.
import { describe, expect, it } from 'vitest';
import { computeMetrics } from './compute.ts';
import { MetricInputError } from './input.ts';
import { S40, Y40 } from './test-data.ts';

const f = (a: number[]) => Float64Array.from(a);

describe('computeMetrics', () => {
  it('binary: the label metrics, plus the score metrics when a score is given (sklearn values)', () => {
    const yPred = S40.map((v) => (v >= 0.5 ? 1 : 0));
    expect(Object.keys(computeMetrics('binary', { yTrue: Y40, yPred }))).toEqual([
      'accuracy',
      'precision',
      'recall',
      'f1',
      'mcc',
    ]);
    const m = computeMetrics('binary', { yTrue: Y40, yPred, score: S40 });
    expect(Object.keys(m)).toEqual([
      'accuracy',
      'precision',
      'recall',
      'f1',
      'mcc',
      'roc_auc',
      'average_precision',
      'log_loss',
      'brier',
    ]);
    expect(m.accuracy).toBe(0.475);
    expect(m.precision).toBeCloseTo(0.5454545454545454, 14);
    expect(m.recall).toBeCloseTo(0.5217391304347826, 14);
    expect(m.f1).toBeCloseTo(0.5333333333333332, 14);
    expect(m.mcc).toBeCloseTo(-0.06607503111428496, 14);
    expect(m.roc_auc).toBeCloseTo(0.4411764705882353, 14);
    expect(m.average_precision).toBeCloseTo(0.5363438588502527, 14);
    expect(m.log_loss).toBeCloseTo(1.7893109237629528, 13);
    expect(m.brier).toBeCloseTo(0.35075, 14);
  });

  it('binary: ROC AUC reads NaN (not an error) when yTrue holds one class', () => {
    const m = computeMetrics('binary', { yTrue: f([1, 1]), yPred: f([1, 0]), score: f([0.9, 0.2]) });
    expect(m.roc_auc).toBeNaN();
    expect(m.recall).toBe(0.5);
  });

  it('multiclass: macro, weighted and probability metrics (sklearn values)', () => {
    const yTrue = f([0, 1, 2, 2, 1, 0, 2, 1]);
    const proba = f([0.7, 0.2, 0.1, 0.2, 0.5, 0.3, 0.1, 0.3, 0.6, 0.3, 0.3, 0.4, 0.5, 0.4, 0.1, 0.4, 0.4, 0.2, 0.2, 0.2, 0.6, 0.1, 0.8, 0.1]);
    const yPred = f([0, 1, 2, 2, 0, 0, 2, 1]);
    const m = computeMetrics('multiclass', { yTrue, yPred, proba });
    expect(m.accuracy).toBe(0.875);
    expect(m.precision_macro).toBeCloseTo(0.8888888888888888, 14);
    expect(m.recall_macro).toBeCloseTo(0.8888888888888888, 14);
    expect(m.f1_macro).toBeCloseTo(0.8666666666666667, 14);
    expect(m.precision_weighted).toBeCloseTo(0.9166666666666666, 14);
    expect(m.recall_weighted).toBe(0.875);
    expect(m.f1_weighted).toBeCloseTo(0.875, 14);
    expect(m.mcc).toBeCloseTo(0.8333333333333334, 14);
    expect(m.roc_auc_ovr).toBeCloseTo(0.9611111111111111, 14);
    expect(m.log_loss).toBeCloseTo(0.6304361398709167, 14);
  });

  it('multiclass: a proba matrix that disagrees with classes is an error', () => {
    expect(() =>
      computeMetrics('multiclass', { yTrue: f([0, 1]), yPred: f([0, 1]), proba: f([0.5, 0.5, 0.5, 0.5]), classes: 3 }),
    ).toThrow(/proba has 2 columns but classes is 3/);
    expect(() => computeMetrics('multiclass', { yTrue: f([0, 3]), yPred: f([0, 1]), classes: 3 })).toThrow(
      /yTrue\[1\] is 3; each label must be an integer in 0..2/,
    );
  });

  it('regression: the sklearn documentation pair', () => {
    const m = computeMetrics('regression', { yTrue: f([3, -0.5, 2, 7]), yPred: f([2.5, 0.0, 2, 8]) });
    expect(Object.keys(m)).toEqual(['mae', 'rmse', 'mape', 'r2', 'median_ae']);
    expect(m.mae).toBe(0.5);
    expect(m.rmse).toBeCloseTo(0.6123724356957945, 15);
    expect(m.mape).toBeCloseTo(0.3273809523809524, 15);
    expect(m.r2).toBeCloseTo(0.9486081370449679, 15);
    expect(m.median_ae).toBe(0.5);
  });

  it('says what is wrong with bad input', () => {
    expect(() => computeMetrics('binary', { yTrue: f([0, 1]), yPred: f([0, 1]), score: f([0.2]) })).toThrow(
      /yTrue has 2 rows but score has 1/,
    );
    expect(() => computeMetrics('binary', { yTrue: f([0, 1]), yPred: f([0, 1]), score: f([0.2, 1.5]) })).toThrow(
      /probabilities must lie in \[0, 1\]/,
    );
    expect(() => computeMetrics('binary', { yTrue: f([0, 2]), yPred: f([0, 1]) })).toThrow(/yTrue\[1\] is 2/);
    expect(() => computeMetrics('regression', { yTrue: f([]), yPred: f([]) })).toThrow(MetricInputError);
    expect(() => computeMetrics('regression', { yTrue: f([1, NaN]), yPred: f([1, 1]) })).toThrow(/yTrue\[1\] is NaN/);
    expect(() => computeMetrics('ranking' as never, { yTrue: f([1]), yPred: f([1]) })).toThrow(/unknown task "ranking"/);
  });
});
