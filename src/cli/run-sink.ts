// The CLI's run records: one JSON file per train/tune/evaluate execution in <cache-dir>/runs/.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { RunSink } from '../pipelines/engine/types';
import { writeFileAtomic } from '../pipelines/store/files';

export function createFolderRunSink(dir: string): RunSink {
  const runs = path.join(dir, 'runs');
  return {
    async put(record) {
      await mkdir(runs, { recursive: true });
      await writeFileAtomic(path.join(runs, `${record.started_at.replace(/[:.]/g, '-')}_${record.cell.id}_${record.id}.json`), JSON.stringify(record, null, 1));
    },
  };
}
