import { describe, expect, it, vi } from 'vitest';
import { drawSoon } from './draw-queue';

describe('drawSoon', () => {
  it('draws queued charts one per task, in order, skipping dropped ones', async () => {
    vi.useFakeTimers();
    try {
      const drawn: string[] = [];
      drawSoon(() => drawn.push('a'));
      const dropB = drawSoon(() => drawn.push('b'));
      drawSoon(() => drawn.push('c'));
      dropB();
      expect(drawn).toEqual([]);
      vi.advanceTimersToNextTimer();
      expect(drawn).toEqual(['a']);
      vi.advanceTimersToNextTimer();
      vi.advanceTimersToNextTimer();
      expect(drawn).toEqual(['a', 'c']);
      // The queue restarts after it has drained.
      drawSoon(() => drawn.push('d'));
      vi.runAllTimers();
      expect(drawn).toEqual(['a', 'c', 'd']);
    } finally {
      vi.useRealTimers();
    }
  });
});
