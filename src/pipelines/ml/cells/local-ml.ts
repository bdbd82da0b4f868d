// In-process MlRunner (Node CLI and tests): runs the registered jobs on this thread.
import type { MlRunner } from '../../engine/types';
import { getMlJob } from '../backend/registry';
import { registerNotebookJobs } from './jobs';

export function createLocalMl(): MlRunner {
  registerNotebookJobs();
  let jobs = 0;
  let backend = 'none';
  return {
    parallelism: 1,
    async run<T>(kind: string, payload: unknown, opts: { onProgress?: (p: unknown) => void; signal?: AbortSignal } = {}): Promise<T> {
      const signal = { aborted: opts.signal?.aborted ?? false };
      opts.signal?.addEventListener('abort', () => (signal.aborted = true));
      const result = await getMlJob(kind)(payload, { jobId: `local-${++jobs}`, signal, onProgress: (p) => opts.onProgress?.(p), backend });
      return result as T;
    },
    async environment() {
      const { tfjsVersions } = await import('../backend/select');
      const tf = await import('@tensorflow/tfjs-core');
      try {
        backend = tf.getBackend() ?? 'none';
      } catch {
        backend = 'none'; // no tfjs model ran: tree models need no backend
      }
      return { backend, versions: { ...tfjsVersions(), node: process.version } };
    },
  };
}
