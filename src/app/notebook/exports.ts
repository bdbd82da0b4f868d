// Downloads of the open notebook (YAML, .bitacora bundle, Jupyter .ipynb) and reading a bundle back.
import { notebookToYaml } from '../../pipelines/notebook/parse';
import type { Notebook } from '../../pipelines/notebook/schema';
import { exportBundle, readBundle, type BundleFile } from '../../pipelines/share/bundle';
import type { SessionEnv } from '../session/notebook-session';

function download(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function fileStem(title: string): string {
  return title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'notebook';
}

export async function exportNotebook(format: 'yaml' | 'bundle' | 'ipynb', nb: Notebook, env: SessionEnv): Promise<void> {
  const stem = fileStem(nb.title);
  switch (format) {
    case 'yaml':
      return download(`${stem}.yaml`, notebookToYaml(nb), 'application/yaml');
    case 'bundle':
      return download(`${stem}.bitacora`, await bundleBytes(nb, env), 'application/zip');
    case 'ipynb':
      throw new Error('Jupyter export is not available in this build yet');
    default: {
      const never: never = format;
      throw new Error(`unknown export ${String(never)}`);
    }
  }
}

/** The notebook and the bytes of every file it reads, from the blob store. */
async function bundleBytes(nb: Notebook, env: SessionEnv): Promise<Uint8Array<ArrayBuffer>> {
  const files = new Map<string, BundleFile>();
  for (const cell of nb.cells) {
    if (cell.kind !== 'data' || !('file' in cell.source) || !cell.source.sha256) continue;
    const bytes = await env.stores.blobs.get(cell.source.sha256);
    if (!bytes) throw new Error(`cell ${cell.id}: the file "${cell.source.file}" is not in this browser; supply it before exporting a bundle`);
    files.set(cell.source.sha256, { name: cell.source.file, bytes });
  }
  const zip = await exportBundle({ notebook: nb, files });
  return new Uint8Array(zip);
}

/** Verifies the whole bundle first; only then stores its files. Returns the notebook to open. */
export async function importBundleFile(file: File, env: SessionEnv): Promise<Notebook> {
  const bundle = await readBundle(new Uint8Array(await file.arrayBuffer()));
  for (const [sha256, f] of bundle.files) await env.stores.blobs.put(f.bytes, sha256);
  return bundle.notebook;
}
