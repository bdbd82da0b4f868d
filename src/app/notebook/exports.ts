// Downloads of the open notebook (YAML, .bitacora bundle, Jupyter .ipynb) and reading a bundle back.
import { exportIpynb, exportYaml } from '../../pipelines/share/export';
import { storeVerifiedBundle } from '../../pipelines/share/import';
import type { Notebook } from '../../pipelines/notebook/schema';
import { exportBundle, readBundle, type BundleFile } from '../../pipelines/share/bundle';
import type { SessionEnv } from '../session/notebook-session';
import { newNotebookId } from '../session/stores';

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
      return download(`${stem}.yaml`, exportYaml(nb), 'application/yaml');
    case 'bundle':
      return download(`${stem}.bitacora`, await bundleBytes(nb, env), 'application/zip');
    case 'ipynb':
      return download(`${stem}.ipynb`, exportIpynb(nb), 'application/x-ipynb+json');
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

/** Verifies the whole bundle first, then stores its data and notebook; returns the new notebook id. */
export async function importBundleFile(file: File, env: SessionEnv): Promise<string> {
  const bundle = await readBundle(new Uint8Array(await file.arrayBuffer()));
  const id = newNotebookId();
  await storeVerifiedBundle(bundle, env.stores, id);
  return id;
}
