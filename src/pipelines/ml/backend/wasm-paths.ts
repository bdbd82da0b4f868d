// Tells the tfjs WASM backend where its .wasm binaries are, in Node (node_modules) and in the browser (Vite assets),
// and keeps it single-threaded: the threaded build needs cross-origin isolation, which a static page cannot count on.

import * as tf from '@tensorflow/tfjs-core';
import type { RuntimeEnv } from './select.ts';

type WasmModule = typeof import('@tensorflow/tfjs-backend-wasm');

let configuredFor: RuntimeEnv | null = null;

export async function configureWasm(wasm: WasmModule, env: RuntimeEnv): Promise<void> {
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  wasm.setThreadsCount(1);
  if (configuredFor === env) return;
  if (env === 'node') {
    wasm.setWasmPaths(await nodeWasmDir());
  } else {
    const { wasmFileUrls } = await import('./wasm-urls.browser.ts');
    wasm.setWasmPaths(wasmFileUrls());
  }
  configuredFor = env;
}

/** node_modules/@tensorflow/tfjs-backend-wasm/dist/ as resolved from this file, so a clean clone works anywhere. */
async function nodeWasmDir(): Promise<string> {
  // A computed specifier keeps bundlers from pulling a Node built-in into the browser build.
  const nodeModule = 'node:module';
  const { createRequire } = (await import(/* @vite-ignore */ nodeModule)) as typeof import('node:module');
  const pkg = createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm/package.json');
  return pkg.slice(0, pkg.length - 'package.json'.length) + 'dist/';
}
