// The second phase of importing a bundle: storing what readBundle already verified. Data goes
// first (content-addressed, so it can only add), the notebook last as a new record, so a failure
// part way leaves every existing notebook exactly as it was.
import { ConflictError, type BlobStore, type NotebookStore } from '../store/store';
import type { ReadBundleResult } from './bundle';

export interface ImportTarget {
  notebooks: NotebookStore;
  blobs: BlobStore;
}

/**
 * Stores a verified bundle under a new notebook id and returns its revision (1). Throws
 * ConflictError when `id` is taken (pick another id, e.g. "<id>_copy"), before storing anything.
 */
export async function storeVerifiedBundle(bundle: ReadBundleResult, target: ImportTarget, id: string): Promise<number> {
  const existing = await target.notebooks.get(id);
  if (existing) throw new ConflictError(id, null, existing.revision);
  for (const [sha256, file] of bundle.files) await target.blobs.put(file.bytes, sha256);
  return target.notebooks.save(id, bundle.notebook, null);
}
