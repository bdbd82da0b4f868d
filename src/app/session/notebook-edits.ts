// Pure edits of a Notebook value (add, move, delete, replace, rename cells): the session applies
// them and re-plans; the notebook stays an immutable value the UI can compare by identity.
import { producesTable } from '../../pipelines/engine/graph';
import type { Cell, CellKind, Notebook } from '../../pipelines/notebook/schema';
import { uniqueId } from './cell-ids';

/** The kinds a user can add from the toolbar (modelling kinds come from their own UI). */
export const addableKinds = ['markdown', 'data', 'sql', 'chart', 'profile', 'validate'] as const satisfies readonly CellKind[];
export type AddableKind = (typeof addableKinds)[number];

/** The last cell at or above `beforeIndex` whose output is a table: the natural input of a new cell. */
function lastTableId(nb: Notebook, beforeIndex: number): string | undefined {
  for (let i = Math.min(beforeIndex, nb.cells.length - 1); i >= 0; i--) if (producesTable(nb.cells[i])) return nb.cells[i].id;
  return undefined;
}

export function newCell(kind: AddableKind, nb: Notebook, atIndex: number): Cell {
  const ids = nb.cells.map((c) => c.id);
  const input = lastTableId(nb, atIndex - 1);
  switch (kind) {
    case 'markdown':
      return { id: uniqueId('note', ids), kind, text: '### Notes\nWrite here with **Markdown**.' };
    case 'data':
      return { id: uniqueId('penguins', ids), kind, source: { dataset: 'penguins' } };
    case 'sql':
      return { id: uniqueId('query', ids), kind, sql: input ? `SELECT *\nFROM ${input}\nLIMIT 100` : 'SELECT 42 AS answer' };
    case 'chart':
      return { id: uniqueId('chart', ids), kind, input: input ?? 'data', spec: { type: 'bar' } };
    case 'profile':
      return { id: uniqueId('profile', ids), kind, input: input ?? 'data' };
    case 'validate':
      return { id: uniqueId('checks', ids), kind, input: input ?? 'data', checks: [] };
    default: {
      const never: never = kind;
      throw new Error(`cannot add a cell of kind ${String(never)}`);
    }
  }
}

export function insertCell(nb: Notebook, cell: Cell, index: number): Notebook {
  const cells = [...nb.cells];
  cells.splice(Math.max(0, Math.min(index, cells.length)), 0, cell);
  return { ...nb, cells };
}

export function removeCell(nb: Notebook, id: string): { notebook: Notebook; index: number; cell: Cell | undefined } {
  const index = nb.cells.findIndex((c) => c.id === id);
  if (index < 0) return { notebook: nb, index, cell: undefined };
  return { notebook: { ...nb, cells: nb.cells.filter((c) => c.id !== id) }, index, cell: nb.cells[index] };
}

export function moveCell(nb: Notebook, id: string, delta: -1 | 1): Notebook {
  const i = nb.cells.findIndex((c) => c.id === id);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= nb.cells.length) return nb;
  const cells = [...nb.cells];
  [cells[i], cells[j]] = [cells[j], cells[i]];
  return { ...nb, cells };
}

export function replaceCell(nb: Notebook, id: string, cell: Cell): Notebook {
  return { ...nb, cells: nb.cells.map((c) => (c.id === id ? cell : c)) };
}
