// Extra keys a cell adds to its `run --json` entry (train cells: metrics and model hash).
import type { CellOutput } from '../pipelines/engine/types';

export function cellReportExtras(output: CellOutput | null): Record<string, unknown> {
  if (!output || output.kind !== 'json' || output.value.kind !== 'train') return {};
  const v = output.value;
  const extras: Record<string, unknown> = {};
  if (v.metrics) extras.metrics = v.metrics;
  if (typeof v.model_hash === 'string') extras.model_hash = v.model_hash;
  return extras;
}
