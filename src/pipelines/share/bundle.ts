// `.bitacora` bundles: a zip holding the notebook (YAML), a snapshot of every data file it reads
// and a manifest of SHA-256 hashes. Reading verifies everything before returning anything, so a
// bad bundle never reaches the store; the caller stores only what readBundle returned.
import { zipSync } from 'fflate';
import { z } from 'zod';
import { sha256Hex } from '../engine/hash';
import { NotebookError, notebookToYaml, parseNotebook, validateNotebook } from '../notebook/parse';
import type { DataSource, Notebook } from '../notebook/schema';
import { ZipReadError, inflateZipEntries, listZipEntries, unsafePathReason, type ZipEntryInfo } from './zip-entries';

export const BUNDLE_FORMAT = 'bitacora-bundle/1';
const MANIFEST = 'manifest.json';
const NOTEBOOK = 'notebook.yaml';

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits');
export const bundleManifestSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  created: z.iso.datetime(),
  notebook: z.strictObject({ path: z.string().min(1), sha256: sha256Schema }),
  files: z.array(
    z.strictObject({
      path: z.string().min(1),
      sha256: sha256Schema,
      bytes: z.number().int().nonnegative(),
      /** The file's name when imported, as the notebook's data cell names it. */
      name: z.string().min(1),
    }),
  ),
});
export type BundleManifest = z.infer<typeof bundleManifestSchema>;

export interface BundleFile {
  name: string;
  bytes: Uint8Array;
}

export interface BundleLimits {
  /** Sum of declared uncompressed sizes. */
  maxTotalBytes: number;
  /** Declared uncompressed / compressed size, for entries above ratioFloorBytes. */
  maxEntryRatio: number;
  ratioFloorBytes: number;
  maxEntries: number;
  maxManifestBytes: number;
}

export const DEFAULT_BUNDLE_LIMITS: BundleLimits = {
  maxTotalBytes: 2 * 1024 ** 3,
  maxEntryRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxEntries: 10_000,
  maxManifestBytes: 4 * 1024 * 1024,
};

export class BundleError extends Error {
  override name = 'BundleError';
  constructor(
    /** The zip entry (or notebook cell) at fault; null for the archive as a whole. */
    readonly entry: string | null,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`This bundle cannot be imported: ${entry ? `${entry} ` : ''}${detail}. Nothing was imported.`, options);
  }
}

/** Already-compressed formats gain nothing from deflate; store them as they are. */
const STORED_EXTENSIONS = new Set(['.parquet', '.gz', '.zip', '.zst']);

function extensionOf(name: string, source: DataSource): string {
  const m = /\.([A-Za-z0-9]{1,10})$/.exec(name);
  if (m) return `.${m[1].toLowerCase()}`;
  return 'format' in source && source.format ? `.${source.format}` : '.bin';
}

export interface ExportBundleInput {
  notebook: Notebook;
  /** Bytes of the files the notebook reads, by SHA-256. Files it does not read are left out. */
  files: Map<string, BundleFile>;
  created?: Date;
  limits?: Partial<BundleLimits>;
}

/**
 * Builds a `.bitacora` zip. File sources without a sha256 are matched by name and get the hash
 * written into the bundled notebook, so the bundle pins exactly the data it carries.
 */
export async function exportBundle(input: ExportBundleInput): Promise<Uint8Array> {
  const limits = { ...DEFAULT_BUNDLE_LIMITS, ...input.limits };
  const notebook = structuredClone(validateNotebook(input.notebook));
  for (const [sha256, file] of input.files) {
    const actual = await sha256Hex(file.bytes);
    if (actual !== sha256) throw new BundleError(file.name, `does not match the SHA-256 it was given under (expected ${sha256}, got ${actual}); the stored copy may be damaged`);
  }
  const included = new Map<string, { path: string; name: string; bytes: Uint8Array }>();
  for (const cell of notebook.cells) {
    if (cell.kind !== 'data' || !('file' in cell.source)) continue;
    const source = cell.source;
    let sha256 = source.sha256;
    if (!sha256) {
      const byName = [...input.files].filter(([, f]) => f.name === source.file);
      if (byName.length !== 1) {
        throw new BundleError(`cell ${cell.id}`, `reads ${source.file}, but ${byName.length ? 'several files have that name' : 'no bytes were given for it'}`);
      }
      sha256 = source.sha256 = byName[0][0];
    }
    const file = input.files.get(sha256);
    if (!file) throw new BundleError(`cell ${cell.id}`, `reads ${source.file} (sha256 ${sha256}), but no bytes were given for it`);
    if (!included.has(sha256)) included.set(sha256, { path: `data/${sha256}${extensionOf(file.name, source)}`, name: file.name, bytes: file.bytes });
  }

  const yamlBytes = new TextEncoder().encode(notebookToYaml(notebook));
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    created: (input.created ?? new Date()).toISOString(),
    notebook: { path: NOTEBOOK, sha256: await sha256Hex(yamlBytes) },
    files: [...included].map(([sha256, f]) => ({ path: f.path, sha256, bytes: f.bytes.byteLength, name: f.name })),
  };
  const entries: Record<string, [Uint8Array, { level: 0 | 6 }]> = {
    [MANIFEST]: [new TextEncoder().encode(JSON.stringify(manifest, null, 2)), { level: 6 }],
    [NOTEBOOK]: [yamlBytes, { level: 6 }],
  };
  for (const f of included.values()) entries[f.path] = [f.bytes, { level: STORED_EXTENSIONS.has(f.path.slice(f.path.lastIndexOf('.'))) ? 0 : 6 }];
  const mtime = input.created ?? new Date();
  let zip = zipSync(entries, { mtime });
  // A file that deflates past the reader's ratio cap (long runs of one value) is stored instead,
  // so every bundle we write can be read back.
  const tooDense = listZipEntries(zip).filter((e) => ratioExceeded(e, limits));
  if (tooDense.length) {
    for (const e of tooDense) entries[e.name] = [entries[e.name][0], { level: 0 }];
    zip = zipSync(entries, { mtime });
  }
  return zip;
}

function ratioExceeded(e: ZipEntryInfo, limits: BundleLimits): boolean {
  return e.size > limits.ratioFloorBytes && e.size / Math.max(e.compressedSize, 1) > limits.maxEntryRatio;
}

export interface ReadBundleResult {
  manifest: BundleManifest;
  notebook: Notebook;
  /** Data files by SHA-256, every one verified. */
  files: Map<string, BundleFile>;
}

/**
 * Reads and verifies a `.bitacora` bundle: the zip directory (names, sizes, ratios) before
 * inflating anything, then the manifest, then every file's size and SHA-256, then the notebook.
 * Throws BundleError naming the entry at fault; returns only when everything checks out.
 */
export async function readBundle(zip: Uint8Array, options: Partial<BundleLimits> = {}): Promise<ReadBundleResult> {
  const limits = { ...DEFAULT_BUNDLE_LIMITS, ...options };
  try {
    return await verify(zip, limits);
  } catch (e) {
    if (e instanceof ZipReadError) throw new BundleError(e.entry, e.message, { cause: e });
    throw e;
  }
}

async function verify(zip: Uint8Array, limits: BundleLimits): Promise<ReadBundleResult> {
  const entries = checkDirectory(listZipEntries(zip), limits);
  const manifest = readManifest(zip);

  const listed = new Map<string, { sha256: string; bytes: number }>();
  listed.set(MANIFEST, { sha256: '', bytes: entries.get(MANIFEST)!.size });
  const list = (path: string, sha256: string, bytes: number | null, where: string) => {
    const reason = unsafePathReason(path);
    if (reason) throw new BundleError(MANIFEST, `lists ${JSON.stringify(path)} (${where}), which ${reason}`);
    if (listed.has(path)) throw new BundleError(MANIFEST, `lists ${path} twice`);
    listed.set(path, { sha256, bytes: bytes ?? entries.get(path)?.size ?? -1 });
  };
  list(manifest.notebook.path, manifest.notebook.sha256, null, 'notebook.path');
  manifest.files.forEach((f, i) => list(f.path, f.sha256, f.bytes, `files[${i}].path`));
  for (const name of entries.keys()) if (!listed.has(name)) throw new BundleError(name, 'is in the zip but not listed in manifest.json');
  for (const [path, want] of listed) {
    const entry = entries.get(path);
    if (!entry) throw new BundleError(path, 'is listed in manifest.json but missing from the zip');
    if (entry.size !== want.bytes) throw new BundleError(path, `is ${entry.size} bytes in the zip directory, but manifest.json says ${want.bytes}`);
  }

  const contents = inflateZipEntries(zip, (name) => listed.has(name) && name !== MANIFEST);
  for (const [path, want] of listed) {
    if (path === MANIFEST) continue;
    const bytes = contents.get(path);
    if (!bytes) throw new BundleError(path, 'could not be read from the zip');
    if (bytes.byteLength !== want.bytes) throw new BundleError(path, `unpacks to ${bytes.byteLength} bytes, but manifest.json says ${want.bytes}`);
    const actual = await sha256Hex(bytes);
    if (actual !== want.sha256) throw new BundleError(path, `does not match its SHA-256 in manifest.json (expected ${want.sha256}, got ${actual}): it was changed or damaged`);
  }

  const notebookPath = manifest.notebook.path;
  let notebook: Notebook;
  try {
    notebook = parseNotebook(new TextDecoder('utf-8', { fatal: true }).decode(contents.get(notebookPath)!), notebookPath);
  } catch (e) {
    if (e instanceof NotebookError) throw new BundleError(null, `has an invalid notebook: ${e.message}`, { cause: e });
    throw new BundleError(notebookPath, 'is not UTF-8 text', { cause: e });
  }

  const files = new Map<string, BundleFile>();
  for (const f of manifest.files) files.set(f.sha256, { name: f.name, bytes: contents.get(f.path)! });
  for (const cell of notebook.cells) {
    if (cell.kind !== 'data' || !('file' in cell.source)) continue;
    const { file, sha256 } = cell.source;
    const held = sha256 ? files.has(sha256) : manifest.files.some((f) => f.name === file);
    if (!held) throw new BundleError(`${notebookPath}: cell ${cell.id}`, `reads ${file}${sha256 ? ` (sha256 ${sha256})` : ''}, which the bundle does not hold`);
  }
  return { manifest, notebook, files };
}

/** Names, duplicates, methods, sizes and ratios, all from the directory: nothing inflated yet. */
function checkDirectory(list: ZipEntryInfo[], limits: BundleLimits): Map<string, ZipEntryInfo> {
  if (list.length > limits.maxEntries) throw new BundleError(null, `holds ${list.length} entries; the limit is ${limits.maxEntries}`);
  const entries = new Map<string, ZipEntryInfo>();
  let total = 0;
  for (const e of list) {
    const reason = unsafePathReason(e.name);
    if (reason) throw new BundleError(JSON.stringify(e.name), reason);
    if (e.name.endsWith('/')) {
      if (e.size !== 0) throw new BundleError(e.name, 'is a folder entry with contents');
      continue; // Folder entries that some zip tools add carry nothing.
    }
    if (entries.has(e.name)) throw new BundleError(e.name, 'appears twice in the zip');
    if (e.compression !== 0 && e.compression !== 8) throw new BundleError(e.name, `uses compression method ${e.compression}; only stored and deflate are read`);
    if (e.compression === 0 && e.compressedSize !== e.size) throw new BundleError(e.name, 'is stored uncompressed but its two sizes differ');
    if (ratioExceeded(e, limits)) {
      throw new BundleError(e.name, `would unpack ${e.size} bytes from ${e.compressedSize} (over ${limits.maxEntryRatio}:1), which looks like a zip bomb`);
    }
    total += e.size;
    if (total > limits.maxTotalBytes) throw new BundleError(null, `would unpack to more than ${formatBytes(limits.maxTotalBytes)} (reached at ${e.name})`);
    entries.set(e.name, e);
  }
  const manifest = entries.get(MANIFEST);
  if (!manifest) throw new BundleError(null, `has no ${MANIFEST}; it is not a .bitacora bundle`);
  if (manifest.size > limits.maxManifestBytes) throw new BundleError(MANIFEST, `is ${manifest.size} bytes; the limit is ${limits.maxManifestBytes}`);
  return entries;
}

function readManifest(zip: Uint8Array): BundleManifest {
  const bytes = inflateZipEntries(zip, (name) => name === MANIFEST).get(MANIFEST)!;
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    throw new BundleError(MANIFEST, `is not JSON (${(e as Error).message})`, { cause: e });
  }
  const parsed = bundleManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    throw new BundleError(MANIFEST, `${where ? `${where}: ` : ''}${issue.message}`);
  }
  return parsed.data;
}

function formatBytes(n: number): string {
  return n >= 1024 ** 3 ? `${(n / 1024 ** 3).toFixed(1)} GB` : n >= 1024 ** 2 ? `${(n / 1024 ** 2).toFixed(1)} MB` : `${n} bytes`;
}
