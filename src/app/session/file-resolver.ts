// The browser FileResolver: bundled datasets fetched from `datasets/<file>` next to the page,
// imported files read from the BlobStore by their SHA-256; MissingFileError when neither has it.
import { findDataset } from '../../pipelines/data/datasets';
import type { FileFormat } from '../../pipelines/data/engine';
import { sha256Hex } from '../../pipelines/engine/hash';
import { CellError, MissingFileError, type FileResolver, type ResolvedFile } from '../../pipelines/engine/types';
import type { DataSource } from '../../pipelines/notebook/schema';
import type { BlobStore } from '../../pipelines/store/store';

export class BrowserFileResolver implements FileResolver {
  /** Files the user supplied in this session for cells that recorded no SHA-256 (cell id → sha). */
  private readonly supplied = new Map<string, string>();
  private readonly datasets = new Map<string, Promise<ResolvedFile>>();

  constructor(
    private readonly blobs: BlobStore,
    private readonly baseUrl: string = import.meta.env.BASE_URL,
    private readonly fetchFn: typeof fetch = (...args) => fetch(...args),
  ) {}

  supply(cellId: string, sha256: string): void {
    this.supplied.set(cellId, sha256);
  }

  async resolve(source: DataSource, cellId: string): Promise<ResolvedFile> {
    if ('dataset' in source) return this.dataset(source.dataset, cellId);
    const sha = source.sha256 ?? this.supplied.get(cellId);
    if (!sha) throw new MissingFileError(cellId, source.file, source.sha256);
    const bytes = await this.blobs.get(sha);
    if (!bytes) throw new MissingFileError(cellId, source.file, source.sha256);
    return { fileName: source.file, bytes, sha256: sha, format: source.format ?? formatFromName(source.file) };
  }

  private dataset(id: string, cellId: string): Promise<ResolvedFile> {
    let pending = this.datasets.get(id);
    if (!pending) {
      pending = this.fetchDataset(id, cellId);
      this.datasets.set(id, pending);
      pending.catch(() => this.datasets.delete(id));
    }
    // A copy per caller: the engine may transfer (detach) the buffer it is given.
    return pending.then((f) => ({ ...f, bytes: f.bytes.slice() }));
  }

  private async fetchDataset(id: string, cellId: string): Promise<ResolvedFile> {
    const ds = findDataset(id);
    if (!ds) throw new CellError(cellId, `source.dataset: no bundled dataset "${id}"`, 'source.dataset');
    const url = `${this.baseUrl}datasets/${ds.file}`;
    let res: Response;
    try {
      res = await this.fetchFn(url);
    } catch (e) {
      throw new CellError(cellId, `source.dataset: could not load ${ds.file} (${(e as Error).message})`, 'source.dataset');
    }
    if (!res.ok) throw new CellError(cellId, `source.dataset: could not load ${ds.file} (HTTP ${res.status})`, 'source.dataset');
    const bytes = new Uint8Array(await res.arrayBuffer());
    return { fileName: ds.file, bytes, sha256: await sha256Hex(bytes), format: ds.format };
  }
}

const EXTENSIONS: Record<string, FileFormat> = {
  csv: 'csv', tsv: 'tsv', tab: 'tsv', txt: 'csv', parquet: 'parquet', pq: 'parquet',
  json: 'json', ndjson: 'json', jsonl: 'json', arrow: 'arrow', feather: 'arrow', ipc: 'arrow',
};

/** The data format a file name announces, or undefined when its extension is not one we read. */
export function formatFromName(name: string): FileFormat | undefined {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  return ext ? EXTENSIONS[ext] : undefined;
}
