// Runs a notebook in this (Node) test process exactly as `bitacora run` does, for comparing with the browser.
import { createNodeEngine } from '../../src/pipelines/data/node-engine';
import { Executor } from '../../src/pipelines/engine/executor';
import { createLocalMl } from '../../src/pipelines/ml/cells/local-ml';
import { registerMlRunners } from '../../src/pipelines/ml/cells/runners';
import type { Notebook } from '../../src/pipelines/notebook/schema';
import { NodeFileResolver } from '../../src/cli/node-files';

/** model_hash of every train cell, by cell id. */
export async function headlessModelHashes(nb: Notebook): Promise<Record<string, string>> {
  registerMlRunners();
  const engine = await createNodeEngine();
  try {
    const ex = new Executor({ engine, files: new NodeFileResolver(process.cwd()), ml: createLocalMl() });
    await ex.run(nb, 'all');
    const out: Record<string, string> = {};
    for (const c of nb.cells) {
      const o = ex.state(c.id).output;
      if (c.kind === 'train' && o?.kind === 'json') out[c.id] = String(o.value.model_hash);
    }
    return out;
  } finally {
    await engine.close();
  }
}
