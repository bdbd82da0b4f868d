// The CLI's results cache: cell results by key in a folder (default .bitacora/ beside the notebook).
import { resultCacheFrom } from '../pipelines/engine/result-cache';
import type { ResultCache } from '../pipelines/engine/types';
import { FileResultStore } from '../pipelines/store/files';

export function createFolderCache(dir: string): ResultCache {
  return resultCacheFrom(new FileResultStore(dir));
}
