// The Node store: blobs and cached results as plain files in a folder (by default `.bitacora/`
// beside the notebook), each written to a temporary file and renamed, so no file is half written.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { sha256Hex } from '../engine/hash';
import { measureResult, monotonicClock, pickEvictions, type CachedResultInfo } from './result-budget';
import {
  BlobIntegrityError,
  DEFAULT_RESULT_LIMITS,
  isSha256Hex,
  type BlobStore,
  type ResultEntry,
  type ResultStore,
  type ResultStoreLimits,
  type StorageUsage,
} from './store';

/** `.bitacora/` in the notebook's folder. */
export function defaultStoreDir(notebookPath: string): string {
  return join(dirname(resolve(notebookPath)), '.bitacora');
}

export class DiskFullError extends Error {
  override name = 'DiskFullError';
  constructor(path: string, options?: { cause?: unknown }) {
    super(`The disk is full: could not write ${path}, and nothing was changed. Free some space, or delete cached results in ${dirname(path)}.`, options);
  }
}

function isMissing(e: unknown): boolean {
  return (e as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

/** Writes to a temporary file in the same folder, then renames it over `path` (atomic on one filesystem). */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC' || code === 'EDQUOT') throw new DiskFullError(path, { cause: e });
    throw e;
  }
}

async function sizeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).size;
  } catch (e) {
    if (isMissing(e)) return null;
    throw e;
  }
}

/** Blobs as `<dir>/blobs/<sha256>`. Reads verify the hash, since files on disk can be edited. */
export class FileBlobStore implements BlobStore {
  private readonly folder: string;
  constructor(dir: string) {
    this.folder = join(dir, 'blobs');
  }

  private pathOf(sha256: string): string {
    return join(this.folder, sha256);
  }

  async put(bytes: Uint8Array, expectedSha256?: string): Promise<string> {
    const sha256 = await sha256Hex(bytes);
    if (expectedSha256 !== undefined && expectedSha256 !== sha256) throw new BlobIntegrityError(expectedSha256, sha256);
    const path = this.pathOf(sha256);
    if ((await sizeOf(path)) === bytes.byteLength) return sha256;
    await writeFileAtomic(path, bytes);
    return sha256;
  }

  async get(sha256: string): Promise<Uint8Array | null> {
    if (!isSha256Hex(sha256)) return null;
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(this.pathOf(sha256)));
    } catch (e) {
      if (isMissing(e)) return null;
      throw e;
    }
    const actual = await sha256Hex(bytes);
    if (actual !== sha256) throw new BlobIntegrityError(sha256, actual, `The stored file ${this.pathOf(sha256)}`);
    return bytes;
  }

  async has(sha256: string): Promise<boolean> {
    return isSha256Hex(sha256) && (await sizeOf(this.pathOf(sha256))) !== null;
  }

  async delete(sha256: string): Promise<void> {
    if (isSha256Hex(sha256)) await rm(this.pathOf(sha256), { force: true });
  }

  async usage(): Promise<StorageUsage> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch (e) {
      if (isMissing(e)) return { bytes: 0 };
      throw e;
    }
    let bytes = 0;
    for (const name of names) if (isSha256Hex(name)) bytes += (await sizeOf(join(this.folder, name))) ?? 0;
    return { bytes };
  }
}

const SAFE_KEY = /^[A-Za-z0-9_-]{1,128}$/;
const RESULT_FORMAT = 'bitacora-result/1';

interface ResultFile {
  format: typeof RESULT_FORMAT;
  key: string;
  output: unknown;
  table: { bytes: number; sha256: string } | null;
}

export interface FileResultStoreOptions {
  limits?: Partial<ResultStoreLimits>;
  /** Milliseconds; larger is more recent. Stored as the .json file's modification time. */
  clock?: () => number;
}

/**
 * Results as `<dir>/results/<key>.json` (+ `<key>.arrow`). The table is written first and the
 * JSON, which records the table's size and hash, last: an entry exists once its JSON does, and a
 * table that does not match its JSON is treated as a cache miss. Recency is the JSON's mtime.
 */
export class FileResultStore implements ResultStore {
  private readonly folder: string;
  private readonly limits: ResultStoreLimits;
  private readonly clock: () => number;
  constructor(dir: string, options: FileResultStoreOptions = {}) {
    this.folder = join(dir, 'results');
    this.limits = { ...DEFAULT_RESULT_LIMITS, ...options.limits };
    this.clock = options.clock ?? monotonicClock();
  }

  private paths(key: string): { json: string; arrow: string } {
    if (!SAFE_KEY.test(key)) throw new Error(`Cache key "${key}" cannot be a file name: use letters, digits, - and _ (at most 128).`);
    return { json: join(this.folder, `${key}.json`), arrow: join(this.folder, `${key}.arrow`) };
  }

  async get(key: string): Promise<ResultEntry | null> {
    const { json, arrow } = this.paths(key);
    let file: ResultFile;
    try {
      file = JSON.parse(await readFile(json, 'utf8')) as ResultFile;
    } catch (e) {
      if (isMissing(e) || e instanceof SyntaxError) return null;
      throw e;
    }
    if (file?.format !== RESULT_FORMAT || file.key !== key) return null;
    const entry: ResultEntry = { output: file.output };
    if (file.table) {
      let table: Uint8Array;
      try {
        table = new Uint8Array(await readFile(arrow));
      } catch (e) {
        if (isMissing(e)) return null;
        throw e;
      }
      if (table.byteLength !== file.table.bytes || (await sha256Hex(table)) !== file.table.sha256) return null;
      entry.table = table;
    }
    const used = new Date(this.clock());
    await utimes(json, used, used).catch(() => undefined);
    return entry;
  }

  async put(key: string, entry: ResultEntry): Promise<boolean> {
    const { json, arrow } = this.paths(key);
    const { bytes } = measureResult(entry);
    if (bytes > this.limits.maxEntryBytes) return false;
    const file: ResultFile = {
      format: RESULT_FORMAT,
      key,
      output: entry.output === undefined ? null : entry.output,
      table: entry.table ? { bytes: entry.table.byteLength, sha256: await sha256Hex(entry.table) } : null,
    };
    if (entry.table) await writeFileAtomic(arrow, entry.table);
    await writeFileAtomic(json, JSON.stringify(file));
    if (!entry.table) await rm(arrow, { force: true });
    const used = new Date(this.clock());
    await utimes(json, used, used);
    await this.evict(key);
    return true;
  }

  async delete(key: string): Promise<void> {
    const { json, arrow } = this.paths(key);
    await rm(json, { force: true });
    await rm(arrow, { force: true });
  }

  async clear(): Promise<void> {
    await rm(this.folder, { recursive: true, force: true });
  }

  private async evict(keep: string): Promise<void> {
    const infos: CachedResultInfo[] = [];
    for (const name of await readdir(this.folder)) {
      if (!name.endsWith('.json')) continue;
      const key = name.slice(0, -'.json'.length);
      if (!SAFE_KEY.test(key)) continue;
      const { json, arrow } = this.paths(key);
      let info;
      try {
        info = await stat(json);
      } catch (e) {
        if (isMissing(e)) continue; // removed meanwhile by another process
        throw e;
      }
      infos.push({ key, bytes: info.size + ((await sizeOf(arrow)) ?? 0), lastUsed: info.mtimeMs });
    }
    for (const victim of pickEvictions(infos, this.limits.maxTotalBytes, keep)) await this.delete(victim);
  }
}
