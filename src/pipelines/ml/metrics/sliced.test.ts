// Tests for slicedMetrics: per-slice rows, ordering, and agreement with computeMetrics on each subset.
import { describe, expect, it } from 'vitest';
import { computeMetrics } from './compute.ts';
import { slicedMetrics } from './sliced.ts';

const f = (a: number[]) => Float64Array.from(a);

describe('slicedMetrics', () => {
  it('computes each slice on its own rows, sorted, missing slice last', () => {
    const yTrue = f([3, -0.5, 2, 7, 1, 1]);
    const yPred = f([2.5, 0.0, 2, 8, 1, 3]);
    const out = slicedMetrics('regression', { yTrue, yPred }, ['b', 'b', 'b', 'b', null, 'a']);
    expect(out.map((s) => [s.slice, s.rows])).toEqual([
      ['a', 1],
      ['b', 4],
      [null, 1],
    ]);
    expect(out[0].metrics.mae).toBe(2);
    expect(out[1].metrics.r2).toBeCloseTo(0.9486081370449679, 15);
    expect(out[2].metrics.mae).toBe(0);
  });

  it('binary slices carry their score rows; a one-class slice has NaN ROC AUC', () => {
    const yTrue = f([0, 0, 1, 1, 1, 1]);
    const score = f([0.1, 0.4, 0.35, 0.8, 0.3, 0.9]);
    const yPred = score.map((s) => (s >= 0.5 ? 1 : 0));
    const [x, y] = slicedMetrics('binary', { yTrue, yPred, score }, ['x', 'x', 'x', 'x', 'y', 'y']);
    expect(x.metrics.roc_auc).toBe(0.75);
    expect(x.metrics.average_precision).toBeCloseTo(0.8333333333333333, 15);
    expect(y.metrics.roc_auc).toBeNaN();
    expect(y.metrics.recall).toBe(0.5);
  });

  it('multiclass slices take whole proba rows and match computeMetrics on the subset', () => {
    const yTrue = f([0, 1, 2, 2, 1, 0]);
    const yPred = f([0, 1, 1, 2, 1, 0]);
    const proba = f([0.8, 0.1, 0.1, 0.2, 0.7, 0.1, 0.1, 0.5, 0.4, 0.1, 0.2, 0.7, 0.3, 0.6, 0.1, 0.6, 0.2, 0.2]);
    const [even] = slicedMetrics('multiclass', { yTrue, yPred, proba }, ['e', 'o', 'e', 'o', 'e', 'o']);
    const direct = computeMetrics('multiclass', {
      yTrue: f([0, 2, 1]),
      yPred: f([0, 1, 1]),
      proba: f([0.8, 0.1, 0.1, 0.1, 0.5, 0.4, 0.3, 0.6, 0.1]),
    });
    expect(even.metrics).toEqual(direct);
    expect(even.metrics.accuracy).toBeCloseTo(2 / 3, 15);
  });

  it('rejects a slice column of the wrong length and bad input before slicing', () => {
    expect(() => slicedMetrics('regression', { yTrue: f([1, 2]), yPred: f([1, 2]) }, ['a'])).toThrow(
      /sliceValues has 1 entries for 2 rows/,
    );
    expect(() => slicedMetrics('regression', { yTrue: f([1, 2]), yPred: f([1]) }, ['a', 'b'])).toThrow(
      /yTrue has 2 rows but yPred has 1/,
    );
  });
});
