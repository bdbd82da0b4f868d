// Reading and writing notebook files: YAML (canonical) or JSON in, validated Notebook out,
// with errors that name the cell id and the key path.
import { parseDocument, stringify } from 'yaml';
import type { z } from 'zod';
import { notebookSchema, type Notebook } from './schema';

export const MAX_NOTEBOOK_BYTES = 5 * 1024 * 1024;

export interface NotebookIssue {
  /** e.g. `cells[2] (by_city).spec.type` */
  where: string;
  message: string;
}

export class NotebookError extends Error {
  override name = 'NotebookError';
  constructor(
    readonly issues: NotebookIssue[],
    readonly source?: string,
  ) {
    const head = source ? `${source}: ` : '';
    super(head + issues.map((i) => (i.where ? `${i.where}: ${i.message}` : i.message)).join('; '));
  }
}

/** Renders a zod path with the cell id, so a user can find the cell: `cells[1] (by_city).sql`. */
function describePath(path: readonly PropertyKey[], raw: unknown): string {
  let out = '';
  let node: unknown = raw;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    if (typeof key === 'number') {
      out += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      if (i === 1 && path[0] === 'cells' && node && typeof node === 'object' && 'id' in node) {
        out += ` (${String((node as { id: unknown }).id)})`;
      }
    } else {
      out += (out ? '.' : '') + String(key);
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[String(key)] : undefined;
    }
  }
  return out;
}

function zodIssues(error: z.ZodError, raw: unknown): NotebookIssue[] {
  return error.issues.slice(0, 10).map((issue) => ({ where: describePath(issue.path, raw), message: issue.message }));
}

/** Validates an already-parsed value (from YAML, JSON, a link or a bundle). */
export function validateNotebook(raw: unknown, source?: string): Notebook {
  const result = notebookSchema.safeParse(raw);
  if (!result.success) throw new NotebookError(zodIssues(result.error, raw), source);
  const seen = new Map<string, number>();
  const dupes: NotebookIssue[] = [];
  result.data.cells.forEach((cell, i) => {
    const prev = seen.get(cell.id);
    if (prev !== undefined) dupes.push({ where: `cells[${i}] (${cell.id}).id`, message: `duplicate id; cells[${prev}] already uses it` });
    seen.set(cell.id, i);
  });
  if (dupes.length) throw new NotebookError(dupes, source);
  return result.data;
}

/** Parses YAML or JSON text (JSON is valid YAML, so one parser serves both). */
export function parseNotebook(text: string, source?: string): Notebook {
  if (text.length > MAX_NOTEBOOK_BYTES) {
    throw new NotebookError([{ where: '', message: `notebook is ${text.length} bytes; the limit is ${MAX_NOTEBOOK_BYTES}` }], source);
  }
  if (!text.trim()) throw new NotebookError([{ where: '', message: 'the file is empty; expected a YAML notebook starting with "format: bitacora/1"' }], source);
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const line = e.linePos?.[0];
    throw new NotebookError([{ where: line ? `line ${line.line}, column ${line.col}` : '', message: e.message.split('\n')[0] }], source);
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new NotebookError([{ where: '', message: `cannot read the YAML: ${(e as Error).message}` }], source);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new NotebookError([{ where: '', message: 'expected a mapping with keys format, title and cells' }], source);
  }
  return validateNotebook(raw, source);
}

/** Canonical YAML: keys in schema order, block style, stable for diffs. */
export function notebookToYaml(nb: Notebook): string {
  return stringify(nb, { lineWidth: 0, blockQuote: 'literal', aliasDuplicateObjects: false });
}
