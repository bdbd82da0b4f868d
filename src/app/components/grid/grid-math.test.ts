import { describe, expect, it, vi } from 'vitest';
import { blockCount, blocksForRange, blockWindow, rowLocation } from './blocks';
import { LruCache } from './lru';
import { scrollScale } from './scroll-scale';
import { BlockLoader } from './block-loader';
import { columnWidth, formatNumberCell, isNumericType } from './column-layout';

describe('block maths', () => {
  it('counts and clips blocks', () => {
    expect(blockCount(0)).toBe(0);
    expect(blockCount(200)).toBe(1);
    expect(blockCount(201)).toBe(2);
    expect(blockCount(1_000_000)).toBe(5000);
    expect(blockWindow(0, 450)).toEqual({ offset: 0, limit: 200 });
    expect(blockWindow(2, 450)).toEqual({ offset: 400, limit: 50 });
    expect(blockWindow(3, 450)).toEqual({ offset: 600, limit: 0 });
  });

  it('maps rows to blocks', () => {
    expect(rowLocation(0)).toEqual({ block: 0, index: 0 });
    expect(rowLocation(199)).toEqual({ block: 0, index: 199 });
    expect(rowLocation(200)).toEqual({ block: 1, index: 0 });
    expect(rowLocation(999_999)).toEqual({ block: 4999, index: 199 });
  });

  it('finds the blocks of a visible range, clipped to the table', () => {
    expect(blocksForRange(0, 30, 1000)).toEqual([0]);
    expect(blocksForRange(190, 230, 1000)).toEqual([0, 1]);
    expect(blocksForRange(950, 2000, 1000)).toEqual([4]);
    expect(blocksForRange(-5, 10, 1000)).toEqual([0]);
    expect(blocksForRange(10, 5, 1000)).toEqual([]);
    expect(blocksForRange(0, 10, 0)).toEqual([]);
    expect(blocksForRange(5000, 5010, 1000)).toEqual([]);
  });
});

describe('LruCache', () => {
  it('evicts the least recently used', () => {
    const c = new LruCache<number, string>(2);
    c.set(1, 'a');
    c.set(2, 'b');
    expect(c.get(1)).toBe('a'); // 1 is now newest
    expect(c.set(3, 'c')).toEqual([2]);
    expect(c.keys()).toEqual([1, 3]);
    expect(c.has(2)).toBe(false);
    expect(() => new LruCache(0)).toThrow(RangeError);
  });
});

describe('scrollScale', () => {
  it('is 1:1 under the limit', () => {
    expect(scrollScale(26_000, 500)).toEqual({ spacerPx: 26_000, factor: 1 });
  });
  it('stretches past the limit so that both ends are reachable', () => {
    const s = scrollScale(26_000_000, 500, 10_000_000);
    expect(s.spacerPx).toBe(10_000_000);
    // last real scrollTop (spacer - viewport) maps to last virtual offset (total - viewport)
    expect((s.spacerPx - 500) * s.factor).toBeCloseTo(26_000_000 - 500, 3);
  });
});

describe('BlockLoader', () => {
  function deferredFetch() {
    const calls: { offset: number; limit: number; resolve(v: string): void; reject(e: Error): void }[] = [];
    const fetchBlock = (offset: number, limit: number) => new Promise<string>((resolve, reject) => calls.push({ offset, limit, resolve, reject }));
    return { calls, fetchBlock };
  }
  const flush = () => new Promise((r) => setTimeout(r, 0));

  it('fetches only wanted blocks, two at a time, and skips blocks scrolled past', async () => {
    const { calls, fetchBlock } = deferredFetch();
    const onChange = vi.fn();
    const loader = new BlockLoader({ rowCount: 1_000_000, fetchBlock, onChange });
    loader.want([0, 1, 2]);
    expect(calls.map((c) => c.offset)).toEqual([0, 200]);
    loader.want([4000]); // user jumped far away: block 2 is no longer wanted
    calls[0].resolve('b0');
    await flush();
    expect(calls.map((c) => c.offset)).toEqual([0, 200, 800_000]);
    expect(loader.state(0)).toEqual({ status: 'ready', data: 'b0' });
    expect(loader.state(2)).toEqual({ status: 'missing' });
    expect(loader.state(4000)).toEqual({ status: 'loading' });
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('clips the last block and does not refetch cached blocks', async () => {
    const { calls, fetchBlock } = deferredFetch();
    const loader = new BlockLoader({ rowCount: 450, fetchBlock });
    loader.want([2]);
    expect(calls[0]).toMatchObject({ offset: 400, limit: 50 });
    calls[0].resolve('b2');
    await flush();
    loader.want([2]);
    expect(calls).toHaveLength(1);
  });

  it('keeps at most `capacity` blocks', async () => {
    const loader = new BlockLoader({ rowCount: 10_000, fetchBlock: async (o) => `at ${o}`, capacity: 3, concurrency: 5 });
    loader.want([0, 1, 2, 3, 4]);
    await flush();
    await flush();
    expect(loader.cachedBlocks()).toEqual([2, 3, 4]);
  });

  it('ignores answers from before dispose() and can start again', async () => {
    const { calls, fetchBlock } = deferredFetch();
    const loader = new BlockLoader({ rowCount: 1000, fetchBlock });
    loader.want([0]);
    loader.dispose();
    loader.want([0]);
    expect(calls).toHaveLength(2);
    calls[0].resolve('old');
    await flush();
    expect(loader.state(0)).toEqual({ status: 'loading' });
    calls[1].resolve('new');
    await flush();
    expect(loader.state(0)).toEqual({ status: 'ready', data: 'new' });
  });

  it('reports errors per block and retries on request', async () => {
    const { calls, fetchBlock } = deferredFetch();
    const loader = new BlockLoader({ rowCount: 1000, fetchBlock });
    loader.want([1]);
    calls[0].reject(new Error('worker gone'));
    await flush();
    expect(loader.state(1)).toMatchObject({ status: 'error' });
    loader.want([1]);
    expect(calls).toHaveLength(1);
    loader.retry(1);
    loader.want([1]);
    expect(calls).toHaveLength(2);
  });
});

describe('column layout', () => {
  it('recognises numeric DuckDB types', () => {
    for (const t of ['BIGINT', 'DOUBLE', 'DECIMAL(18,3)', 'INTEGER', 'FLOAT', 'HUGEINT']) expect(isNumericType(t), t).toBe(true);
    for (const t of ['VARCHAR', 'DATE', 'TIMESTAMP', 'BOOLEAN', 'INTEGER[]'.replace('INTEGER', 'LIST')]) expect(isNumericType(t), t).toBe(false);
  });
  it('formats numbers compactly', () => {
    expect(formatNumberCell(42)).toBe('42');
    expect(formatNumberCell(0.1 + 0.2)).toBe('0.3');
    expect(formatNumberCell(1.23456789e-7)).toBe('1.2346e-7');
    expect(formatNumberCell(NaN)).toBe('NaN');
  });
  it('sizes columns between 72 and 360 px', () => {
    expect(columnWidth('id', 'BIGINT')).toBe(110);
    expect(columnWidth('x'.repeat(100), 'VARCHAR')).toBe(360);
  });
});
