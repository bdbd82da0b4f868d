// One runner per cell kind: spec in, output out. Data-prep kinds live here; modelling kinds are
// registered by the ML layer (registerRunner) so the engine does not depend on it.
import type { DataEngine } from '../data/engine';
import { chartData } from '../data/chart-data';
import { profileTable } from '../data/profile';
import type { Cell, CellKind, CellOf, Notebook } from '../notebook/schema';
import { runValidate } from './validate';
import { CellError, type CellOutput, type MlRunner, type ResolvedFile, type RunSink } from './types';

export interface RunContext {
  engine: DataEngine;
  signal?: AbortSignal;
  resolveFile(): Promise<ResolvedFile>;
  /** The output of an input cell of this run (already executed or reused). */
  inputOutput(id: string): CellOutput | null;
  progress(p: { fraction?: number; message?: string; values?: Record<string, number>; series?: Record<string, number[]> }): void;
  ml?: MlRunner;
  runs?: RunSink;
  /** The notebook being run and this cell's key (for run records). */
  notebook: Notebook;
  key: string;
  /** Keys of this cell's inputs, by cell id. */
  inputKeys: Record<string, string>;
}

export type CellRunner<K extends CellKind = CellKind> = (cell: CellOf<K>, ctx: RunContext) => Promise<CellOutput>;

const builtin: { [K in CellKind]?: CellRunner<K> } = {
  markdown: async () => ({ kind: 'none' }),
  data: async (cell, ctx) => {
    const file = await ctx.resolveFile();
    const table = await ctx.engine.importFile(cell.id, { fileName: file.fileName, bytes: file.bytes, format: file.format });
    return { kind: 'table', table, file: { name: file.fileName, sha256: file.sha256, bytes: file.bytes.byteLength } };
  },
  sql: async (cell, ctx) => ({ kind: 'table', table: await ctx.engine.createTableAs(cell.id, cell.sql) }),
  chart: async (cell, ctx) => ({ kind: 'chart', chart: await chartData(ctx.engine, cell.input, cell.spec) }),
  profile: async (cell, ctx) => ({ kind: 'profile', profile: await profileTable(ctx.engine, cell.input) }),
  validate: async (cell, ctx) => runValidate(cell, ctx.engine),
};

const registered: { [K in CellKind]?: CellRunner<K> } = {};

export function registerRunner<K extends CellKind>(kind: K, runner: CellRunner<K>): void {
  (registered as Record<string, unknown>)[kind] = runner;
}

export function runnerFor(cell: Cell): CellRunner<Cell['kind']> {
  const runner = (registered[cell.kind] ?? builtin[cell.kind]) as CellRunner<Cell['kind']> | undefined;
  if (!runner) {
    return async () => {
      throw new CellError(cell.id, `cells of kind "${cell.kind}" cannot run here: the modelling runtime is not loaded`);
    };
  }
  return runner;
}
