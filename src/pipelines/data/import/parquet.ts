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

/** All top-level columns of the file, assembled from the row-group chunks hyparquet decodes. */
export async function readParquet(fileName: string, bytes: Uint8Array): Promise<JsColumn[]> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const metadata = metadataOf(fileName, buffer);
  const rows = Number(metadata.num_rows);
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
  const columns = new Map<string, unknown[]>(fields.map((f) => [f.name, new Array<unknown>(rows).fill(null)]));
  try {
    await parquetRead({
      file: buffer,
      metadata,
      compressors,
      onChunk: ({ columnName, columnData, rowStart, rowEnd }) => {
        const target = columns.get(columnName);
        if (!target) return;
        for (let r = rowStart; r < rowEnd && r < rows; r++) target[r] = columnData[r - rowStart];
      },
    });
  } catch (err) {
    throw new DataImportError(`${fileName}: the Parquet data cannot be read: ${(err as Error).message}`);
  }
  return fields.map((f) => ({ name: f.name, values: columns.get(f.name)!, hint: f.num_children ? 'string' : hintFor(f) }));
}
