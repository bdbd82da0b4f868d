// Chooses and activates the tfjs backend (webgpu → wasm → webgl → cpu) and reports the one really active:
// tfjs falls back silently, so the answer always comes from tf.getBackend(), never from what was asked.

import * as tf from '@tensorflow/tfjs-core';
import { configureWasm } from './wasm-paths.ts';

export type BackendName = 'webgpu' | 'wasm' | 'webgl' | 'cpu';
export type BackendPreference = 'auto' | BackendName;
export type RuntimeEnv = 'node' | 'browser';

export const BACKEND_ORDER: readonly BackendName[] = ['webgpu', 'wasm', 'webgl', 'cpu'];

export interface BackendSelection {
  /** What tf.getBackend() says after selection: the backend every op will really run on. */
  backend: string;
  requested: BackendPreference;
  /** One line per backend that was tried and skipped, e.g. "webgpu: no GPU adapter". Empty when the first choice worked. */
  fallbacks: string[];
  /** Versions of the loaded tfjs packages, for run records. */
  versions: Record<string, string>;
}

const loadedVersions: Record<string, string> = { 'tfjs-core': tf.version_core };

/** Activates a backend and returns the name tfjs really uses. */
export async function selectBackend(preference: BackendPreference, env: RuntimeEnv): Promise<string> {
  return (await selectBackendWithReport(preference, env)).backend;
}

/** Like selectBackend, with the reason for every fallback and the library versions. */
export async function selectBackendWithReport(preference: BackendPreference, env: RuntimeEnv): Promise<BackendSelection> {
  if (preference !== 'auto' && !BACKEND_ORDER.includes(preference)) {
    throw new Error(`Unknown tfjs backend "${String(preference)}"; use one of auto, ${BACKEND_ORDER.join(', ')}`);
  }
  // A forced backend is tried first; if it fails, the auto order continues after it.
  const order = preference === 'auto' ? [...BACKEND_ORDER] : [preference, ...BACKEND_ORDER.filter((b) => b !== preference)];
  const fallbacks: string[] = [];
  for (const name of order) {
    const reason = await tryBackend(name, env);
    if (reason === null) {
      return { backend: tf.getBackend(), requested: preference, fallbacks, versions: { ...loadedVersions } };
    }
    fallbacks.push(`${name}: ${reason}`);
  }
  throw new Error(`No tfjs backend could start: ${fallbacks.join('; ')}`);
}

/** Versions of tfjs-core and of the backend packages loaded so far. */
export function tfjsVersions(): Record<string, string> {
  return { ...loadedVersions };
}

/** null when `name` is now the active backend, else why not. */
async function tryBackend(name: BackendName, env: RuntimeEnv): Promise<string | null> {
  try {
    if (name === 'webgpu') {
      const gpu = (globalThis.navigator as { gpu?: { requestAdapter(): Promise<unknown> } } | undefined)?.gpu;
      if (!gpu) return 'navigator.gpu is not available';
      const adapter = await gpu.requestAdapter();
      if (!adapter) return 'no GPU adapter';
    }
    if (name === 'webgl' && env === 'node') return 'WebGL is not available in Node';
    await registerBackend(name, env);
    const ok = await tf.setBackend(name);
    await tf.ready();
    if (!ok) return 'tf.setBackend returned false';
    const active = tf.getBackend();
    return active === name ? null : `tfjs activated "${active}" instead`;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

/** Dynamic imports keep every backend out of the app's initial bundle; each registers itself on import. */
async function registerBackend(name: BackendName, env: RuntimeEnv): Promise<void> {
  switch (name) {
    case 'webgpu': {
      await import('@tensorflow/tfjs-backend-webgpu');
      // The webgpu package exports no version constant; all tfjs packages are released in lockstep with core.
      loadedVersions['tfjs-backend-webgpu'] = tf.version_core;
      return;
    }
    case 'wasm': {
      const wasm = await import('@tensorflow/tfjs-backend-wasm');
      await configureWasm(wasm, env);
      loadedVersions['tfjs-backend-wasm'] = wasm.version_wasm;
      return;
    }
    case 'webgl': {
      const webgl = await import('@tensorflow/tfjs-backend-webgl');
      loadedVersions['tfjs-backend-webgl'] = webgl.version_webgl;
      return;
    }
    case 'cpu': {
      const cpu = await import('@tensorflow/tfjs-backend-cpu');
      loadedVersions['tfjs-backend-cpu'] = cpu.version_cpu;
      return;
    }
    default: {
      const never: never = name;
      throw new Error(`unknown backend ${String(never)}`);
    }
  }
}
