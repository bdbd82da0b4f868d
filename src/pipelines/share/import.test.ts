import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../engine/hash';
import { validateNotebook } from '../notebook/parse';
import { MemoryBlobStore, MemoryNotebookStore } from '../store/memory';
import { ConflictError } from '../store/store';
import { exportBundle, readBundle } from './bundle';
import { storeVerifiedBundle } from './import';

async function bundle() {
  const csv = new TextEncoder().encode('a,b\n1,2\n');
  const sha = await sha256Hex(csv);
  const notebook = validateNotebook({ format: 'bitacora/1', title: 'Imported', cells: [{ id: 't', kind: 'data', source: { file: 't.csv', sha256: sha } }] });
  return { sha, read: await readBundle(await exportBundle({ notebook, files: new Map([[sha, { name: 't.csv', bytes: csv }]]) })) };
}

describe('storeVerifiedBundle', () => {
  it('stores the data, then the notebook as a new record', async () => {
    const { sha, read } = await bundle();
    const target = { notebooks: new MemoryNotebookStore(), blobs: new MemoryBlobStore() };
    expect(await storeVerifiedBundle(read, target, 'imported')).toBe(1);
    expect(await target.blobs.has(sha)).toBe(true);
    expect((await target.notebooks.get('imported'))?.notebook).toEqual(read.notebook);
  });

  it('stores nothing and keeps the existing notebook when the id is taken', async () => {
    const { sha, read } = await bundle();
    const target = { notebooks: new MemoryNotebookStore(), blobs: new MemoryBlobStore() };
    const mine = validateNotebook({ format: 'bitacora/1', title: 'Mine', cells: [] });
    await target.notebooks.save('imported', mine, null);
    await expect(storeVerifiedBundle(read, target, 'imported')).rejects.toBeInstanceOf(ConflictError);
    expect(await target.blobs.has(sha)).toBe(false);
    expect((await target.notebooks.get('imported'))?.notebook).toEqual(mine);
  });
});
