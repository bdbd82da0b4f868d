// Cell ids double as DuckDB table names: derive a safe, unique one from a file name or a kind.
import { cellIdSchema } from '../../pipelines/notebook/schema';

/** `Sales 2024 (final).csv` → `sales_2024_final`; never empty, never starts with a digit. */
export function idFromFileName(fileName: string): string {
  const stem = fileName.replace(/\.[^.]*$/, '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  let id = stem.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^_+|_+$/g, '').replace(/_+/g, '_');
  if (!id) id = 'data';
  if (/^[0-9]/.test(id)) id = `t_${id}`;
  return id.slice(0, 50);
}

/** `base`, or `base_2`, `base_3`… whichever is free (ids compare case-insensitively, like SQL). */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((t) => t.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}_${n}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** Why `id` cannot be the new id of a cell (null when it can). */
export function cellIdProblem(id: string, otherIds: Iterable<string>): string | null {
  const parsed = cellIdSchema.safeParse(id);
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'not a valid id';
  const lower = id.toLowerCase();
  for (const other of otherIds) if (other.toLowerCase() === lower) return `another cell already uses "${other}"`;
  return null;
}
