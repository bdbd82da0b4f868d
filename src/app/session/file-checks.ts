// First checks on a file the user drops or picks, before anything is stored: what kind of file it
// is (data or notebook) and whether a text format really holds text. Messages name the file.
import type { FileFormat } from '../../pipelines/data/engine';
import { formatFromName } from './file-resolver';

export type DroppedFileKind =
  | { kind: 'data'; format: FileFormat }
  | { kind: 'notebook'; format: 'yaml' | 'json' }
  | { kind: 'bundle' };

export class FileCheckError extends Error {
  override name = 'FileCheckError';
  constructor(
    readonly fileName: string,
    message: string,
  ) {
    super(`"${fileName}": ${message}`);
  }
}

/** Notebooks are .yaml/.yml (or .json with `format: bitacora/1`), bundles .bitacora; data the rest. */
export function classifyFile(name: string, head: Uint8Array): DroppedFileKind {
  const lower = name.toLowerCase();
  if (lower.endsWith('.bitacora')) return { kind: 'bundle' };
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return { kind: 'notebook', format: 'yaml' };
  if (lower.endsWith('.json') && /"format"\s*:\s*"bitacora\/1"/.test(new TextDecoder().decode(head.subarray(0, 4096)))) {
    return { kind: 'notebook', format: 'json' };
  }
  const format = formatFromName(name);
  if (!format) {
    throw new FileCheckError(name, 'unknown file type; Bitácora reads CSV, TSV, Parquet, JSON and Arrow data, and YAML/JSON notebooks or .bitacora bundles');
  }
  return { kind: 'data', format };
}

const TEXT_FORMATS = new Set<FileFormat>(['csv', 'tsv', 'json']);

/** Throws FileCheckError when the bytes cannot be the data the name claims. */
export function checkDataBytes(name: string, format: FileFormat, bytes: Uint8Array): void {
  if (bytes.byteLength === 0) throw new FileCheckError(name, 'the file is empty (0 bytes)');
  if (TEXT_FORMATS.has(format)) {
    const head = bytes.subarray(0, 65536);
    if (head.includes(0)) throw new FileCheckError(name, `this does not look like a ${format.toUpperCase()} text file: it holds binary bytes`);
    if (!head.some((b) => b > 32)) throw new FileCheckError(name, 'the file holds only blank space');
  }
  if (format === 'parquet') {
    const magic = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
    if (bytes.byteLength < 12 || magic(0) !== 'PAR1' || magic(bytes.byteLength - 4) !== 'PAR1') {
      throw new FileCheckError(name, 'this is not a Parquet file (the PAR1 markers are missing)');
    }
  }
}
