// The browser's MlRunner: notebook ML jobs on a pool of ML workers, started on first use so the
// page's cold start never pays for tfjs.
import type { MlRunner } from '../pipelines/engine/types';
import type { BackendPreference } from '../pipelines/ml/backend/select';
import { createMlWorkerPool, defaultPoolSize, type MlWorkerPool } from './ml-client';

/** How long a cancelled job may take to notice before its worker is terminated. */
const CANCEL_GRACE_MS = 3000;

export function createBrowserMl(preference: BackendPreference = 'auto', size = defaultPoolSize()): MlRunner & { dispose(): void } {
  let pool: MlWorkerPool | null = null;
  let ready: Promise<{ backend: string; versions: Record<string, string> }> | null = null;
  const start = () => {
    pool ??= createMlWorkerPool(size);
    // Why a preferred backend was skipped ("wasm: …") is kept with every run record.
    ready ??= pool.init(preference).then(([first]) => ({
      backend: first.backend,
      versions: { ...first.versions, cores: String(navigator.hardwareConcurrency ?? ''), ...(first.fallbacks.length ? { backend_fallbacks: first.fallbacks.join('; ') } : {}) },
    }));
    return { pool, ready };
  };
  return {
    parallelism: size,
    async run<T>(kind: string, payload: unknown, opts: { onProgress?: (p: unknown) => void; signal?: AbortSignal } = {}): Promise<T> {
      const { pool: p, ready: r } = start();
      await r;
      if (opts.signal?.aborted) throw new DOMException('Cancelled', 'AbortError');
      const job = p.start<T>({ kind, payload }, { onProgress: opts.onProgress });
      // Cancel answers at once: the job is asked to stop, and a worker still busy after a grace
      // period (a long synchronous step never reads the flag) is terminated and replaced.
      let onAbort = () => {};
      const aborted = new Promise<never>((_, reject) => {
        onAbort = () => {
          reject(new DOMException('Cancelled', 'AbortError'));
          void job.cancel();
          const stopped = job.result.then(() => true, () => true);
          const grace = new Promise<boolean>((r) => setTimeout(() => r(false), CANCEL_GRACE_MS));
          void Promise.race([stopped, grace]).then((ok) => {
            if (!ok && pool === p) dispose();
          });
        };
      });
      opts.signal?.addEventListener('abort', onAbort);
      try {
        return await Promise.race([job.result, aborted]);
      } finally {
        opts.signal?.removeEventListener('abort', onAbort);
      }
    },
    environment: () => start().ready,
    dispose,
  };
  function dispose() {
    pool?.terminate();
    pool = null;
    ready = null;
  }
}
