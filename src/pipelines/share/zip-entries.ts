// Reading a zip's directory without inflating anything, judging entry names, and inflating
// chosen entries while knowing which one failed: the safe-unzip steps that bundles build on.
import { unzipSync } from 'fflate';

export interface ZipEntryInfo {
  name: string;
  /** Compressed size, from the central directory. */
  compressedSize: number;
  /** Declared uncompressed size, from the central directory (a bomb may lie; inflation is bounded by it). */
  size: number;
  /** 0 stored, 8 deflate. */
  compression: number;
}

export class ZipReadError extends Error {
  override name = 'ZipReadError';
  constructor(
    readonly entry: string | null,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The central directory's entries, in order; nothing is inflated. */
export function listZipEntries(zip: Uint8Array): ZipEntryInfo[] {
  const entries: ZipEntryInfo[] = [];
  try {
    unzipSync(zip, {
      filter: (f) => {
        entries.push({ name: f.name, compressedSize: f.size, size: f.originalSize, compression: f.compression });
        return false;
      },
    });
  } catch (e) {
    throw new ZipReadError(null, `it is not a zip archive, or its directory is damaged (${(e as Error).message})`, { cause: e });
  }
  return entries;
}

/**
 * Inflates the entries `wanted` accepts. Each output is at most its declared size (fflate inflates
 * into a buffer of exactly that size), so memory is bounded by the sizes already checked.
 */
export function inflateZipEntries(zip: Uint8Array, wanted: (name: string) => boolean): Map<string, Uint8Array> {
  let current: string | null = null;
  try {
    const files = unzipSync(zip, {
      filter: (f) => {
        const take = wanted(f.name);
        if (take) current = f.name;
        return take;
      },
    });
    return new Map(Object.entries(files));
  } catch (e) {
    throw new ZipReadError(current, `its compressed data is damaged (${(e as Error).message})`, { cause: e });
  }
}

/** Why an entry name is unsafe to use as a path, or null when it is a plain relative path. */
export function unsafePathReason(name: string): string | null {
  if (!name) return 'has an empty name';
  if (name.length > 512) return 'has a name longer than 512 characters';
  if (name.includes('\\')) return 'uses a backslash in its path';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'is an absolute path';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'has control characters in its name';
  const segments = (name.endsWith('/') ? name.slice(0, -1) : name).split('/');
  if (segments.some((s) => s === '..')) return "climbs out of the bundle with '..'";
  if (segments.some((s) => s === '' || s === '.')) return 'has an empty or "." path segment';
  return null;
}
