import { describe, expect, it } from 'vitest';
import { liveLossPaths } from './live-loss-paths';

describe('liveLossPaths', () => {
  it('maps series onto a shared range, top = max', () => {
    const { paths, min, max } = liveLossPaths({ train_loss: [4, 2, 0], valid_loss: [4, 3] }, 100, 10);
    expect([min, max]).toEqual([0, 4]);
    expect(paths).toEqual([
      { name: 'train_loss', points: '0.0,0.0 50.0,5.0 100.0,10.0' },
      { name: 'valid_loss', points: '0.0,0.0 50.0,2.5' },
    ]);
  });

  it('thins long series to at most one point per unit of width and skips non-finite values', () => {
    const long = Array.from({ length: 1000 }, (_, i) => 1000 - i);
    expect(liveLossPaths({ l: long }, 100, 10).paths[0].points.split(' ')).toHaveLength(100);
    expect(liveLossPaths({ l: [NaN, 1, 2] }, 10, 10).paths[0].points).toBe('5.0,10.0 10.0,0.0');
    expect(liveLossPaths({}, 10, 10)).toEqual({ paths: [], min: 0, max: 0 });
  });
});
