import { MessageChannel } from 'node:worker_threads';
import * as tf from '@tensorflow/tfjs-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { MlJobProgress } from '../pipelines/ml/backend/registry.ts';
import { registerMlJob } from '../pipelines/ml/backend/registry.ts';
import type { TfjsFitResult, TfjsPredictResult } from '../pipelines/ml/models/tfjs/jobs.ts';
import { createMlWorker, createMlWorkerPool, defaultPoolSize, type MlEndpoint, type MlWorkerClient } from './ml-client.ts';
import { serveMlWorker } from './ml.worker.ts';

/** A worker stand-in: the real worker code served on one end of a MessageChannel, in this thread. */
function channelEndpoint(): MlEndpoint {
  const { port1, port2 } = new MessageChannel();
  serveMlWorker(port1 as unknown as MlEndpoint, 'node');
  return Object.assign(port2 as unknown as MlEndpoint, { terminate: () => (port1.close(), port2.close()) });
}

const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((c) => c()));
function worker(): MlWorkerClient {
  const w = createMlWorker(channelEndpoint);
  closers.push(() => w.terminate());
  return w;
}

function plane(n: number): { X: Float64Array; y: Float64Array } {
  const X = Float64Array.from({ length: 2 * n }, (_, i) => Math.sin(i * 1.3) * 3);
  const y = Float64Array.from({ length: n }, (_, i) => 2 * X[2 * i] - 3 * X[2 * i + 1] + 1);
  return { X, y };
}

describe('ML worker over comlink', () => {
  it('init reports the backend really active and the library versions', async () => {
    const w = worker();
    const info = await w.init('webgpu');
    expect(info.backend).toBe('wasm');
    expect(info.requested).toBe('webgpu');
    expect(info.fallbacks).toEqual(['webgpu: navigator.gpu is not available']);
    expect(info.versions['tfjs-core']).toBe(tf.version_core);
    expect(info.versions['tfjs-backend-wasm']).toBe('4.22.0');
  });

  it('fits and predicts through jobs, transferring typed arrays, with progress', async () => {
    const w = worker();
    await w.init('wasm');
    const { X, y } = plane(30);
    const Xkeep = X.slice();
    const progress: MlJobProgress[] = [];
    const fit = await w.run<TfjsFitResult>(
      { kind: 'tfjs.fit', payload: { type: 'lasso', task: 'regression', params: { alpha: 0.001 }, X, y, n: 30, p: 2, seed: 1 } },
      { onProgress: (p) => progress.push(p) },
    );
    expect(X.byteLength).toBe(0); // transferred, not copied
    expect(fit.backend).toBe('wasm');
    expect(fit.model.type).toBe('lasso');
    await new Promise((r) => setTimeout(r, 20)); // progress calls are fire-and-forget
    expect(progress.length).toBeGreaterThan(0);
    expect(progress[0].jobId).toMatch(/^ml-/);
    const pred = await w.run<TfjsPredictResult>({ kind: 'tfjs.predict', payload: { model: fit.model, X: Xkeep, n: 30 } }, { transfer: false });
    expect(Xkeep.byteLength).toBe(30 * 2 * 8); // kept with transfer: false
    expect(pred.predictions).toBeInstanceOf(Float64Array);
    expect(pred.predictions[0]).toBeCloseTo(2 * Xkeep[0] - 3 * Xkeep[1] + 1, 2);
  });

  it('cancel stops a running fit; errors keep their name and message', async () => {
    const w = worker();
    await w.init('wasm');
    const { X, y } = plane(20);
    let cancelled = false;
    const run = w.start({
      kind: 'tfjs.fit',
      payload: { type: 'mlp', task: 'regression', params: { hidden_layers: [4], epochs: 10_000 }, X, y, n: 20, p: 2, seed: 1 },
    }, {
      onProgress: () => {
        if (!cancelled) void run.cancel();
        cancelled = true;
      },
    });
    await expect(run.result).rejects.toMatchObject({ name: 'FitCancelled' });
    await expect(w.run({ kind: 'nope', payload: null })).rejects.toThrow(/No ML job handler for kind "nope"; registered kinds: .*tfjs.fit/);
    await expect(
      w.run({ kind: 'tfjs.fit', payload: { type: 'mlp', task: 'regression', params: { bogus: 1 }, X: new Float64Array(2), y: new Float64Array(1), n: 1, p: 2, seed: 0 } }),
    ).rejects.toMatchObject({ name: 'ModelInputError', message: expect.stringContaining('unknown parameter "bogus"') });
    expect(() => w.start({ kind: 'tfjs.fit', payload: { when: new Date() } })).toThrow(/\$\.when is a Date instance/);
  });
});

describe('ML worker pool', () => {
  it('spreads jobs over its workers and queues the rest; a queued job can be cancelled', async () => {
    let started = 0;
    let maxConcurrent = 0;
    let concurrent = 0;
    registerMlJob('test.sleep', async (payload) => {
      started++;
      maxConcurrent = Math.max(maxConcurrent, ++concurrent);
      await new Promise((r) => setTimeout(r, 30));
      concurrent--;
      return { twice: Float64Array.of(2 * (payload as { v: number }).v) };
    });
    const pool = createMlWorkerPool(2, channelEndpoint);
    closers.push(() => pool.terminate());
    expect(pool.size).toBe(2);
    const runs = [1, 2, 3, 4].map((v) => pool.start<{ twice: Float64Array }>({ kind: 'test.sleep', payload: { v } }));
    await runs[3].cancel();
    await expect(runs[3].result).rejects.toMatchObject({ name: 'FitCancelled' });
    const out = await Promise.all(runs.slice(0, 3).map((r) => r.result));
    expect(out.map((o) => o.twice[0])).toEqual([2, 4, 6]);
    expect(started).toBe(3);
    expect(maxConcurrent).toBe(2);
    expect(defaultPoolSize()).toBeGreaterThanOrEqual(1);
    expect(defaultPoolSize()).toBeLessThanOrEqual(4);
  });
});
