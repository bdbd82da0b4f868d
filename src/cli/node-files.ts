// Node's FileResolver: bundled datasets from the package's public/datasets, files from --data-dir.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findDataset } from '../pipelines/data/datasets';
import { sha256Hex } from '../pipelines/engine/hash';
import { CellError, type FileResolver, type ResolvedFile } from '../pipelines/engine/types';
import type { DataSource } from '../pipelines/notebook/schema';

export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DATASET_DIR = path.join(PACKAGE_ROOT, 'public', 'datasets');

export async function readResolved(filePath: string, fileName: string, cellId: string, key: string): Promise<ResolvedFile> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(filePath));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new CellError(cellId, `${key}: cannot read "${filePath}": ${why}`, key);
  }
  return { fileName, bytes, sha256: await sha256Hex(bytes) };
}

export class NodeFileResolver implements FileResolver {
  constructor(private readonly dataDir: string) {}

  async resolve(source: DataSource, cellId: string): Promise<ResolvedFile> {
    if ('dataset' in source) {
      const ds = findDataset(source.dataset);
      if (!ds) throw new CellError(cellId, `source.dataset: unknown bundled dataset "${source.dataset}"`, 'source.dataset');
      return { ...(await readResolved(path.join(DATASET_DIR, ds.file), ds.file, cellId, 'source.dataset')), format: ds.format };
    }
    const file = await readResolved(path.resolve(this.dataDir, source.file), path.basename(source.file), cellId, 'source.file');
    return { ...file, format: source.format };
  }
}
