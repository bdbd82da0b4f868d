// The ML module worker: tfjs (backend chosen at init) and the registered ML jobs, exposed over comlink.
// Results go back with their typed-array buffers transferred, not copied.

import * as Comlink from 'comlink';
import { createMlWorkerApi, type MlWorkerApi } from '../pipelines/ml/backend/ml-api.ts';
import { collectTransferables } from '../pipelines/ml/backend/transferables.ts';
import type { RuntimeEnv } from '../pipelines/ml/backend/select.ts';
// Job handlers register themselves on import; layers that add train/tune/evaluate jobs add their import here.
import '../pipelines/ml/models/tfjs/jobs.ts';
import { registerNotebookJobs } from '../pipelines/ml/cells/jobs.ts';

registerNotebookJobs();

/** Serves the ML API on an endpoint (the worker scope, or a MessagePort in tests). */
export function serveMlWorker(endpoint: Comlink.Endpoint, env: RuntimeEnv): MlWorkerApi {
  const api = createMlWorkerApi(env);
  const served: MlWorkerApi = {
    init: (pref) => api.init(pref),
    cancel: (id) => api.cancel(id),
    kinds: () => api.kinds(),
    async run(job, onProgress) {
      const result = await api.run(job, onProgress);
      return Comlink.transfer(result, collectTransferables(result));
    },
  };
  Comlink.expose(served, endpoint);
  return served;
}

const scope = globalThis as { WorkerGlobalScope?: unknown; postMessage?: unknown };
if (scope.WorkerGlobalScope !== undefined && typeof scope.postMessage === 'function') {
  serveMlWorker(globalThis as unknown as Comlink.Endpoint, 'browser');
}
