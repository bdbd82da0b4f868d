import { describe, expect, it } from 'vitest';
import { parallelAxes } from './parallel-axes';
import type { Trial } from './trials';

const trial = (n: number, params: Record<string, unknown>, score: number) => ({ trial: n, params, score, fold_scores: [score] }) as Trial;

describe('parallelAxes', () => {
  it('places numeric and categorical parameters and the score on their own axes', () => {
    const trials = [trial(1, { depth: 2, loss: 'l2' }, 0.5), trial(2, { depth: 6, loss: 'l1' }, 1.5)];
    const { axes, lines } = parallelAxes(trials, ['depth', 'loss'], 'rmse', false, 200, 100);
    expect(axes.map((a) => [a.name, a.x])).toEqual([['depth', 0], ['loss', 100], ['rmse', 200]]);
    expect(axes[1].ticks).toEqual([{ y: 100, label: 'l1' }, { y: 0, label: 'l2' }]);
    // rmse: lower is better, so trial 1 (0.5) is the best line.
    expect(lines).toEqual([
      { trial: 1, points: '0.0,100.0 100.0,0.0 200.0,100.0', quality: 1 },
      { trial: 2, points: '0.0,0.0 100.0,100.0 200.0,0.0', quality: 0 },
    ]);
  });
});
