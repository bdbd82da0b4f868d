// The page-wide pieces every session shares: the DuckDB worker engine and the IndexedDB stores,
// created once on first use.
import type { DataEngine } from '../../pipelines/data/engine';
import { createWorkerEngine } from '../../workers/data-client';
import { openAppStores, type AppStores } from './stores';
import type { SessionEnv } from './notebook-session';

let engine: DataEngine | null = null;
let env: Promise<SessionEnv> | null = null;

export function sharedEngine(): DataEngine {
  engine ??= createWorkerEngine();
  return engine;
}

export function sessionEnv(): Promise<SessionEnv> {
  env ??= openAppStores().then((stores: AppStores) => ({ engine: sharedEngine(), stores }));
  env.catch(() => {
    env = null;
  });
  return env;
}
