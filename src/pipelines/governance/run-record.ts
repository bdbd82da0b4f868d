// A run record: everything needed to compare and re-execute one train/tune/evaluate execution.
// Versioned (`schema`), validated with zod when read back, stored in IndexedDB or the CLI's folder.
import { z } from 'zod';

export const RUN_RECORD_SCHEMA = 'bitacora-run/1';

export const runRecordSchema = z.object({
  schema: z.literal(RUN_RECORD_SCHEMA),
  id: z.string(),
  notebook: z.object({ title: z.string(), hash: z.string() }),
  cell: z.object({ id: z.string(), kind: z.enum(['train', 'tune', 'evaluate', 'cluster']), key: z.string(), spec: z.record(z.string(), z.unknown()) }),
  /** Keys of the input cells and the content hashes of the files they read. */
  inputs: z.array(z.object({ cell: z.string(), key: z.string() })),
  data_hashes: z.array(z.string()),
  seed: z.number().nullable(),
  params: z.record(z.string(), z.unknown()),
  metrics: z.record(z.string(), z.unknown()),
  /** Per-iteration series, e.g. train_loss, valid_loss. */
  series: z.record(z.string(), z.array(z.number())),
  backend: z.string(),
  versions: z.record(z.string(), z.string()),
  user_agent: z.string(),
  started_at: z.string(),
  duration_ms: z.number(),
  status: z.enum(['ok', 'error', 'cancelled']),
  error: z.string().nullable(),
  /** The serialized model with its fitted preprocessing, when the run made one. */
  model: z.unknown().optional(),
  model_hash: z.string().optional(),
});

export type RunRecord = z.infer<typeof runRecordSchema>;

export function newRunId(): string {
  return globalThis.crypto.randomUUID();
}
