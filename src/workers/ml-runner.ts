// The browser's MlRunner: notebook ML jobs on a pool of ML workers, started on first use so the
// page's cold start never pays for tfjs.
import type { MlRunner } from '../pipelines/engine/types';
import type { BackendPreference } from '../pipelines/ml/backend/select';
import { createMlWorkerPool, defaultPoolSize, type MlWorkerPool } from './ml-client';

export function createBrowserMl(preference: BackendPreference = 'auto', size = defaultPoolSize()): MlRunner & { dispose(): void } {
  let pool: MlWorkerPool | null = null;
  let ready: Promise<{ backend: string; versions: Record<string, string> }> | null = null;
  const start = () => {
    pool ??= createMlWorkerPool(size);
    ready ??= pool.init(preference).then(([first]) => ({ backend: first.backend, versions: { ...first.versions, user_agent_cores: String(navigator.hardwareConcurrency ?? '') } }));
    return { pool, ready };
  };
  return {
    parallelism: size,
    async run<T>(kind: string, payload: unknown, opts: { onProgress?: (p: unknown) => void; signal?: AbortSignal } = {}): Promise<T> {
      const { pool: p, ready: r } = start();
      await r;
      if (opts.signal?.aborted) throw new DOMException('Cancelled', 'AbortError');
      const job = p.start<T>({ kind, payload }, { onProgress: opts.onProgress });
      const onAbort = () => void job.cancel();
      opts.signal?.addEventListener('abort', onAbort);
      try {
        return await job.result;
      } finally {
        opts.signal?.removeEventListener('abort', onAbort);
      }
    },
    environment: () => start().ready,
    dispose() {
      pool?.terminate();
      pool = null;
      ready = null;
    },
  };
}
