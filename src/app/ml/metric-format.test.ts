// Metric formatting, direction and best-of-row rules, checked by hand and against the tuner's rule.
import { describe, expect, it } from 'vitest';
import { higherIsBetter } from '../../pipelines/ml/cells/metric-direction';
import { bestIndex, formatMetric, lowerIsBetter, metricNames, shortHash } from './metric-format';

describe('metric direction', () => {
  it('agrees with the tuner on every metric it ranks', () => {
    for (const m of ['mae', 'rmse', 'mape', 'median_ae', 'log_loss', 'brier', 'r2', 'accuracy', 'roc_auc', 'f1', 'f1_macro', 'pr_auc']) {
      expect(lowerIsBetter(m), m).toBe(!higherIsBetter(m));
    }
  });
  it('picks the smallest error and the largest score, ignoring NaN and missing', () => {
    expect(bestIndex('rmse', [3.2, NaN, 1.5, 1.5, undefined])).toBe(2);
    expect(bestIndex('roc_auc', [0.71, 0.93, null, 0.8])).toBe(1);
    expect(bestIndex('accuracy', [NaN, undefined])).toBe(-1);
  });
});

describe('formatMetric', () => {
  it('shows 4 significant digits, integers whole, undefined as a dash', () => {
    expect(formatMetric(0.912345)).toBe('0.9123');
    expect(formatMetric(12.3456)).toBe('12.35');
    expect(formatMetric(1200)).toBe('1,200');
    expect(formatMetric(NaN)).toBe('—');
    expect(formatMetric(null)).toBe('—');
    expect(formatMetric(0)).toBe('0');
  });
  it('uses scientific notation for very small values and the language separators', () => {
    expect(formatMetric(0.0000123)).toBe('1.23E-5');
    expect(formatMetric(0.5, 'es')).toBe('0,5');
  });
});

describe('helpers', () => {
  it('shortens hashes and lists metric names in first-seen order', () => {
    expect(shortHash('0123456789abcdef0123')).toBe('0123456789ab');
    expect(shortHash('abc')).toBe('abc');
    expect(metricNames([{ rmse: 1, r2: 0.5 }, undefined, { mae: 2, rmse: 3, note: 'x' }])).toEqual(['rmse', 'r2', 'mae']);
  });
});
