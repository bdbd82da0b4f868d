// Adapts a ResultStore (IndexedDB or folder) to the executor's ResultCache.
import type { ResultStore } from '../store/store';
import type { CachedResult, CellOutput, ResultCache } from './types';

export function resultCacheFrom(store: ResultStore): ResultCache {
  return {
    async get(key) {
      const entry = await store.get(key);
      if (!entry) return null;
      const meta = entry.output as { output?: CellOutput; ms?: number } | null;
      if (!meta?.output) return null;
      return { output: meta.output, ms: meta.ms ?? 0, table: entry.table };
    },
    async put(key, result: CachedResult) {
      await store.put(key, { output: { output: result.output, ms: result.ms }, table: result.table });
    },
  };
}
