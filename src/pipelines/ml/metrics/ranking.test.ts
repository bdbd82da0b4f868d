// Tests for ROC/PR curves, ROC AUC and average precision against sklearn's documented and computed values.
import { describe, expect, it } from 'vitest';
import { MetricInputError, MetricUndefinedError } from './input.ts';
import { averagePrecision, precisionRecallCurve, rocAuc, rocAucOvr, rocCurve } from './ranking.ts';
import { S40, Y40 } from './test-data.ts';

const f = (a: number[]) => Float64Array.from(a);
const y = f([0, 0, 1, 1]);
const s = f([0.1, 0.4, 0.35, 0.8]);

describe('roc_auc and average_precision: sklearn documentation examples', () => {
  it('roc_auc_score([0,0,1,1], [0.1,0.4,0.35,0.8]) = 0.75', () => {
    expect(rocAuc(y, s)).toBe(0.75);
  });
  it('average_precision_score of the same input = 0.8333…', () => {
    expect(averagePrecision(y, s)).toBeCloseTo(0.8333333333333333, 15);
  });
  it('roc_curve gives the documented points and thresholds', () => {
    const c = rocCurve(y, s);
    expect(Array.from(c.fpr)).toEqual([0, 0, 0.5, 0.5, 1]);
    expect(Array.from(c.tpr)).toEqual([0, 0.5, 0.5, 1, 1]);
    expect(Array.from(c.thresholds)).toEqual([1.8, 0.8, 0.4, 0.35, 0.1]);
  });
  it('precision_recall_curve gives the documented points', () => {
    const c = precisionRecallCurve(y, s);
    expect(Array.from(c.precision)).toEqual([0.5, 2 / 3, 0.5, 1, 1]);
    expect(Array.from(c.recall)).toEqual([1, 1, 0.5, 0.5, 0]);
    expect(Array.from(c.thresholds)).toEqual([0.1, 0.35, 0.4, 0.8]);
  });
});

describe('ranking metrics with tied scores (40 rows, values from sklearn 1.2.1)', () => {
  it('roc_auc and average_precision', () => {
    expect(rocAuc(Y40, S40)).toBeCloseTo(0.4411764705882353, 14);
    expect(averagePrecision(Y40, S40)).toBeCloseTo(0.5363438588502527, 14);
  });
  it('roc_curve drops collinear points like drop_intermediate=True', () => {
    const c = rocCurve(Y40, S40);
    expect(Array.from(c.thresholds)).toEqual([2.0, 1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.0]);
    const fpr = [0.0, 0.058823529411764705, 0.11764705882352941, 0.23529411764705882, 0.35294117647058826, 0.5294117647058824, 0.5882352941176471, 0.7647058823529411, 0.7647058823529411, 0.8235294117647058, 0.9411764705882353, 1.0];
    const tpr = [0.0, 0.043478260869565216, 0.08695652173913043, 0.13043478260869565, 0.2608695652173913, 0.391304347826087, 0.5217391304347826, 0.6086956521739131, 0.7391304347826086, 0.8695652173913043, 1.0, 1.0];
    fpr.forEach((v, i) => expect(c.fpr[i]).toBeCloseTo(v, 15));
    tpr.forEach((v, i) => expect(c.tpr[i]).toBeCloseTo(v, 15));
  });
  it('precision_recall_curve', () => {
    const c = precisionRecallCurve(Y40, S40);
    const precision = [0.575, 0.5897435897435898, 0.5882352941176471, 0.5666666666666667, 0.5185185185185185, 0.5454545454545454, 0.5, 0.5, 0.42857142857142855, 0.5, 0.5, 1.0];
    const recall = [1.0, 1.0, 0.8695652173913043, 0.7391304347826086, 0.6086956521739131, 0.5217391304347826, 0.391304347826087, 0.2608695652173913, 0.13043478260869565, 0.08695652173913043, 0.043478260869565216, 0.0];
    expect(c.precision.length).toBe(precision.length);
    precision.forEach((v, i) => expect(c.precision[i]).toBeCloseTo(v, 15));
    recall.forEach((v, i) => expect(c.recall[i]).toBeCloseTo(v, 15));
    expect(Array.from(c.thresholds)).toEqual([0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]);
  });
});

describe('ranking metrics: edge cases', () => {
  it('a perfect and a reversed ranking give AUC 1 and 0', () => {
    expect(rocAuc(f([0, 0, 1]), f([0.1, 0.2, 0.3]))).toBe(1);
    expect(rocAuc(f([0, 0, 1]), f([0.3, 0.2, 0.1]))).toBe(0);
    expect(averagePrecision(f([0, 0, 1]), f([0.1, 0.2, 0.3]))).toBe(1);
  });
  it('all-tied scores give AUC 0.5 and AP = prevalence', () => {
    expect(rocAuc(f([0, 1, 1, 0]), f([0.5, 0.5, 0.5, 0.5]))).toBe(0.5);
    expect(averagePrecision(f([0, 1, 1, 1]), f([0.5, 0.5, 0.5, 0.5]))).toBe(0.75);
  });
  it('roc_auc is undefined for one class; average precision is 0 without positives (sklearn 1.2)', () => {
    expect(() => rocAuc(f([1, 1]), f([0.1, 0.2]))).toThrow(MetricUndefinedError);
    expect(averagePrecision(f([0, 0, 0]), f([0.1, 0.2, 0.3]))).toBe(0);
    const c = rocCurve(f([1, 1]), f([0.1, 0.2]));
    expect(Number.isNaN(c.fpr[1])).toBe(true);
  });
  it('rejects bad input', () => {
    expect(() => rocAuc(f([0, 2]), f([0.1, 0.2]))).toThrow(/yTrue\[1\] is 2/);
    expect(() => rocAuc(f([0, 1]), f([0.1, NaN]))).toThrow(/score\[1\] is NaN/);
    expect(() => rocAuc(f([0, 1]), f([0.1]))).toThrow(MetricInputError);
  });
});

describe('roc_auc_ovr (macro, one-vs-rest)', () => {
  const yy = f([0, 1, 2, 2, 1, 0, 2, 1]);
  const P = f([0.7, 0.2, 0.1, 0.2, 0.5, 0.3, 0.1, 0.3, 0.6, 0.3, 0.3, 0.4, 0.5, 0.4, 0.1, 0.4, 0.4, 0.2, 0.2, 0.2, 0.6, 0.1, 0.8, 0.1]);
  it('matches sklearn roc_auc_score(multi_class="ovr")', () => {
    expect(rocAucOvr(yy, P)).toBeCloseTo(0.9611111111111111, 14);
  });
  it('equals the binary AUC of P(class 1) for two classes', () => {
    const p1 = [0.1, 0.4, 0.35, 0.8];
    expect(rocAucOvr(y, f(p1.flatMap((p) => [1 - p, p])))).toBe(0.75);
  });
  it('rejects rows that do not sum to 1 and a class missing from yTrue', () => {
    expect(() => rocAucOvr(f([0, 1]), f([0.5, 0.6, 0.5, 0.5]))).toThrow(/row 0 sums to 1.1/);
    expect(() => rocAucOvr(f([0, 1]), f([0.5, 0.5, 0, 0.5, 0.5, 0]))).toThrow(/class 2 never occurs/);
    expect(() => rocAucOvr(f([0, 1]), f([0.5, 0.5, 0.5]))).toThrow(/3 values for 2 rows/);
  });
});
