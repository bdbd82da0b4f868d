import { describe, expect, it } from 'vitest';
import { validateNotebook } from '../notebook/parse';
import { MemoryBlobStore, MemoryKeyValueStore, MemoryNotebookStore, MemoryResultStore } from './memory';
import { BlobIntegrityError, ConflictError } from './store';

const nb = (title: string) => validateNotebook({ format: 'bitacora/1', title, cells: [] });

describe('memory stores', () => {
  it('enforce notebook revisions like the persistent stores', async () => {
    const store = new MemoryNotebookStore(() => new Date(Date.UTC(2026, 0, 1)));
    expect(await store.save('n', nb('a'), null)).toBe(1);
    await expect(store.save('n', nb('b'), null)).rejects.toBeInstanceOf(ConflictError);
    expect(await store.save('n', nb('b'), 1)).toBe(2);
    await expect(store.save('n', nb('c'), 1)).rejects.toThrow('Another tab or window saved this notebook');
    expect(await store.list()).toEqual([{ id: 'n', title: 'b', updatedAt: '2026-01-01T00:00:00.000Z', revision: 2 }]);
  });

  it('hash blobs and refuse mismatches', async () => {
    const blobs = new MemoryBlobStore();
    const sha = await blobs.put(new TextEncoder().encode('abc'));
    expect(sha).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    await expect(blobs.put(new Uint8Array(1), sha)).rejects.toBeInstanceOf(BlobIntegrityError);
    expect(await blobs.usage()).toEqual({ bytes: 3 });
  });

  it('cap and evict results', async () => {
    let t = 0;
    const results = new MemoryResultStore({ maxEntryBytes: 50, maxTotalBytes: 100 }, () => ++t);
    expect(await results.put('huge', { output: 'x'.repeat(60) })).toBe(false);
    await results.put('a', { output: null, table: new Uint8Array(36) }); // 40 bytes
    await results.put('b', { output: null, table: new Uint8Array(36) });
    await results.get('a');
    await results.put('c', { output: null, table: new Uint8Array(36) });
    expect(await results.get('b')).toBeNull();
    expect(await results.get('a')).not.toBeNull();
  });

  it('keep settings as copies', async () => {
    const kv = new MemoryKeyValueStore();
    const theme = { mode: 'dark' };
    await kv.set('theme', theme);
    theme.mode = 'light';
    expect(await kv.get('theme')).toEqual({ mode: 'dark' });
  });
});
