// The ML jobs a notebook needs, registered by name: the ML worker and the in-process runner (Node)
// dispatch to the same functions, so browser and CLI compute the same thing.
import { registerMlJob } from '../backend/registry';
import { clusterJob, type ClusterPayload } from './cluster-job';
import { cvJob, type CvPayload } from './cv-job';
import { evaluateJob, type EvaluatePayload } from './evaluate-job';
import { explainJob, type ExplainPayload } from './explain-job';
import { splitJob, type SplitPayload } from './split-job';
import { trainJob, type TrainPayload } from './train-job';
import { transformJob, type TransformPayload } from './transform-job';

let registered = false;

export function registerNotebookJobs(): void {
  if (registered) return;
  registered = true;
  registerMlJob('transform', (p) => transformJob(p as TransformPayload));
  registerMlJob('split', (p) => splitJob(p as SplitPayload));
  registerMlJob('train', (p, ctx) => trainJob(p as TrainPayload, ctx.onProgress, ctx.signal));
  registerMlJob('cv', (p, ctx) => cvJob(p as CvPayload, ctx.onProgress, ctx.signal));
  registerMlJob('evaluate', (p) => evaluateJob(p as EvaluatePayload));
  registerMlJob('explain', (p, ctx) => explainJob(p as ExplainPayload, ctx.onProgress));
  registerMlJob('cluster', (p, ctx) => clusterJob(p as ClusterPayload, ctx.onProgress, ctx.signal));
}
