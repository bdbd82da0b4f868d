// DataEngine over duckdb-wasm's blocking bindings: the same class serves Node (CLI, tests) and the
// browser data worker. Extensions are never fetched and SQL cannot reach files or the network.
import { Table, tableFromIPC, tableToIPC } from 'apache-arrow';
import { ipcToRowObjects } from './arrow';
import {
  DataImportError,
  SqlError,
  type DataEngine,
  type EngineMemory,
  type FileFormat,
  type FileInput,
  type TableInfo,
} from './engine';
import { columnsToIpc, type JsColumn } from './import/columns';
import { csvErrorMessage, guessDelimiter, headerFields, isSnifferFailure, readCsvSql, strictReadCsvSql } from './import/csv';
import { detectFormat, isArrowStream } from './import/detect';
import { readJson } from './import/json';
import { readParquet } from './import/parquet';
import { MAX_LINE_BYTES, checkLineLength, decodeUtf8, looksBinary } from './import/text';
import { quoteIdent, quoteString } from './sql-text';
import { withoutColumnJoins, type ScriptTokens } from './table-refs';

/** The part of duckdb-wasm's blocking connection we use (the Node and browser bundles both fit). */
export interface BlockingConnection {
  useUnsafe<R>(callback: (bindings: { runQuery(conn: number, text: string): Uint8Array }, conn: number) => R): R;
  getTableNames(query: string): string[];
  insertArrowFromIPCStream(buffer: Uint8Array, options: { name: string; create?: boolean }): void;
  close(): void;
}

/** The part of duckdb-wasm's blocking database we use; already instantiated and opened. */
export interface BlockingDuckDB {
  connect(): BlockingConnection;
  registerFileBuffer(name: string, buffer: Uint8Array): void;
  dropFile(name: string): void;
  getVersion(): string;
  tokenize(text: string): ScriptTokens;
}

export interface DuckDbEngineOptions {
  /** The duckdb-wasm package version, for version(). */
  packageVersion: string;
  /** Longest line a CSV/TSV may have (default 100 MB). */
  maxLineBytes?: number;
}

/** Registered import buffers live here; it is the only place SQL may read files from. */
const IMPORT_DIR = '/bitacora-import/';
/** The wasm32 heap tops out near 3 GiB; past that DuckDB-WASM crashes rather than spilling. */
const HEAP_LIMIT_BYTES = 3 * 1024 ** 3;

/** DuckDB's errors arrive as plain text or, from the parser helpers, as JSON. */
function duckMessage(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  if (text.startsWith('{')) {
    try {
      const parsed = JSON.parse(text) as { exception_type?: string; exception_message?: string };
      if (parsed.exception_message) return `${parsed.exception_type ?? 'SQL'} Error: ${parsed.exception_message}`;
    } catch {
      // not JSON after all
    }
  }
  return text;
}

function stripTrailingSemicolons(sql: string): string {
  return sql.replace(/[\s;]+$/, '');
}

export class DuckDbEngine implements DataEngine {
  private conn: BlockingConnection | null;
  private importCounter = 0;
  private readonly maxLineBytes: number;

  constructor(
    private readonly db: BlockingDuckDB,
    private readonly options: DuckDbEngineOptions,
  ) {
    this.maxLineBytes = options.maxLineBytes ?? MAX_LINE_BYTES;
    this.conn = db.connect();
    // Order matters: the allow-list must be set before external access goes off, and the lock last.
    this.exec(
      [
        'SET autoinstall_known_extensions = false',
        'SET autoload_known_extensions = false',
        `SET allowed_directories = [${quoteString(IMPORT_DIR)}]`,
        'SET enable_external_access = false',
        'SET lock_configuration = true',
      ].join('; '),
    );
  }

  private connection(): BlockingConnection {
    if (!this.conn) throw new SqlError('The data engine is closed.');
    return this.conn;
  }

  /** Runs SQL; the result as Arrow IPC *file* bytes (what duckdb-wasm's runQuery produces). */
  private exec(sql: string): Uint8Array {
    try {
      return this.connection().useUnsafe((bindings, id) => bindings.runQuery(id, sql));
    } catch (err) {
      if (err instanceof SqlError) throw err;
      throw new SqlError(duckMessage(err));
    }
  }

  private rows(sql: string): Record<string, unknown>[] {
    return ipcToRowObjects(this.exec(sql));
  }

  private toStream(fileBytes: Uint8Array): Uint8Array {
    return tableToIPC(tableFromIPC(fileBytes), 'stream');
  }

  private tempName(): string {
    this.importCounter += 1;
    return `__bitacora_import_${this.importCounter}`;
  }

  /** Replaces `name` with the freshly built `temp` in one transaction; `temp` is dropped on failure. */
  private swapIn(temp: string, name: string): void {
    const t = quoteIdent(temp);
    const n = quoteIdent(name);
    try {
      this.exec(`BEGIN TRANSACTION; DROP TABLE IF EXISTS ${n}; ALTER TABLE ${t} RENAME TO ${n}; COMMIT`);
    } catch (err) {
      try {
        this.exec('ROLLBACK');
      } catch {
        // no open transaction
      }
      this.exec(`DROP TABLE IF EXISTS ${t}`);
      throw err;
    }
  }

  private dropQuietly(name: string): void {
    try {
      this.exec(`DROP TABLE IF EXISTS ${quoteIdent(name)}`);
    } catch {
      // best effort: the table may never have been created
    }
  }

  private insertIpcStream(temp: string, stream: Uint8Array): void {
    try {
      this.connection().insertArrowFromIPCStream(stream, { name: temp, create: true });
    } catch (err) {
      throw new SqlError(duckMessage(err));
    }
  }

  private importCsv(temp: string, file: FileInput, tab: boolean): void {
    const { fileName, bytes } = file;
    const head = new TextDecoder().decode(bytes.subarray(0, Math.min(bytes.length, 1 << 20))).replace(/^\uFEFF/, '');
    const delimiter = tab ? '\t' : guessDelimiter(head);
    if (looksBinary(bytes)) {
      throw new DataImportError(
        `${fileName}: this is not a text file (it contains NUL bytes), so it cannot be read as ${delimiter === '\t' ? 'TSV' : 'CSV'}.`,
      );
    }
    const longest = checkLineLength(fileName, bytes, this.maxLineBytes);
    const path = `${IMPORT_DIR}${this.importCounter}.csv`;
    this.db.registerFileBuffer(path, bytes);
    try {
      this.exec(`CREATE TABLE ${quoteIdent(temp)} AS ${readCsvSql(path, delimiter, longest)}`);
    } catch (err) {
      let message = (err as Error).message;
      if (isSnifferFailure(message)) {
        decodeUtf8(fileName, bytes); // throws with the line of the first bad byte
        try {
          this.exec(strictReadCsvSql(path, delimiter, headerFields(head, delimiter), longest));
        } catch (strictErr) {
          message = (strictErr as Error).message;
        }
      }
      throw csvErrorMessage(fileName, message);
    } finally {
      this.db.dropFile(path);
    }
  }

  private async columnsFor(format: 'json' | 'parquet', file: FileInput): Promise<JsColumn[]> {
    return format === 'json' ? readJson(file.fileName, file.bytes) : readParquet(file.fileName, file.bytes);
  }

  private arrowStreamOf(fileName: string, bytes: Uint8Array): Uint8Array {
    let table: Table;
    try {
      table = tableFromIPC(bytes);
    } catch (err) {
      throw new DataImportError(`${fileName}: not a readable Arrow IPC file or stream: ${(err as Error).message}`);
    }
    if (table.schema.fields.length === 0) {
      throw new DataImportError(`${fileName}: not a readable Arrow IPC file or stream (no schema found).`);
    }
    return isArrowStream(bytes) ? bytes : tableToIPC(table, 'stream');
  }

  private async build(temp: string, format: FileFormat, file: FileInput): Promise<void> {
    switch (format) {
      case 'csv':
        return this.importCsv(temp, file, false);
      case 'tsv':
        return this.importCsv(temp, file, true);
      case 'json':
      case 'parquet':
        return this.insertIpcStream(temp, columnsToIpc(await this.columnsFor(format, file)));
      case 'arrow':
        return this.insertIpcStream(temp, this.arrowStreamOf(file.fileName, file.bytes));
      default: {
        const never: never = format;
        throw new DataImportError(`${file.fileName}: unknown format ${String(never)}`);
      }
    }
  }

  async importFile(name: string, file: FileInput): Promise<TableInfo> {
    quoteIdent(name);
    const { fileName, bytes } = file;
    if (bytes.length === 0 || (bytes.length < 4096 && new TextDecoder().decode(bytes).trim() === '')) {
      throw new DataImportError(`${fileName}: the file is empty.`);
    }
    const format = detectFormat(file);
    const temp = this.tempName();
    try {
      await this.build(temp, format, file);
      this.swapIn(temp, name);
    } catch (err) {
      this.dropQuietly(temp);
      if (err instanceof DataImportError) throw err;
      throw new DataImportError(`${fileName}: ${(err as Error).message}`);
    }
    return (await this.describe(name))!;
  }

  async createTableAs(name: string, sql: string): Promise<TableInfo> {
    this.exec(`CREATE OR REPLACE TABLE ${quoteIdent(name)} AS ${stripTrailingSemicolons(sql)}`);
    return (await this.describe(name))!;
  }

  async tableRefs(sql: string): Promise<string[]> {
    const query = stripTrailingSemicolons(sql);
    let names: string[];
    try {
      names = this.connection().getTableNames(query);
    } catch (err) {
      const message = duckMessage(err);
      if (!message.startsWith('Binder Error')) throw new SqlError(message);
      // USING/NATURAL/ASOF joins need columns the stand-in tables lack; read names without them.
      try {
        names = this.connection().getTableNames(withoutColumnJoins(query, this.db.tokenize(query)));
      } catch {
        throw new SqlError(message);
      }
    }
    return [...new Set(names.map((n) => n.toLowerCase()))].sort();
  }

  async queryArrow(sql: string): Promise<Uint8Array> {
    return this.toStream(this.exec(stripTrailingSemicolons(sql)));
  }

  async readWindow(name: string, offset: number, limit: number): Promise<Uint8Array> {
    const off = Math.max(0, Math.floor(offset));
    const lim = Math.max(0, Math.floor(limit));
    return this.toStream(this.exec(`SELECT * FROM ${quoteIdent(name)} ORDER BY rowid LIMIT ${lim} OFFSET ${off}`));
  }

  async exportArrow(name: string): Promise<Uint8Array> {
    return this.toStream(this.exec(`SELECT * FROM ${quoteIdent(name)} ORDER BY rowid`));
  }

  async importArrow(name: string, ipc: Uint8Array): Promise<TableInfo> {
    return this.importFile(name, { fileName: `${name}.arrow`, bytes: ipc, format: 'arrow' });
  }

  async describe(name: string): Promise<TableInfo | null> {
    const found = this.rows(
      `SELECT table_name FROM duckdb_tables() WHERE lower(table_name) = lower(${quoteString(name)}) AND schema_name = 'main' ` +
        `UNION ALL SELECT view_name FROM duckdb_views() WHERE lower(view_name) = lower(${quoteString(name)}) AND schema_name = 'main'`,
    );
    if (found.length === 0) return null;
    const q = quoteIdent(name);
    const columns = this.rows(`DESCRIBE ${q}`).map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
    const count = this.rows(`SELECT count(*)::DOUBLE AS n FROM ${q}`)[0].n as number;
    return { name: String(found[0].table_name), rows: count, columns };
  }

  async dropTable(name: string): Promise<void> {
    this.exec(`DROP TABLE IF EXISTS ${quoteIdent(name)}`);
  }

  async memory(): Promise<EngineMemory> {
    const used = this.rows('SELECT coalesce(sum(memory_usage_bytes), 0)::DOUBLE AS used FROM duckdb_memory()')[0].used as number;
    return { usedBytes: used, limitBytes: HEAP_LIMIT_BYTES };
  }

  async version(): Promise<string> {
    return `duckdb-wasm ${this.options.packageVersion} (DuckDB ${this.db.getVersion()})`;
  }

  async close(): Promise<void> {
    this.conn?.close();
    this.conn = null;
  }
}
