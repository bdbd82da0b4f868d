// The tfjs WASM binaries as Vite assets (browser and worker only: `?url` imports are a bundler feature).

import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';

/** Absolute URLs: tfjs resolves relative ones against the worker script, which Vite places elsewhere. */
export function wasmFileUrls(): Record<'tfjs-backend-wasm.wasm' | 'tfjs-backend-wasm-simd.wasm' | 'tfjs-backend-wasm-threaded-simd.wasm', string> {
  const base = (globalThis as { location?: { href: string } }).location?.href ?? '';
  const simd = new URL(wasmSimd, base).href;
  return {
    'tfjs-backend-wasm.wasm': new URL(wasmPlain, base).href,
    'tfjs-backend-wasm-simd.wasm': simd,
    // tfjs refuses a path map without this key, even single-threaded (WASM_HAS_MULTITHREAD_SUPPORT is
    // forced off in wasm-paths.ts, so it is never loaded); we do not ship the threaded binary.
    'tfjs-backend-wasm-threaded-simd.wasm': simd,
  };
}
