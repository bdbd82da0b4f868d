import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { selectBackend, selectBackendWithReport, tfjsVersions } from './select.ts';
import { getMlJob, registerMlJob, registeredMlJobs } from './registry.ts';
import { collectTransferables } from './transferables.ts';

describe('selectBackend in Node', () => {
  it('auto picks wasm (no WebGPU adapter in Node) and reports what tfjs really runs', async () => {
    const sel = await selectBackendWithReport('auto', 'node');
    expect(sel).toMatchObject({ backend: 'wasm', requested: 'auto', fallbacks: ['webgpu: navigator.gpu is not available'] });
    expect(tf.getBackend()).toBe('wasm');
    expect(tfjsVersions()).toMatchObject({ 'tfjs-core': '4.22.0', 'tfjs-backend-wasm': '4.22.0' });
  });

  it('a forced backend that cannot start falls back with the reason', async () => {
    const sel = await selectBackendWithReport('webgl', 'node');
    expect(sel.backend).toBe('wasm');
    expect(sel.fallbacks).toEqual(['webgl: WebGL is not available in Node', 'webgpu: navigator.gpu is not available']);
  });

  it('cpu can be forced, and wasm restored', async () => {
    expect(await selectBackend('cpu', 'node')).toBe('cpu');
    expect(tfjsVersions()['tfjs-backend-cpu']).toBe('4.22.0');
    expect(await selectBackend('wasm', 'node')).toBe('wasm');
    await expect(selectBackend('tpu' as 'cpu', 'node')).rejects.toThrow('Unknown tfjs backend "tpu"; use one of auto, webgpu, wasm, webgl, cpu');
  });
});

describe('job registry and transferables', () => {
  it('registers and finds handlers by kind', async () => {
    registerMlJob('test.echo', async (p) => p);
    expect(registeredMlJobs()).toContain('test.echo');
    expect(() => getMlJob('test.missing')).toThrow(/No ML job handler for kind "test.missing"/);
  });

  it('collects each typed-array buffer once and refuses class instances', () => {
    const a = new Float64Array(4);
    const out = collectTransferables({ a, b: [a.subarray(1), new Int32Array(2)], n: 3, s: 'x', empty: new Float64Array(0) });
    expect(out).toHaveLength(2);
    expect(out[0]).toBe(a.buffer);
    expect(() => collectTransferables({ m: new Map() })).toThrow('$.m is a Map instance; send plain objects, arrays and typed arrays, not class instances');
  });
});
