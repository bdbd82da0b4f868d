// The notebook's dependency graph. Dependencies are derived, never declared twice: SQL cells
// from the tables DuckDB's parser finds, other cells from their input keys.
import type { Cell, Notebook } from '../notebook/schema';

/** Cells whose output is a table other cells can read by id. */
const TABLE_KINDS = new Set<Cell['kind']>(['data', 'sql', 'transform', 'split', 'cluster']);

export function producesTable(cell: Cell): boolean {
  return TABLE_KINDS.has(cell.kind);
}

/** Input references held in a cell's keys, with the key each came from. */
export function keyedInputs(cell: Cell): { key: string; id: string; needsTable: boolean }[] {
  switch (cell.kind) {
    case 'markdown':
    case 'data':
    case 'sql':
      return [];
    case 'chart':
    case 'profile':
    case 'validate':
    case 'transform':
    case 'split':
    case 'cluster':
      return [{ key: 'input', id: cell.input, needsTable: true }];
    case 'train':
      return [{ key: 'input', id: cell.input, needsTable: true }];
    case 'tune':
      return [
        { key: 'input', id: cell.input, needsTable: true },
        { key: 'train', id: cell.train, needsTable: false },
      ];
    case 'evaluate':
      return cell.models.map((id, i) => ({ key: `models[${i}]`, id, needsTable: false }));
    case 'explain':
      return [{ key: 'model', id: cell.model, needsTable: false }];
    default: {
      const never: never = cell;
      throw new Error(`unknown cell kind ${(never as Cell).kind}`);
    }
  }
}

export interface Graph {
  /** Topological order of the cells without graph errors (notebook order breaks ties). */
  order: string[];
  deps: Map<string, string[]>;
  /** Cell id → message naming the key, for unknown references, bad SQL and cycles. */
  errors: Map<string, string>;
}

export type TableRefs = (sql: string) => Promise<string[]>;

export async function buildGraph(nb: Notebook, tableRefs: TableRefs): Promise<Graph> {
  const byId = new Map(nb.cells.map((c) => [c.id, c]));
  const lowerToId = new Map(nb.cells.map((c) => [c.id.toLowerCase(), c.id]));
  const tableIds = nb.cells.filter(producesTable).map((c) => c.id);
  const deps = new Map<string, string[]>();
  const errors = new Map<string, string>();

  for (const cell of nb.cells) {
    const found: string[] = [];
    if (cell.kind === 'sql') {
      let refs: string[];
      try {
        refs = await tableRefs(cell.sql);
      } catch (e) {
        errors.set(cell.id, `sql: ${(e as Error).message}`);
        deps.set(cell.id, []);
        continue;
      }
      for (const ref of refs) {
        const id = lowerToId.get(ref.toLowerCase());
        const target = id ? byId.get(id) : undefined;
        if (!target || !producesTable(target)) {
          const known = tableIds.filter((t) => t !== cell.id).join(', ') || 'none yet';
          errors.set(cell.id, `sql: unknown table "${ref}"; tables are the ids of cells that make one: ${known}`);
        } else if (id === cell.id) {
          errors.set(cell.id, `sql: the cell reads its own table "${ref}"`);
        } else found.push(id!);
      }
    } else {
      for (const ref of keyedInputs(cell)) {
        const target = byId.get(ref.id);
        if (!target) errors.set(cell.id, `${ref.key}: unknown cell "${ref.id}"`);
        else if (ref.id === cell.id) errors.set(cell.id, `${ref.key}: the cell refers to itself`);
        else if (ref.needsTable && !producesTable(target)) errors.set(cell.id, `${ref.key}: cell "${ref.id}" (${target.kind}) makes no table`);
        else found.push(ref.id);
      }
    }
    deps.set(cell.id, [...new Set(found)]);
  }

  // Kahn's algorithm in notebook order, so independent cells run top to bottom.
  const indegree = new Map(nb.cells.map((c) => [c.id, deps.get(c.id)!.length]));
  const dependents = new Map<string, string[]>(nb.cells.map((c) => [c.id, []]));
  for (const [id, ds] of deps) for (const d of ds) dependents.get(d)!.push(id);
  const order: string[] = [];
  const done = new Set<string>();
  let progressed = true;
  while (progressed) {
    progressed = false;
    for (const cell of nb.cells) {
      if (done.has(cell.id) || indegree.get(cell.id)! > 0) continue;
      done.add(cell.id);
      order.push(cell.id);
      for (const next of dependents.get(cell.id)!) indegree.set(next, indegree.get(next)! - 1);
      progressed = true;
      break;
    }
  }
  for (const cell of nb.cells) {
    if (done.has(cell.id)) continue;
    errors.set(cell.id, `dependency cycle: ${describeCycle(cell.id, deps, done)}`);
  }
  return { order, deps, errors };
}

function describeCycle(start: string, deps: Map<string, string[]>, done: Set<string>): string {
  const path = [start];
  let cur = start;
  for (let i = 0; i < deps.size + 1; i++) {
    const next = deps.get(cur)!.find((d) => !done.has(d));
    if (!next) break;
    const at = path.indexOf(next);
    if (at >= 0) return [...path.slice(at), next].join(' → ');
    path.push(next);
    cur = next;
  }
  return path.join(' → ');
}

/** Every cell downstream of `id` (not including it), in no particular order. */
export function downstream(graph: Graph, id: string): Set<string> {
  const out = new Set<string>();
  const stack = [id];
  while (stack.length) {
    const cur = stack.pop()!;
    for (const [cell, ds] of graph.deps) {
      if (ds.includes(cur) && !out.has(cell)) {
        out.add(cell);
        stack.push(cell);
      }
    }
  }
  return out;
}

/** `ids` plus everything they depend on, transitively. */
export function upstreamClosure(graph: Graph, ids: Iterable<string>): Set<string> {
  const out = new Set<string>();
  const stack = [...ids];
  while (stack.length) {
    const cur = stack.pop()!;
    if (out.has(cur)) continue;
    out.add(cur);
    for (const d of graph.deps.get(cur) ?? []) stack.push(d);
  }
  return out;
}
