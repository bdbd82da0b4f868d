// The work of a cluster cell: k-means (k-means++ init) on numeric features, with inertia and silhouette.
import { CellError } from '../../engine/types';
import type { CellOf } from '../../notebook/schema';
import { toMatrix } from '../frame';
import { inertia, silhouette } from '../metrics/clustering';
import { KMeans } from '../models/kmeans';
import type { FitProgress, SerializedModel } from '../models/model';
import { frameFromIpc } from './frame-table';
import { SPLIT_COLUMN } from './training-data';

export interface ClusterPayload {
  ipc: Uint8Array;
  cell: CellOf<'cluster'>;
}

export interface ClusterResult {
  labels: number[];
  features: string[];
  centers: number[][];
  metrics: { inertia: number; silhouette: number | null };
  model: SerializedModel;
}

/** Silhouette is O(n²): above this many rows it is computed on a seeded sample. */
const SILHOUETTE_ROWS = 5000;

export async function clusterJob({ ipc, cell }: ClusterPayload, onProgress?: (p: FitProgress) => void, signal?: { aborted: boolean }): Promise<ClusterResult> {
  const frame = frameFromIpc(ipc);
  const numeric = frame.columns.filter((c) => c.kind === 'number' && c.name !== SPLIT_COLUMN).map((c) => c.name);
  const features = cell.features ?? numeric;
  features.forEach((f, i) => {
    const c = frame.columns.find((col) => col.name === f);
    if (!c) throw new CellError(cell.id, `features[${i}]: column "${f}" not found; numeric columns: ${numeric.join(', ')}`, `features[${i}]`);
    if (c.kind !== 'number') throw new CellError(cell.id, `features[${i}]: column "${f}" is not numeric`, `features[${i}]`);
  });
  if (features.length === 0) throw new CellError(cell.id, 'features: the table has no numeric columns to cluster on', 'features');
  if (cell.k > frame.rows) throw new CellError(cell.id, `k: ${cell.k} clusters but only ${frame.rows} rows`, 'k');
  const X = toMatrix(frame, features);
  const p = features.length;
  for (let i = 0; i < X.length; i++) {
    if (Number.isNaN(X[i])) throw new CellError(cell.id, `features: column "${features[i % p]}" has missing values (row ${Math.floor(i / p) + 1}); impute them first`, 'features');
  }
  const model = new KMeans({ nClusters: cell.k });
  await model.fit({ X, y: new Float64Array(frame.rows), n: frame.rows, p }, { seed: cell.seed, onProgress, signal });
  const labels = model.predict(X, frame.rows);
  const state = model.serialize();
  const centers = (state.state as { centers: number[] }).centers;
  const centerRows = Array.from({ length: cell.k }, (_, c) => centers.slice(c * p, c * p + p));
  let sil: number | null = null;
  const distinct = new Set(labels).size;
  if (distinct >= 2 && distinct < frame.rows) {
    const m = Math.min(frame.rows, SILHOUETTE_ROWS);
    const step = frame.rows / m;
    const idx = Array.from({ length: m }, (_, i) => Math.floor(i * step));
    const xs = new Float64Array(m * p);
    idx.forEach((r, i) => xs.set(X.subarray(r * p, r * p + p), i * p));
    const ls = Float64Array.from(idx, (r) => labels[r]);
    if (new Set(ls).size >= 2) sil = silhouette(xs, p, ls);
  }
  return { labels: Array.from(labels), features, centers: centerRows, metrics: { inertia: inertia(X, p, labels, centers), silhouette: sil }, model: state };
}
