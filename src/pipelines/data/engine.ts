// The DataEngine interface: everything the core asks of a SQL engine. One implementation runs
// DuckDB-WASM in a browser worker, another the duckdb-wasm Node bundle for the CLI and tests.

export const fileFormats = ['csv', 'tsv', 'parquet', 'json', 'arrow'] as const;
export type FileFormat = (typeof fileFormats)[number];

export interface ColumnInfo {
  name: string;
  /** DuckDB type name, e.g. BIGINT, DOUBLE, VARCHAR, TIMESTAMP, DATE, BOOLEAN. */
  type: string;
}

export interface TableInfo {
  name: string;
  rows: number;
  columns: ColumnInfo[];
}

export interface FileInput {
  /** Original file name; used for format detection and in error messages. */
  fileName: string;
  bytes: Uint8Array;
  format?: FileFormat;
}

export interface EngineMemory {
  usedBytes: number;
  /** Upper bound of the engine's heap (the wasm32 limit is about 3 GB). */
  limitBytes: number;
}

export interface DataEngine {
  /** Loads a file as table `name`, replacing any table of that name. Throws DataImportError. */
  importFile(name: string, file: FileInput): Promise<TableInfo>;
  /** `CREATE OR REPLACE TABLE name AS <sql>`. Throws SqlError with DuckDB's message. */
  createTableAs(name: string, sql: string): Promise<TableInfo>;
  /** Names of the tables a query reads, from DuckDB's own parser (lower-cased, unique, sorted). */
  tableRefs(sql: string): Promise<string[]>;
  /** Runs a read-only query; the result as Arrow IPC stream bytes. */
  queryArrow(sql: string): Promise<Uint8Array>;
  /** Rows [offset, offset + limit) of a table, in stored order, as Arrow IPC stream bytes. */
  readWindow(name: string, offset: number, limit: number): Promise<Uint8Array>;
  /** The whole table as Arrow IPC stream bytes (cache snapshots, bundles). */
  exportArrow(name: string): Promise<Uint8Array>;
  /** Loads Arrow IPC stream bytes as table `name` (replacing it). */
  importArrow(name: string, ipc: Uint8Array): Promise<TableInfo>;
  /** Schema and row count, or null when there is no such table. */
  describe(name: string): Promise<TableInfo | null>;
  dropTable(name: string): Promise<void>;
  memory(): Promise<EngineMemory>;
  /** e.g. "duckdb-wasm 1.32.0 (DuckDB v1.4.x)"; part of every cache key. */
  version(): Promise<string>;
  close(): Promise<void>;
}

export class DataImportError extends Error {
  override name = 'DataImportError';
}

export class SqlError extends Error {
  override name = 'SqlError';
}
