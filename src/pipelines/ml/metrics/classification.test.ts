// Tests for label-based classification metrics against sklearn documentation examples and hand counts.
import { describe, expect, it } from 'vitest';
import {
  accuracy,
  averagedPrecisionRecallF1,
  binaryPrecisionRecallF1,
  confusionMatrix,
  f1,
  fprAt,
  mcc,
  precision,
  precisionAtK,
  ratesAtThreshold,
  recall,
  tprAt,
} from './classification.ts';
import { MetricInputError } from './input.ts';
import { S40, Y40 } from './test-data.ts';

const f = (a: number[]) => Float64Array.from(a);

describe('confusionMatrix', () => {
  it('matches the sklearn documentation example', () => {
    // confusion_matrix([2, 0, 2, 2, 0, 1], [0, 0, 2, 2, 0, 2])
    expect(confusionMatrix(f([2, 0, 2, 2, 0, 1]), f([0, 0, 2, 2, 0, 2]))).toEqual([
      [2, 0, 0],
      [0, 0, 1],
      [1, 0, 2],
    ]);
  });
  it('keeps classes that never occur when classes is given', () => {
    expect(confusionMatrix(f([0, 1]), f([0, 1]), 3)).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 0],
    ]);
  });
});

describe('accuracy', () => {
  it('matches the sklearn documentation example', () => {
    expect(accuracy(f([0, 2, 1, 3]), f([0, 1, 2, 3]))).toBe(0.5);
  });
  it('rejects labels outside 0..k-1, NaN, length mismatch and empty input', () => {
    expect(() => accuracy(f([0, 1]), f([0, 2]), 2)).toThrow(/yPred\[1\] is 2; each label must be 0 or 1/);
    expect(() => accuracy(f([0, NaN]), f([0, 1]), 2)).toThrow(MetricInputError);
    expect(() => accuracy(f([0, 1]), f([0]))).toThrow(/yTrue has 2 rows but yPred has 1/);
    expect(() => accuracy(f([]), f([]))).toThrow(/empty/);
    expect(() => accuracy(f([0, 1.5]), f([0, 1]), 3)).toThrow(/integer in 0..2/);
    expect(() => accuracy(f([0, NaN, 2]), f([0, 1, 2]))).toThrow(/yTrue\[1\] is NaN; each label must be an integer in 0..2/);
    expect(() => accuracy(f([0, 1e9]), f([0, 1]))).toThrow(/1000000001 classes; pass labels coded 0..k-1/);
    expect(() => confusionMatrix(f([0, 5000]), f([0, 1]))).toThrow(/5001 classes is more than 4096/);
  });
});

describe('binary precision, recall, F1', () => {
  // yPred = score >= 0.5 on the shared 40 rows; expected values from sklearn 1.2.1.
  const y = Y40;
  const p = S40.map((v) => (v >= 0.5 ? 1 : 0));
  it('matches sklearn', () => {
    expect(precision(y, p)).toBeCloseTo(0.5454545454545454, 14);
    expect(recall(y, p)).toBeCloseTo(0.5217391304347826, 14);
    expect(f1(y, p)).toBeCloseTo(0.5333333333333332, 14);
    expect(accuracy(y, p)).toBe(0.475);
    expect(mcc(y, p)).toBeCloseTo(-0.06607503111428496, 14);
  });
  it('hand count: tp=2, fp=1, fn=2', () => {
    expect(binaryPrecisionRecallF1(f([1, 1, 1, 1, 0, 0]), f([1, 1, 0, 0, 1, 0]))).toEqual({
      precision: 2 / 3,
      recall: 0.5,
      f1: (2 * (2 / 3) * 0.5) / (2 / 3 + 0.5),
    });
  });
  it('returns 0 on zero division, like sklearn zero_division default', () => {
    expect(binaryPrecisionRecallF1(f([1, 1, 0]), f([0, 0, 0]))).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(recall(f([0, 0]), f([1, 0]))).toBe(0);
  });
});

describe('macro and weighted averages', () => {
  const yt = f([0, 1, 2, 0, 1, 2]);
  const yp = f([0, 2, 1, 0, 0, 1]);
  it('match the sklearn documentation example', () => {
    const macro = averagedPrecisionRecallF1(yt, yp, 3, 'macro');
    expect(macro.precision).toBeCloseTo(0.2222222222222222, 14);
    expect(macro.recall).toBeCloseTo(0.3333333333333333, 14);
    expect(macro.f1).toBeCloseTo(0.26666666666666666, 14);
    const weighted = averagedPrecisionRecallF1(yt, yp, 3, 'weighted');
    expect(weighted.precision).toBeCloseTo(0.2222222222222222, 14);
    expect(weighted.f1).toBeCloseTo(0.26666666666666666, 14);
  });
  it('weights by support and skips classes absent from both arrays (sklearn labels=None)', () => {
    const a = f([0, 0, 1, 1, 2]);
    const b = f([0, 1, 1, 1, 1]);
    expect(averagedPrecisionRecallF1(a, b, 3, 'weighted').precision).toBeCloseTo(0.6, 14);
    expect(averagedPrecisionRecallF1(a, b, 3, 'weighted').f1).toBeCloseTo(0.5333333333333333, 14);
    expect(averagedPrecisionRecallF1(a, b, 3, 'macro').recall).toBeCloseTo(0.5, 14);
    // class 2 never occurs: averaged over classes 0 and 1 only → (1 + 0.5) / 2
    expect(averagedPrecisionRecallF1(f([0, 1, 1]), f([0, 1, 0]), 5, 'macro').precision).toBe(0.75);
  });
});

describe('mcc', () => {
  it('matches the sklearn documentation example (labels -1/+1 encoded as 0/1)', () => {
    // matthews_corrcoef([+1, +1, +1, -1], [+1, -1, +1, +1])
    expect(mcc(f([1, 1, 1, 0]), f([1, 0, 1, 1]))).toBeCloseTo(-0.3333333333333333, 15);
  });
  it('matches sklearn on multiclass input', () => {
    expect(mcc(f([0, 0, 1, 1, 2]), f([0, 1, 1, 1, 1]))).toBeCloseTo(0.44194173824159216, 14);
    expect(mcc(f([0, 1, 2, 0, 1, 2]), f([0, 2, 1, 0, 0, 1]))).toBeCloseTo(0, 14);
  });
  it('is 0 when a prediction is constant and 1 when perfect', () => {
    expect(mcc(f([0, 1, 1]), f([1, 1, 1]))).toBe(0);
    expect(mcc(f([0, 1, 2]), f([0, 1, 2]))).toBe(1);
  });
});

describe('rates at a threshold', () => {
  const y = f([0, 0, 1, 1]);
  const s = f([0.1, 0.4, 0.35, 0.8]);
  it('predicts positive when score >= threshold (the roc_curve points)', () => {
    expect(ratesAtThreshold(y, s, 0.4)).toEqual({ tp: 1, fp: 1, tn: 1, fn: 1, tpr: 0.5, fpr: 0.5 });
    expect(tprAt(y, s, 0.35)).toBe(1);
    expect(fprAt(y, s, 0.35)).toBe(0.5);
    expect(fprAt(y, s, 0.8)).toBe(0);
  });
  it('gives 0 where a class is absent', () => {
    expect(ratesAtThreshold(f([1, 1]), f([0.2, 0.9]), 0.5).fpr).toBe(0);
  });
});

describe('precisionAtK', () => {
  it('counts positives among the k best scores', () => {
    const y = f([0, 1, 1, 0, 1]);
    const s = f([0.9, 0.8, 0.7, 0.1, 0.2]);
    expect(precisionAtK(y, s, 1)).toBe(0);
    expect(precisionAtK(y, s, 3)).toBeCloseTo(2 / 3, 15);
    expect(precisionAtK(y, s, 5)).toBe(0.6);
  });
  it('breaks ties by row order and rejects a bad k', () => {
    expect(precisionAtK(f([1, 0]), f([0.5, 0.5]), 1)).toBe(1);
    expect(precisionAtK(f([0, 1]), f([0.5, 0.5]), 1)).toBe(0);
    expect(() => precisionAtK(f([0, 1]), f([0.5, 0.5]), 3)).toThrow(/k is 3/);
  });
});
