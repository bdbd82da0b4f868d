// The tfjs WASM binaries as Vite assets (browser and worker only: `?url` imports are a bundler feature).

import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';

/** Absolute URLs: tfjs resolves relative ones against the worker script, which Vite places elsewhere. */
export function wasmFileUrls(): Record<'tfjs-backend-wasm.wasm' | 'tfjs-backend-wasm-simd.wasm', string> {
  const base = (globalThis as { location?: { href: string } }).location?.href ?? '';
  return {
    'tfjs-backend-wasm.wasm': new URL(wasmPlain, base).href,
    'tfjs-backend-wasm-simd.wasm': new URL(wasmSimd, base).href,
  };
}
