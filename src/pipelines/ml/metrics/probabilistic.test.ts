// Tests for log loss, Brier score and the calibration curve against sklearn's documented and computed values.
import { describe, expect, it } from 'vitest';
import { brier, calibrationCurve, logLoss, logLossMulticlass } from './probabilistic.ts';
import { S40, Y40 } from './test-data.ts';

const f = (a: number[]) => Float64Array.from(a);

describe('log loss', () => {
  it('matches the sklearn documentation example', () => {
    // log_loss(["spam", "ham", "ham", "spam"], [[.1, .9], [.9, .1], [.8, .2], [.35, .65]]); ham = 0, spam = 1
    expect(logLoss(f([1, 0, 0, 1]), f([0.9, 0.1, 0.2, 0.65]))).toBeCloseTo(0.21616187468057912, 15);
    expect(logLossMulticlass(f([1, 0, 0, 1]), f([0.1, 0.9, 0.9, 0.1, 0.8, 0.2, 0.35, 0.65]))).toBeCloseTo(
      0.21616187468057912,
      15,
    );
  });
  it('clips at float64 eps like sklearn 1.2 (eps="auto")', () => {
    expect(logLoss(f([0, 1]), f([0, 0]))).toBeCloseTo(18.021826694558577, 12);
    expect(logLoss(f([0, 1, 1]), f([0.2, 1.0, 0.9]))).toBeCloseTo(0.10950135565734541, 15);
  });
  it('matches sklearn on 40 rows', () => {
    expect(logLoss(Y40, S40)).toBeCloseTo(1.7893109237629528, 13);
  });
  it('renormalises multiclass rows and matches sklearn', () => {
    const y = f([0, 1, 2, 2, 1, 0, 2, 1]);
    const P = f([0.7, 0.2, 0.1, 0.2, 0.5, 0.3, 0.1, 0.3, 0.6, 0.3, 0.3, 0.4, 0.5, 0.4, 0.1, 0.4, 0.4, 0.2, 0.2, 0.2, 0.6, 0.1, 0.8, 0.1]);
    expect(logLossMulticlass(y, P)).toBeCloseTo(0.6304361398709167, 14);
    expect(logLossMulticlass(f([0]), f([2, 2]))).toBeCloseTo(Math.log(2), 15);
    expect(() => logLossMulticlass(f([3]), f([0.5, 0.5]))).toThrow(/yTrue\[0\] is 3/);
  });
});

describe('brier', () => {
  it('matches the sklearn documentation example', () => {
    // brier_score_loss([0, 1, 1, 0], [0.1, 0.9, 0.8, 0.3]) = 0.0375
    expect(brier(f([0, 1, 1, 0]), f([0.1, 0.9, 0.8, 0.3]))).toBeCloseTo(0.0375, 15);
    expect(brier(Y40, S40)).toBeCloseTo(0.35075, 15);
  });
  it('rejects probabilities outside [0, 1]', () => {
    expect(() => brier(f([0, 1]), f([0.1, 1.2]))).toThrow(/score\[1\] is 1.2; probabilities must lie in \[0, 1\]/);
  });
});

describe('calibration curve (uniform bins)', () => {
  it('matches sklearn calibration_curve with 5 bins', () => {
    const c = calibrationCurve(Y40, S40, 5);
    [0.6, 0.625, 0.6, 0.5, 0.5].forEach((v, i) => expect(c.probTrue[i]).toBeCloseTo(v, 15));
    [0.13, 0.3625, 0.56, 0.7375, 0.95].forEach((v, i) => expect(c.probPred[i]).toBeCloseTo(v, 14));
    expect(Array.from(c.counts)).toEqual([10, 8, 10, 8, 4]);
  });
  it('puts values on float edges where numpy does (10 bins, 0.3 < 3 × 0.1)', () => {
    const c = calibrationCurve(Y40, S40, 10);
    const probTrue = [0.5, 0.75, 1.0, 0.4, 0.75, 0.5, 0.6, 0.3333333333333333, 0.5, 0.5];
    const probPred = [0.08333333333333333, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0];
    probTrue.forEach((v, i) => expect(c.probTrue[i]).toBeCloseTo(v, 15));
    probPred.forEach((v, i) => expect(c.probPred[i]).toBeCloseTo(v, 14));
  });
  it('drops empty bins', () => {
    const c = calibrationCurve(f([0, 1, 1]), f([0.05, 0.95, 0.9]), 4);
    expect(Array.from(c.probTrue)).toEqual([0, 1]);
    expect(Array.from(c.counts)).toEqual([1, 2]);
  });
});
