// The page-wide pieces every session shares: the DuckDB worker engine and the IndexedDB stores,
// created once on first use.
import type { DataEngine } from '../../pipelines/data/engine';
import { createWorkerEngine } from '../../workers/data-client';
import { createBrowserMl } from '../../workers/ml-runner';
import { registerMlRunners } from '../../pipelines/ml/cells/runners';
import type { MlRunner } from '../../pipelines/engine/types';
import { openAppStores, type AppStores } from './stores';
import type { SessionEnv } from './notebook-session';

let engine: DataEngine | null = null;
let ml: MlRunner | null = null;
let env: Promise<SessionEnv> | null = null;

export function sharedEngine(): DataEngine {
  engine ??= createWorkerEngine();
  return engine;
}

/** The ML worker pool: created now, started on the first modelling cell (tfjs never slows the first paint). */
export function sharedMl(): MlRunner {
  if (!ml) {
    registerMlRunners();
    ml = createBrowserMl();
  }
  return ml;
}

export function sessionEnv(): Promise<SessionEnv> {
  env ??= openAppStores().then((stores: AppStores) => ({ engine: sharedEngine(), stores }));
  env.catch(() => {
    env = null;
  });
  return env;
}
