import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileBlobStore, FileResultStore, defaultStoreDir, writeFileAtomic } from './files';
import { BlobIntegrityError } from './store';

const ABC_SHA = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bitacora-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('defaultStoreDir', () => {
  it('is .bitacora beside the notebook', () => {
    expect(defaultStoreDir('/home/ana/work/trips.yaml')).toBe('/home/ana/work/.bitacora');
  });
});

describe('writeFileAtomic', () => {
  it('replaces the file whole and leaves no temporary files', async () => {
    const path = join(dir, 'deep', 'x.json');
    await writeFileAtomic(path, 'first');
    await writeFileAtomic(path, 'second');
    expect(await readFile(path, 'utf8')).toBe('second');
    expect(await readdir(join(dir, 'deep'))).toEqual(['x.json']);
  });
});

describe('FileBlobStore', () => {
  it('stores bytes under their SHA-256 and reads them back', async () => {
    const blobs = new FileBlobStore(dir);
    expect(await blobs.put(new TextEncoder().encode('abc'))).toBe(ABC_SHA);
    expect(await blobs.put(new TextEncoder().encode('abc'), ABC_SHA)).toBe(ABC_SHA);
    expect(await readFile(join(dir, 'blobs', ABC_SHA), 'utf8')).toBe('abc');
    expect(new TextDecoder().decode((await blobs.get(ABC_SHA))!)).toBe('abc');
    expect(await blobs.has(ABC_SHA)).toBe(true);
    await blobs.put(new Uint8Array(7));
    expect(await blobs.usage()).toEqual({ bytes: 10 });
    await blobs.delete(ABC_SHA);
    expect(await blobs.get(ABC_SHA)).toBeNull();
    expect(await blobs.has(ABC_SHA)).toBe(false);
    expect(await blobs.has('../../etc/passwd')).toBe(false);
  });

  it('refuses mismatched bytes and notices a file edited on disk', async () => {
    const blobs = new FileBlobStore(dir);
    await expect(blobs.put(new TextEncoder().encode('abc'), 'f'.repeat(64))).rejects.toBeInstanceOf(BlobIntegrityError);
    expect(await blobs.has(ABC_SHA)).toBe(false);
    await blobs.put(new TextEncoder().encode('abc'));
    await writeFile(join(dir, 'blobs', ABC_SHA), 'abd');
    await expect(blobs.get(ABC_SHA)).rejects.toThrow(`The stored file ${join(dir, 'blobs', ABC_SHA)} does not match its recorded SHA-256`);
  });

  it('reports zero usage before anything is stored', async () => {
    expect(await new FileBlobStore(dir).usage()).toEqual({ bytes: 0 });
  });
});

describe('FileResultStore', () => {
  it('writes <key>.json and <key>.arrow and reads them back', async () => {
    const results = new FileResultStore(dir);
    expect(await results.put('k1', { output: { rows: 2 }, table: new Uint8Array([9, 8, 7]) })).toBe(true);
    expect((await readdir(join(dir, 'results'))).sort()).toEqual(['k1.arrow', 'k1.json']);
    const got = await results.get('k1');
    expect(got?.output).toEqual({ rows: 2 });
    expect(Array.from(got!.table!)).toEqual([9, 8, 7]);
    // Replacing it with a table-less entry removes the old table.
    await results.put('k1', { output: 'text only' });
    expect(await readdir(join(dir, 'results'))).toEqual(['k1.json']);
    expect(await results.get('k1')).toEqual({ output: 'text only' });
    expect(await results.get('absent')).toBeNull();
  });

  it('treats a table that does not match its JSON as a miss', async () => {
    const results = new FileResultStore(dir);
    await results.put('k', { output: 1, table: new Uint8Array([1, 2, 3]) });
    await writeFile(join(dir, 'results', 'k.arrow'), new Uint8Array([1, 2, 4]));
    expect(await results.get('k')).toBeNull();
    await writeFile(join(dir, 'results', 'k.json'), '{"format":"bitacora-res');
    expect(await results.get('k')).toBeNull();
  });

  it('skips entries over the per-entry cap', async () => {
    const results = new FileResultStore(dir, { limits: { maxEntryBytes: 100 } });
    expect(await results.put('big', { output: null, table: new Uint8Array(97) })).toBe(false);
    expect(await results.get('big')).toBeNull();
  });

  it('evicts the least recently used entries above the total budget', async () => {
    let t = Date.UTC(2026, 0, 1);
    const clock = () => (t += 1000);
    const probe = new FileResultStore(dir, { clock });
    await probe.put('probe', { output: null, table: new Uint8Array(1000) });
    const one = (await readFile(join(dir, 'results', 'probe.json'))).byteLength + 1000;
    await probe.clear();
    const results = new FileResultStore(dir, { clock, limits: { maxTotalBytes: 3 * one } });
    for (const key of ['a', 'b', 'c']) await results.put(key, { output: null, table: new Uint8Array(1000) });
    await results.get('a');
    await results.put('d', { output: null, table: new Uint8Array(1000) });
    expect((await readdir(join(dir, 'results'))).sort()).toEqual(['a.arrow', 'a.json', 'c.arrow', 'c.json', 'd.arrow', 'd.json']);
  });

  it('refuses keys that are not plain file names', async () => {
    const results = new FileResultStore(dir);
    await expect(results.put('../escape', { output: 1 })).rejects.toThrow('cannot be a file name');
  });
});
