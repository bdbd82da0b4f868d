import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { validateNotebook } from '../notebook/parse';
import type { Notebook } from '../notebook/schema';
import { watchNotebook, type NotebookChange } from './channel';
import { IndexedDbResultStore, openIndexedDbStores, type IndexedDbOptions, type IndexedDbStores } from './indexeddb';
import { BlobIntegrityError, ConflictError, StorageFullError } from './store';

const ABC_SHA = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

function notebook(title: string, sql = 'SELECT 1 AS one'): Notebook {
  return validateNotebook({
    format: 'bitacora/1',
    title,
    cells: [
      { id: 'trips', kind: 'data', source: { file: 'trips.csv' } },
      { id: 'q', kind: 'sql', sql },
    ],
  });
}

const opened: IndexedDbStores[] = [];
async function open(factory: IDBFactory, options: IndexedDbOptions = {}): Promise<IndexedDbStores> {
  const stores = await openIndexedDbStores({ factory, name: 'bitacora-test', ...options });
  opened.push(stores);
  return stores;
}
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

/** Makes every IDBObjectStore.put throw as a browser does when the origin's quota is used up. */
function simulateFullDisk(): () => void {
  const proto = globalThis.IDBObjectStore.prototype;
  const original = proto.put;
  proto.put = function () {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  return () => {
    proto.put = original;
  };
}

const fixedEstimate = async () => ({ usage: 48 * 1024 * 1024, quota: 50 * 1024 * 1024 });

describe('IndexedDbNotebookStore', () => {
  it('saves, lists newest first and reads back with growing revisions', async () => {
    let t = Date.UTC(2026, 0, 1);
    const { notebooks } = await open(new IDBFactory(), { now: () => new Date((t += 1000)) });
    expect(await notebooks.save('a', notebook('First'), null)).toBe(1);
    expect(await notebooks.save('b', notebook('Second'), null)).toBe(1);
    expect(await notebooks.save('a', notebook('First, edited'), 1)).toBe(2);
    expect(await notebooks.list()).toEqual([
      { id: 'a', title: 'First, edited', updatedAt: '2026-01-01T00:00:03.000Z', revision: 2 },
      { id: 'b', title: 'Second', updatedAt: '2026-01-01T00:00:02.000Z', revision: 1 },
    ]);
    const got = await notebooks.get('a');
    expect(got).toEqual({ id: 'a', notebook: notebook('First, edited'), revision: 2, updatedAt: '2026-01-01T00:00:03.000Z' });
    expect(await notebooks.get('missing')).toBeNull();
    await notebooks.delete('b');
    expect((await notebooks.list()).map((s) => s.id)).toEqual(['a']);
  });

  it('refuses a save from a tab holding an older revision, keeping the other tab\'s save', async () => {
    const factory = new IDBFactory();
    const tabA = await open(factory);
    const tabB = await open(factory);
    await tabA.notebooks.save('nb', notebook('v1'), null);
    const seenByB = await tabB.notebooks.get('nb');
    expect(seenByB?.revision).toBe(1);
    expect(await tabA.notebooks.save('nb', notebook('A edits'), 1)).toBe(2);

    const err = await tabB.notebooks.save('nb', notebook('B edits'), seenByB!.revision).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as Error).message).toBe(
      'Another tab or window saved this notebook ("nb", now at revision 2; this tab has revision 1). Nothing was saved: reload it, or save your version as a copy.',
    );
    expect((err as ConflictError).storedRevision).toBe(2);
    expect((await tabB.notebooks.get('nb'))?.notebook.title).toBe('A edits');
  });

  it('refuses to create over an existing id and to save over a deleted notebook', async () => {
    const { notebooks } = await open(new IDBFactory());
    await notebooks.save('nb', notebook('one'), null);
    await expect(notebooks.save('nb', notebook('two'), null)).rejects.toThrow('Another tab or window already saved a notebook with this id');
    await notebooks.delete('nb');
    await expect(notebooks.save('nb', notebook('three'), 1)).rejects.toThrow('Another tab or window deleted this notebook ("nb")');
    expect(await notebooks.get('nb')).toBeNull();
  });

  it('turns a quota failure into StorageFullError and keeps the earlier revision intact', async () => {
    const { notebooks } = await open(new IDBFactory(), { estimate: fixedEstimate });
    await notebooks.save('nb', notebook('Saved before the disk filled', 'SELECT 1'), null);
    const restore = simulateFullDisk();
    let err: unknown;
    try {
      err = await notebooks.save('nb', notebook('Lost edit', 'SELECT 2'), 1).catch((e: unknown) => e);
    } finally {
      restore();
    }
    expect(err).toBeInstanceOf(StorageFullError);
    expect((err as Error).message).toBe(
      'Browser storage is full (used 48 MB of 50 MB): nothing was saved. Export a bundle, then delete old notebooks or datasets.',
    );
    expect((err as Error).cause).toBeInstanceOf(DOMException);
    const kept = await notebooks.get('nb');
    expect(kept?.revision).toBe(1);
    expect(kept?.notebook).toEqual(notebook('Saved before the disk filled', 'SELECT 1'));
    // And the store still works once there is room again.
    expect(await notebooks.save('nb', notebook('Retry'), 1)).toBe(2);
  });

  it('says "storage is full" without amounts when the browser reports no estimate', async () => {
    const { settings } = await open(new IDBFactory(), { estimate: async () => undefined });
    const restore = simulateFullDisk();
    try {
      await expect(settings.set('theme', 'dark')).rejects.toThrow(/^Browser storage is full: nothing was saved\./);
    } finally {
      restore();
    }
    expect(await settings.get('theme')).toBeUndefined();
  });
});

describe('IndexedDbBlobStore', () => {
  it('addresses bytes by SHA-256, keeps one copy and stores only a view\'s bytes', async () => {
    const { blobs } = await open(new IDBFactory(), { estimate: async () => undefined });
    const framed = new Uint8Array([0x78, 0x61, 0x62, 0x63, 0x79]).subarray(1, 4);
    expect(await blobs.put(framed)).toBe(ABC_SHA);
    expect(await blobs.put(new TextEncoder().encode('abc'), ABC_SHA)).toBe(ABC_SHA);
    expect(await blobs.has(ABC_SHA)).toBe(true);
    const got = await blobs.get(ABC_SHA);
    expect(Array.from(got!)).toEqual([0x61, 0x62, 0x63]);
    expect(got!.buffer.byteLength).toBe(3);
    await blobs.put(new Uint8Array(10));
    expect(await blobs.usage()).toEqual({ bytes: 13 });
    await blobs.delete(ABC_SHA);
    expect(await blobs.has(ABC_SHA)).toBe(false);
    expect(await blobs.get(ABC_SHA)).toBeNull();
    expect(await blobs.get('not-a-hash')).toBeNull();
  });

  it('refuses bytes that do not match the expected hash', async () => {
    const { blobs } = await open(new IDBFactory());
    const wrong = '0'.repeat(64);
    const err = await blobs.put(new TextEncoder().encode('abc'), wrong).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BlobIntegrityError);
    expect((err as Error).message).toContain(`expected ${wrong}, got ${ABC_SHA}`);
    expect(await blobs.has(ABC_SHA)).toBe(false);
  });

  it('reports the browser estimate when there is one', async () => {
    const { blobs } = await open(new IDBFactory(), { estimate: fixedEstimate });
    expect(await blobs.usage()).toEqual({ bytes: 48 * 1024 * 1024, quota: 50 * 1024 * 1024 });
  });

  it('stores nothing when the quota is exceeded', async () => {
    const { blobs } = await open(new IDBFactory(), { estimate: fixedEstimate });
    const restore = simulateFullDisk();
    try {
      await expect(blobs.put(new TextEncoder().encode('abc'))).rejects.toBeInstanceOf(StorageFullError);
    } finally {
      restore();
    }
    expect(await blobs.has(ABC_SHA)).toBe(false);
  });
});

describe('IndexedDbResultStore', () => {
  it('round-trips JSON output and an Arrow table', async () => {
    const { results } = await open(new IDBFactory());
    expect(await results.put('k1', { output: { rows: 3, schema: [{ name: 'x', type: 'INT' }] }, table: new Uint8Array([1, 2, 3]) })).toBe(true);
    expect(await results.put('k2', { output: ['no table'] })).toBe(true);
    const k1 = await results.get('k1');
    expect(k1?.output).toEqual({ rows: 3, schema: [{ name: 'x', type: 'INT' }] });
    expect(Array.from(k1!.table!)).toEqual([1, 2, 3]);
    expect(await results.get('k2')).toEqual({ output: ['no table'] });
    expect(await results.get('k3')).toBeNull();
    await results.delete('k1');
    expect(await results.get('k1')).toBeNull();
    await results.clear();
    expect(await results.get('k2')).toBeNull();
  });

  it('skips entries over the per-entry cap', async () => {
    const { results } = await open(new IDBFactory(), { resultLimits: { maxEntryBytes: 100 } });
    // output `null` is 4 bytes of JSON, so a 96-byte table fits exactly and 97 does not.
    expect(await results.put('fits', { output: null, table: new Uint8Array(96) })).toBe(true);
    expect(await results.put('big', { output: null, table: new Uint8Array(97) })).toBe(false);
    expect(await results.get('big')).toBeNull();
  });

  it('evicts the least recently used entries above the total budget', async () => {
    let t = 0;
    const stores = await open(new IDBFactory());
    const results = new IndexedDbResultStore(stores.db, { resultLimits: { maxTotalBytes: 3 * 104 }, clock: () => ++t });
    const entry = { output: null, table: new Uint8Array(100) }; // 104 bytes each
    await results.put('a', entry);
    await results.put('b', entry);
    await results.put('c', entry);
    await results.get('a'); // a is now more recent than b
    await results.put('d', entry);
    expect(await results.get('b')).toBeNull();
    for (const key of ['a', 'c', 'd']) expect(await results.get(key)).not.toBeNull();
  });
});

describe('one transaction per write', () => {
  it('keeps no half of a result when its second write fails', async () => {
    const { results } = await open(new IDBFactory(), { estimate: fixedEstimate });
    const proto = globalThis.IDBObjectStore.prototype;
    const original = proto.put;
    let calls = 0;
    // The entry's record is written, then its size record fails for lack of space.
    proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    };
    try {
      await expect(results.put('k', { output: 1, table: new Uint8Array(8) })).rejects.toBeInstanceOf(StorageFullError);
    } finally {
      proto.put = original;
    }
    expect(calls).toBe(2);
    expect(await results.get('k')).toBeNull();
  });
});

describe('IndexedDbKeyValueStore', () => {
  it('keeps settings', async () => {
    const { settings } = await open(new IDBFactory());
    await settings.set('language', 'es');
    await settings.set('theme', { mode: 'dark', contrast: 'high' });
    expect(await settings.get('language')).toBe('es');
    expect(await settings.get('theme')).toEqual({ mode: 'dark', contrast: 'high' });
    await settings.delete('language');
    expect(await settings.get('language')).toBeUndefined();
  });
});

describe('watchNotebook', () => {
  it('hears another tab\'s save and delete, not its own, and stops when asked', async () => {
    const factory = new IDBFactory();
    const otherTab = await open(factory, { tabId: 'other-tab' });
    const heard: NotebookChange[] = [];
    const ownHeard: NotebookChange[] = [];
    let wake: () => void = () => {};
    const stop = watchNotebook('nb', (c) => {
      heard.push(c);
      wake();
    });
    const stopOwn = watchNotebook('nb', (c) => ownHeard.push(c), { tabId: 'other-tab' });
    const next = () => new Promise<void>((resolve) => (wake = resolve));

    let arrived = next();
    await otherTab.notebooks.save('nb', notebook('x'), null);
    await arrived;
    arrived = next();
    await otherTab.notebooks.save('unrelated', notebook('y'), null);
    await otherTab.notebooks.delete('nb');
    await arrived;
    stop();
    stopOwn();
    await otherTab.notebooks.save('nb', notebook('z'), null);
    await new Promise((r) => setTimeout(r, 50));
    expect(heard).toEqual([
      { id: 'nb', revision: 1, tabId: 'other-tab' },
      { id: 'nb', revision: null, tabId: 'other-tab' },
    ]);
    expect(ownHeard).toEqual([]);
  });

  it('does nothing where BroadcastChannel is missing', () => {
    const original = globalThis.BroadcastChannel;
    // @ts-expect-error simulating an environment without BroadcastChannel
    delete globalThis.BroadcastChannel;
    try {
      const stop = watchNotebook('nb', () => {
        throw new Error('should not be called');
      });
      expect(stop).toBeTypeOf('function');
      stop();
    } finally {
      globalThis.BroadcastChannel = original;
    }
  });
});
