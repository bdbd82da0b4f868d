// What the ML worker does, without the worker: pick the tfjs backend, run registered jobs with progress and
// cancellation. src/workers/ml.worker.ts exposes this over comlink; tests and Node call it directly.

import { getMlJob, registeredMlJobs, type MlJobProgress } from './registry.ts';
import { selectBackendWithReport, type BackendPreference, type BackendSelection, type RuntimeEnv } from './select.ts';

export interface MlJob {
  /** Chosen by the caller so it can cancel; generated when absent. */
  id?: string;
  kind: string;
  payload: unknown;
}

export type MlInitResult = BackendSelection;

export interface MlWorkerApi {
  /** Selects the tfjs backend (again, if called twice) and reports the one really active. */
  init(backendPreference: BackendPreference): Promise<MlInitResult>;
  /** Runs a registered job; initialises with 'auto' first if init was not called. */
  run(job: MlJob, onProgress?: (p: MlJobProgress) => void): Promise<unknown>;
  /** Asks a running job to stop; it rejects with FitCancelled at its next check. False when no such job runs. */
  cancel(jobId: string): Promise<boolean>;
  /** Registered job kinds. */
  kinds(): Promise<string[]>;
}

export function createMlWorkerApi(env: RuntimeEnv): MlWorkerApi {
  let selection: MlInitResult | null = null;
  let nextId = 1;
  const running = new Map<string, { aborted: boolean }>();

  const api: MlWorkerApi = {
    async init(pref) {
      selection = await selectBackendWithReport(pref, env);
      return selection;
    },
    async run(job, onProgress) {
      if (!job || typeof job.kind !== 'string') throw new Error('run: job must be { kind: string, payload }');
      const handler = getMlJob(job.kind);
      if (!selection) await api.init('auto');
      const jobId = job.id ?? `job-${nextId++}`;
      if (running.has(jobId)) throw new Error(`run: a job with id "${jobId}" is already running in this worker`);
      const signal = { aborted: false };
      running.set(jobId, signal);
      try {
        return await handler(job.payload, {
          jobId,
          signal,
          backend: selection!.backend,
          onProgress: (p) => {
            // A progress callback that fails (e.g. its proxy was released) must not fail the job.
            try {
              void Promise.resolve(onProgress?.({ jobId, ...p })).catch(() => {});
            } catch {
              /* ignored, see above */
            }
          },
        });
      } finally {
        running.delete(jobId);
      }
    },
    async cancel(jobId) {
      const signal = running.get(jobId);
      if (!signal) return false;
      signal.aborted = true;
      return true;
    },
    async kinds() {
      return registeredMlJobs();
    },
  };
  return api;
}
