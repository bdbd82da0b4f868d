// Main-thread side of the ML worker: one worker (createMlWorker) or a pool that spreads independent jobs, such
// as tuning trials, over several (createMlWorkerPool). Typed arrays in payloads are transferred by default.

import * as Comlink from 'comlink';
import type { MlInitResult, MlJob, MlWorkerApi } from '../pipelines/ml/backend/ml-api.ts';
import type { MlJobProgress } from '../pipelines/ml/backend/registry.ts';
import type { BackendPreference } from '../pipelines/ml/backend/select.ts';
import { collectTransferables } from '../pipelines/ml/backend/transferables.ts';

export type MlEndpoint = Comlink.Endpoint & { terminate?(): void };

export interface MlRunOptions {
  onProgress?: (p: MlJobProgress) => void;
  /**
   * Transfer the payload's typed-array buffers (default true): no copy, but the caller's arrays become empty.
   * Pass false to keep them, e.g. when the same X goes to several trials.
   */
  transfer?: boolean;
}

export interface MlRun<T> {
  id: string;
  result: Promise<T>;
  cancel(): Promise<void>;
}

export interface MlWorkerClient {
  init(backendPreference?: BackendPreference): Promise<MlInitResult>;
  start<T = unknown>(job: MlJob, opts?: MlRunOptions): MlRun<T>;
  run<T = unknown>(job: MlJob, opts?: MlRunOptions): Promise<T>;
  cancel(jobId: string): Promise<void>;
  terminate(): void;
}

export interface MlWorkerPool extends Omit<MlWorkerClient, 'init'> {
  readonly size: number;
  /** Initialises every worker; one result per worker. */
  init(backendPreference?: BackendPreference): Promise<MlInitResult[]>;
}

export class MlJobCancelled extends Error {
  override name = 'FitCancelled';
  constructor(id: string) {
    super(`Job ${id} was cancelled before it started`);
  }
}

let jobCounter = 0;
const newJobId = (): string => `ml-${Date.now().toString(36)}-${++jobCounter}`;

function defaultEndpoint(): MlEndpoint {
  return new Worker(new URL('./ml.worker.ts', import.meta.url), { type: 'module', name: 'ml' });
}

/** One ML worker. `makeEndpoint` is for tests (a MessagePort served by serveMlWorker). */
export function createMlWorker(makeEndpoint: () => MlEndpoint = defaultEndpoint): MlWorkerClient {
  const endpoint = makeEndpoint();
  const remote = Comlink.wrap<MlWorkerApi>(endpoint);
  const client: MlWorkerClient = {
    init: (pref = 'auto') => remote.init(pref),
    start<T>(job: MlJob, opts: MlRunOptions = {}): MlRun<T> {
      const id = job.id ?? newJobId();
      const message: MlJob = { id, kind: job.kind, payload: job.payload };
      const sent = opts.transfer === false ? message : Comlink.transfer(message, collectTransferables(job.payload));
      const progress = opts.onProgress ? Comlink.proxy(opts.onProgress) : undefined;
      const result = remote.run(sent, progress) as Promise<T>;
      return { id, result, cancel: () => client.cancel(id) };
    },
    run: <T>(job: MlJob, opts?: MlRunOptions) => client.start<T>(job, opts).result,
    async cancel(jobId) {
      await remote.cancel(jobId);
    },
    terminate() {
      remote[Comlink.releaseProxy]();
      endpoint.terminate?.();
    },
  };
  return client;
}

/** Default pool size: min(4, cores − 1), at least 1 (one core stays with the page). */
export function defaultPoolSize(): number {
  const cores = (globalThis.navigator as { hardwareConcurrency?: number } | undefined)?.hardwareConcurrency ?? 2;
  return Math.max(1, Math.min(4, cores - 1));
}

/** Several ML workers; each job goes to an idle worker, or waits in a FIFO queue until one is free. */
export function createMlWorkerPool(size = defaultPoolSize(), makeEndpoint: () => MlEndpoint = defaultEndpoint): MlWorkerPool {
  if (!Number.isInteger(size) || size < 1) throw new Error(`createMlWorkerPool: size must be an integer ≥ 1, got ${size}`);
  const workers = Array.from({ length: size }, () => ({ client: createMlWorker(makeEndpoint), busy: false }));
  interface Queued {
    id: string;
    job: MlJob;
    opts: MlRunOptions;
    resolve: (v: unknown) => void;
    reject: (e: unknown) => void;
  }
  const queue: Queued[] = [];
  const runningOn = new Map<string, MlWorkerClient>();

  const pump = (): void => {
    for (const w of workers) {
      if (w.busy || queue.length === 0) continue;
      const q = queue.shift()!;
      w.busy = true;
      runningOn.set(q.id, w.client);
      w.client
        .run({ ...q.job, id: q.id }, q.opts)
        .then(q.resolve, q.reject)
        .finally(() => {
          w.busy = false;
          runningOn.delete(q.id);
          pump();
        });
    }
  };

  const pool: MlWorkerPool = {
    size,
    init: (pref = 'auto') => Promise.all(workers.map((w) => w.client.init(pref))),
    start<T>(job: MlJob, opts: MlRunOptions = {}): MlRun<T> {
      const id = job.id ?? newJobId();
      const result = new Promise<T>((resolve, reject) => {
        queue.push({ id, job, opts, resolve: resolve as (v: unknown) => void, reject });
      });
      pump();
      return { id, result, cancel: () => pool.cancel(id) };
    },
    run: <T>(job: MlJob, opts?: MlRunOptions) => pool.start<T>(job, opts).result,
    async cancel(jobId) {
      const i = queue.findIndex((q) => q.id === jobId);
      if (i >= 0) {
        const [q] = queue.splice(i, 1);
        q.reject(new MlJobCancelled(jobId));
        return;
      }
      await runningOn.get(jobId)?.cancel(jobId);
    },
    terminate() {
      for (const q of queue.splice(0)) q.reject(new MlJobCancelled(q.id));
      for (const w of workers) w.client.terminate();
    },
  };
  return pool;
}
