// Reads Parquet in JS with hyparquet (+ its ZSTD/Snappy/... decompressors), because duckdb-wasm 1.32
// ships without the parquet extension and would try to download it.
import { parquetMetadata, parquetRead, type FileMetaData, type SchemaElement } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { DataImportError } from '../engine';
import type { ColumnHint, JsColumn } from './columns';

function hintFor(el: SchemaElement): ColumnHint | undefined {
  const logical = el.logical_type?.type;
  if (logical === 'TIMESTAMP' || el.converted_type === 'TIMESTAMP_MILLIS' || el.converted_type === 'TIMESTAMP_MICROS') {
    return 'timestamp';
  }
  if (logical === 'DATE' || el.converted_type === 'DATE') return 'date';
  if (logical === 'STRING' || el.converted_type === 'UTF8') return 'string';
  if (logical === 'DECIMAL' || el.converted_type === 'DECIMAL') return 'float';
  switch (el.type) {
    case 'BOOLEAN':
      return 'bool';
    case 'INT32':
    case 'INT64':
      return 'int';
    case 'FLOAT':
    case 'DOUBLE':
      return 'float';
    default:
      return undefined;
  }
}

function metadataOf(fileName: string, buffer: ArrayBuffer): FileMetaData {
  const bytes = new Uint8Array(buffer);
  const magic = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (bytes.length < 12 || magic(0) !== 'PAR1') {
    throw new DataImportError(`${fileName}: not a Parquet file (it does not start with the PAR1 marker).`);
  }
  if (magic(bytes.length - 4) !== 'PAR1') {
    throw new DataImportError(
      `${fileName}: the Parquet file is truncated (its footer is missing); download or export it again.`,
    );
  }
  try {
    return parquetMetadata(buffer);
  } catch (err) {
    throw new DataImportError(`${fileName}: the Parquet footer cannot be read: ${(err as Error).message}`);
  }
}

/** One column from its row-group chunks (in row order; rows no chunk covers stay null). */
function assemble(chunks: { rowStart: number; data: ArrayLike<unknown> }[], rows: number): unknown[] {
  chunks.sort((a, b) => a.rowStart - b.rowStart);
  const covered = chunks.every((c, i) => c.rowStart === (i === 0 ? 0 : chunks[i - 1].rowStart + chunks[i - 1].data.length));
  const total = chunks.reduce((n, c) => n + c.data.length, 0);
  if (covered && total === rows) {
    const parts = chunks.map((c) => (Array.isArray(c.data) ? (c.data as unknown[]) : Array.from(c.data)));
    return parts.length === 1 ? parts[0] : ([] as unknown[]).concat(...parts);
  }
  const out = new Array<unknown>(rows).fill(null);
  for (const c of chunks) for (let r = 0; r < c.data.length && c.rowStart + r < rows; r++) out[c.rowStart + r] = c.data[r];
  return out;
}

/** All top-level columns of the file, assembled from the row-group chunks hyparquet decodes. */
export async function readParquet(fileName: string, bytes: Uint8Array, options: { rowEnd?: number } = {}): Promise<JsColumn[]> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const metadata = metadataOf(fileName, buffer);
  const rows = Math.min(Number(metadata.num_rows), options.rowEnd ?? Infinity);
  // Top-level fields: the root's children, skipping nested sub-elements.
  const fields: SchemaElement[] = [];
  const schema = metadata.schema;
  let i = 1;
  const skip = (at: number): number => {
    let next = at + 1;
    for (let c = 0; c < (schema[at].num_children ?? 0); c++) next = skip(next);
    return next;
  };
  while (i < schema.length) {
    fields.push(schema[i]);
    i = skip(i);
  }
  const chunks = new Map<string, { rowStart: number; data: ArrayLike<unknown> }[]>(fields.map((f) => [f.name, []]));
  try {
    await parquetRead({
      file: buffer,
      metadata,
      compressors,
      rowEnd: rows,
      onChunk: ({ columnName, columnData, rowStart }) => {
        chunks.get(columnName)?.push({ rowStart, data: columnData as ArrayLike<unknown> });
      },
    });
  } catch (err) {
    throw new DataImportError(`${fileName}: the Parquet data cannot be read: ${(err as Error).message}`);
  }
  return fields.map((f) => ({
    name: f.name,
    values: assemble(chunks.get(f.name)!, rows),
    hint: f.num_children ? 'string' : hintFor(f),
  }));
}
