// Named jobs that run inside the ML worker: layers above register train/tune/evaluate handlers here,
// the worker dispatches `run({ kind, payload })` to them. Payloads and results are structured-clone data only.

export interface MlJobProgress {
  jobId: string;
  /** e.g. epoch or trial number. */
  iteration?: number;
  total?: number;
  values?: Record<string, number>;
  message?: string;
}

export interface MlJobContext {
  jobId: string;
  /** Set when cancel(jobId) arrives; handlers pass it to Model.fit or check it between steps. */
  signal: { aborted: boolean };
  onProgress: (p: Omit<MlJobProgress, 'jobId'>) => void;
  /** The tfjs backend really active in this worker. */
  backend: string;
}

export type MlJobHandler = (payload: unknown, ctx: MlJobContext) => Promise<unknown>;

export class UnknownMlJobError extends Error {
  override name = 'UnknownMlJobError';
}

const handlers = new Map<string, MlJobHandler>();

/** Registers (or replaces) the handler for a job kind. */
export function registerMlJob(kind: string, handler: MlJobHandler): void {
  if (!kind) throw new Error('registerMlJob: kind must be a non-empty string');
  handlers.set(kind, handler);
}

export function getMlJob(kind: string): MlJobHandler {
  const h = handlers.get(kind);
  if (!h) {
    const known = [...handlers.keys()].sort().join(', ') || 'none';
    throw new UnknownMlJobError(`No ML job handler for kind "${kind}"; registered kinds: ${known}`);
  }
  return h;
}

export function registeredMlJobs(): string[] {
  return [...handlers.keys()].sort();
}
