// Which reader a file needs: the declared format, else the file extension, else the first bytes.
import type { FileFormat, FileInput } from '../engine';

const byExtension: Record<string, FileFormat> = {
  csv: 'csv',
  tsv: 'tsv',
  tab: 'tsv',
  parquet: 'parquet',
  pq: 'parquet',
  json: 'json',
  jsonl: 'json',
  ndjson: 'json',
  arrow: 'arrow',
  arrows: 'arrow',
  feather: 'arrow',
  ipc: 'arrow',
};

function startsWith(bytes: Uint8Array, text: string): boolean {
  if (bytes.length < text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[i] !== text.charCodeAt(i)) return false;
  return true;
}

/** Arrow IPC stream bytes begin with a continuation marker (0xFFFFFFFF) and a schema message. */
export function isArrowStream(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && bytes[0] === 0xff && bytes[1] === 0xff && bytes[2] === 0xff && bytes[3] === 0xff;
}

export function sniffFormat(bytes: Uint8Array): FileFormat {
  if (startsWith(bytes, 'PAR1')) return 'parquet';
  if (startsWith(bytes, 'ARROW1') || isArrowStream(bytes)) return 'arrow';
  let i = 0;
  if (startsWith(bytes, '\u00ef\u00bb\u00bf')) i = 3;
  while (i < bytes.length && (bytes[i] === 32 || bytes[i] === 9 || bytes[i] === 10 || bytes[i] === 13)) i++;
  if (bytes[i] === 0x5b || bytes[i] === 0x7b) return 'json';
  return 'csv';
}

export function detectFormat(file: FileInput): FileFormat {
  if (file.format) return file.format;
  const dot = file.fileName.lastIndexOf('.');
  const ext = dot >= 0 ? file.fileName.slice(dot + 1).toLowerCase() : '';
  return byExtension[ext] ?? sniffFormat(file.bytes);
}
