// Exports for other tools: the canonical YAML notebook, and a Jupyter notebook (nbformat 4.5)
// where SQL cells become `%%sql` code cells and the other kinds become readable YAML specs.
import { stringify } from 'yaml';
import { notebookToYaml, validateNotebook } from '../notebook/parse';
import type { Cell, Notebook } from '../notebook/schema';

export function exportYaml(notebook: Notebook): string {
  return notebookToYaml(validateNotebook(notebook));
}

type Source = string[];
interface CellMetadata {
  bitacora: { id: string; kind: Cell['kind']; title?: string };
  vscode?: { languageId: string };
  [key: string]: unknown;
}
export interface IpynbMarkdownCell {
  cell_type: 'markdown';
  id: string;
  metadata: CellMetadata | Record<string, never>;
  source: Source;
}
export interface IpynbCodeCell {
  cell_type: 'code';
  id: string;
  metadata: CellMetadata;
  source: Source;
  execution_count: null;
  outputs: [];
}
export interface Ipynb {
  nbformat: 4;
  nbformat_minor: 5;
  metadata: {
    kernelspec: { name: string; display_name: string; language: string };
    language_info: { name: string };
    bitacora: { format: string; title: string; description?: string; seed?: number };
  };
  cells: (IpynbMarkdownCell | IpynbCodeCell)[];
}

/** Jupyter's multi-line form: lines keeping their newline, the last without one. */
function lines(text: string): Source {
  const parts = text.split(/(?<=\n)/);
  return parts.length === 1 && parts[0] === '' ? [] : parts;
}

function metadataOf(cell: Cell): CellMetadata {
  return { bitacora: cell.title === undefined ? { id: cell.id, kind: cell.kind } : { id: cell.id, kind: cell.kind, title: cell.title } };
}

/**
 * Cell ids carry over (ours are valid nbformat ids); the title cell uses an id with a hyphen,
 * which ours cannot contain, so it never collides.
 */
export function toIpynb(input: Notebook): Ipynb {
  const notebook = validateNotebook(input);
  const head = [`# ${notebook.title}`, notebook.description ? `\n\n${notebook.description}` : ''].join('');
  const cells: Ipynb['cells'] = [{ cell_type: 'markdown', id: 'bitacora-title', metadata: {}, source: lines(head) }];
  for (const cell of notebook.cells) cells.push(cellToIpynb(cell));
  const bitacora: Ipynb['metadata']['bitacora'] = { format: notebook.format, title: notebook.title };
  if (notebook.description !== undefined) bitacora.description = notebook.description;
  if (notebook.seed !== undefined) bitacora.seed = notebook.seed;
  return {
    nbformat: 4,
    nbformat_minor: 5,
    // `%%sql` is the ipython-sql / JupySQL cell magic, which runs in a Python kernel.
    metadata: {
      kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' },
      language_info: { name: 'python' },
      bitacora,
    },
    cells,
  };
}

function cellToIpynb(cell: Cell): IpynbMarkdownCell | IpynbCodeCell {
  switch (cell.kind) {
    case 'markdown':
      return { cell_type: 'markdown', id: cell.id, metadata: metadataOf(cell), source: lines(cell.text) };
    case 'sql':
      return {
        cell_type: 'code',
        id: cell.id,
        metadata: { ...metadataOf(cell), vscode: { languageId: 'sql' } },
        source: lines(`%%sql\n${cell.sql}`),
        execution_count: null,
        outputs: [],
      };
    case 'data':
    case 'chart':
    case 'profile':
    case 'validate':
    case 'transform':
    case 'split':
    case 'train':
    case 'tune':
    case 'evaluate':
    case 'explain':
    case 'cluster': {
      const heading = `**${cell.kind}** \`${cell.id}\`${cell.title ? ` — ${cell.title}` : ''} (Bitácora cell; runs in Bitácora, not in this kernel)`;
      const yaml = stringify(cell, { lineWidth: 0, blockQuote: 'literal', aliasDuplicateObjects: false });
      return { cell_type: 'markdown', id: cell.id, metadata: metadataOf(cell), source: lines(`${heading}\n\n\`\`\`yaml\n${yaml}\`\`\`\n`) };
    }
    default: {
      const unreachable: never = cell;
      throw new Error(`unknown cell kind ${JSON.stringify((unreachable as { kind: unknown }).kind)}`);
    }
  }
}

/** The .ipynb file text. */
export function exportIpynb(notebook: Notebook): string {
  return `${JSON.stringify(toIpynb(notebook), null, 1)}\n`;
}
