// The one-file commands (query, metrics): read FILE, load it as table "data" in a fresh engine, run
// `use`, close the engine. An unreadable or malformed file is bad input (exit 2), named by `flag`.
import path from 'node:path';
import { DataImportError, type DataEngine, type TableInfo } from '../pipelines/data/engine';
import { createNodeEngine } from '../pipelines/data/node-engine';
import { UsageError } from './args';
import { readResolved } from './node-files';

export async function withDataFile<T>(command: string, flag: string, file: string, use: (engine: DataEngine, table: TableInfo & { fileName: string }) => Promise<T>): Promise<T> {
  const absolute = path.resolve(file);
  let resolved;
  try {
    resolved = await readResolved(absolute, path.basename(absolute), 'data', flag);
  } catch (e) {
    throw new UsageError(`${command}: ${(e as Error).message.replace(`${flag}: `, '')}`);
  }
  const engine = await createNodeEngine();
  try {
    let table: TableInfo;
    try {
      table = await engine.importFile('data', { fileName: resolved.fileName, bytes: resolved.bytes });
    } catch (e) {
      if (e instanceof DataImportError) throw new UsageError(`${command}: ${e.message}`);
      throw e;
    }
    return await use(engine, { ...table, fileName: resolved.fileName });
  } finally {
    await engine.close();
  }
}
