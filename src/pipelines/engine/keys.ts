// Cache keys: SHA-256 of the canonical cell spec + the keys of its inputs + engine versions + seed.
// Equal key ⇒ the cached result may be reused; any upstream edit changes every key downstream.
import type { Cell, Notebook } from '../notebook/schema';
import { canonicalJson, sha256Hex } from './hash';
import { ENGINE_VERSION } from './types';

/** The parts of a cell that change its result (titles and folding do not). */
export function specForKey(cell: Cell): Record<string, unknown> {
  const { title: _title, collapsed: _collapsed, ...rest } = cell;
  return rest;
}

export interface KeyInput {
  cell: Cell;
  notebookSeed: number | undefined;
  /** Keys of the cells this one reads, by cell id. */
  inputKeys: Record<string, string>;
  /** DataEngine version string (DuckDB build). */
  dataEngine: string;
  /** Content hash of a data cell's file, when it has one. */
  contentHash?: string;
}

export async function cellKey(k: KeyInput): Promise<string> {
  return sha256Hex(
    canonicalJson({
      engine: ENGINE_VERSION,
      dataEngine: k.dataEngine,
      seed: k.notebookSeed ?? null,
      spec: specForKey(k.cell),
      inputs: k.inputKeys,
      content: k.contentHash ?? null,
    }),
  );
}

export function notebookSeed(nb: Notebook): number | undefined {
  return nb.seed;
}
