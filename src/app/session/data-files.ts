// Taking data files into a notebook: check the bytes, read them once into a table (so a bad file is
// refused before anything is stored), keep them by SHA-256; and which data cells' files are missing.
import type { DataEngine, FileFormat } from '../../pipelines/data/engine';
import { sha256Hex } from '../../pipelines/engine/hash';
import type { Notebook } from '../../pipelines/notebook/schema';
import type { BlobStore } from '../../pipelines/store/store';
import { checkDataBytes, FileCheckError } from './file-checks';
import { formatFromName } from './file-resolver';

/** Checks a new file, imports it as `table`, then stores its bytes. Throws FileCheckError, storing nothing. */
export async function acceptDataFile(engine: DataEngine, blobs: BlobStore, file: File, table: string): Promise<{ sha256: string; format: FileFormat }> {
  const format = formatFromName(file.name);
  if (!format) throw new FileCheckError(file.name, 'unknown file type; use CSV, TSV, Parquet, JSON or Arrow');
  const bytes = new Uint8Array(await file.arrayBuffer());
  checkDataBytes(file.name, format, bytes);
  const sha256 = await sha256Hex(bytes);
  try {
    await engine.importFile(table, { fileName: file.name, bytes: bytes.slice(), format });
  } catch (e) {
    throw new FileCheckError(file.name, `could not be read as ${format.toUpperCase()}: ${(e as Error).message}`);
  }
  await blobs.put(bytes, sha256);
  return { sha256, format };
}

/**
 * Checks a file supplied for a data cell that asked for it, against the SHA-256 the notebook recorded,
 * then stores it. Returns its SHA-256.
 */
export async function storeSuppliedFile(blobs: BlobStore, file: File, source: { format?: FileFormat; sha256?: string }): Promise<string> {
  const format = source.format ?? formatFromName(file.name) ?? 'csv';
  const bytes = new Uint8Array(await file.arrayBuffer());
  checkDataBytes(file.name, format, bytes);
  const sha256 = await sha256Hex(bytes);
  const recorded = source.sha256;
  if (recorded && recorded !== sha256) {
    throw new FileCheckError(file.name, `does not match the file this notebook recorded (SHA-256 ${recorded.slice(0, 12)}…, this file ${sha256.slice(0, 12)}…). Choose the original file.`);
  }
  await blobs.put(bytes, sha256);
  return sha256;
}

/** Data cells whose file is not in this browser's storage (or has no recorded SHA-256). */
export async function missingDataFiles(notebook: Notebook, blobs: BlobStore): Promise<Set<string>> {
  const missing = new Set<string>();
  for (const cell of notebook.cells) {
    if (cell.kind !== 'data' || !('file' in cell.source)) continue;
    const sha = cell.source.sha256;
    const has = sha ? await blobs.has(sha).catch(() => false) : false;
    if (!has) missing.add(cell.id);
  }
  return missing;
}
