// Trial rows: shared parameter columns and sorting (non-finite scores last, ties by trial number).
import { describe, expect, it } from 'vitest';
import { formatParam, paramColumns, sortTrials, type Trial } from './trials';

const trials: Trial[] = [
  { trial: 1, score: 0.81, params: { depth: 3, loss: 'l2' }, fold_scores: [] },
  { trial: 2, score: NaN, params: { depth: 6 }, fold_scores: [] },
  { trial: 3, score: 0.93, params: { depth: 5, loss: 'l1', lr: 0.123456 }, fold_scores: [] },
  { trial: 4, score: 0.81, params: { depth: 4, loss: 'l1' }, fold_scores: [] },
];
const order = (ts: Trial[]) => ts.map((t) => t.trial);

describe('trials', () => {
  it('lists parameter columns in first-seen order', () => {
    expect(paramColumns(trials)).toEqual(['depth', 'loss', 'lr']);
  });
  it('sorts by score either way with NaN last and ties by trial', () => {
    expect(order(sortTrials(trials, { by: 'score' }, true))).toEqual([3, 1, 4, 2]);
    expect(order(sortTrials(trials, { by: 'score' }, false))).toEqual([1, 4, 3, 2]);
  });
  it('sorts by a parameter, trials without it last', () => {
    expect(order(sortTrials(trials, { by: 'param', name: 'loss' }, false))).toEqual([3, 4, 1, 2]);
    expect(order(sortTrials(trials, { by: 'param', name: 'depth' }, true))).toEqual([2, 3, 4, 1]);
    expect(order(sortTrials(trials, { by: 'trial' }, true))).toEqual([4, 3, 2, 1]);
  });
  it('formats parameter values compactly', () => {
    expect(formatParam(0.123456)).toBe('0.1235');
    expect(formatParam(5)).toBe('5');
    expect(formatParam('l1')).toBe('l1');
    expect(formatParam([1, 2])).toBe('[1,2]');
  });
});
