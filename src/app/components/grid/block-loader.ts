// Fetches table blocks on demand: only blocks still wanted are fetched (scrolling past a region
// queues nothing for it), at most `concurrency` at once, results kept in an LRU cache.
// Framework-free so that the scheduling can be tested without React or a DOM.
import { blockWindow, DEFAULT_BLOCK_SIZE } from './blocks';
import { LruCache } from './lru';

export interface BlockLoaderOptions<T> {
  rowCount: number;
  fetchBlock(offset: number, limit: number): Promise<T>;
  blockSize?: number;
  /** Blocks kept in memory (default 50 → 10 000 rows of 200). */
  capacity?: number;
  concurrency?: number;
  /** Called whenever a block arrives or fails, so a view can re-render. */
  onChange?: () => void;
}

export type BlockState<T> = { status: 'ready'; data: T } | { status: 'loading' } | { status: 'error'; error: Error } | { status: 'missing' };

export class BlockLoader<T> {
  readonly blockSize: number;
  private readonly cache: LruCache<number, T>;
  private readonly errors = new Map<number, Error>();
  private readonly inFlight = new Set<number>();
  private wanted: number[] = [];
  /** Bumped by dispose(): answers to requests from before it are dropped. */
  private generation = 0;

  constructor(private readonly opts: BlockLoaderOptions<T>) {
    this.blockSize = opts.blockSize ?? DEFAULT_BLOCK_SIZE;
    this.cache = new LruCache(opts.capacity ?? 50);
  }

  /** Declares the blocks on screen now (nearest first); replaces the previous wish list. */
  want(blocks: readonly number[]): void {
    this.wanted = blocks.filter((b) => !this.cache.has(b) && !this.errors.has(b));
    for (const b of blocks) if (this.cache.has(b)) this.cache.get(b); // refresh recency
    this.pump();
  }

  state(block: number): BlockState<T> {
    const data = this.cache.get(block);
    if (data !== undefined) return { status: 'ready', data };
    const error = this.errors.get(block);
    if (error) return { status: 'error', error };
    if (this.inFlight.has(block) || this.wanted.includes(block)) return { status: 'loading' };
    return { status: 'missing' };
  }

  /** Forgets a failed block so that wanting it again retries. */
  retry(block: number): void {
    this.errors.delete(block);
  }

  /** Drops everything and ignores answers still in flight. Wanting blocks again starts afresh
   *  (React StrictMode unmounts and remounts effects with the same loader). */
  dispose(): void {
    this.generation++;
    this.cache.clear();
    this.errors.clear();
    this.inFlight.clear();
    this.wanted = [];
  }

  cachedBlocks(): number[] {
    return this.cache.keys();
  }

  private pump(): void {
    const limit = this.opts.concurrency ?? 2;
    while (this.inFlight.size < limit && this.wanted.length > 0) {
      const block = this.wanted.shift() as number;
      if (this.inFlight.has(block) || this.cache.has(block)) continue;
      this.load(block);
    }
  }

  private load(block: number): void {
    const { offset, limit } = blockWindow(block, this.opts.rowCount, this.blockSize);
    const generation = this.generation;
    this.inFlight.add(block);
    let fetching: Promise<T>;
    try {
      fetching = this.opts.fetchBlock(offset, limit);
    } catch (e) {
      fetching = Promise.reject(e);
    }
    fetching.then(
      (data) => {
        if (generation !== this.generation) return;
        this.cache.set(block, data);
      },
      (e: unknown) => {
        if (generation !== this.generation) return;
        this.errors.set(block, e instanceof Error ? e : new Error(String(e)));
      },
    ).finally(() => {
      if (generation !== this.generation) return;
      this.inFlight.delete(block);
      this.opts.onChange?.();
      this.pump();
    });
  }
}
