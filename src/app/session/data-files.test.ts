import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../pipelines/engine/hash';
import type { DataEngine } from '../../pipelines/data/engine';
import type { Notebook } from '../../pipelines/notebook/schema';
import { MemoryBlobStore } from '../../pipelines/store/memory';
import { acceptDataFile, missingDataFiles, storeSuppliedFile } from './data-files';

const csv = new TextEncoder().encode('a,b\n1,2\n');
const file = (name: string, bytes: Uint8Array) => new File([bytes as Uint8Array<ArrayBuffer>], name);

describe('acceptDataFile', () => {
  it('imports, then stores the bytes under their SHA-256', async () => {
    const blobs = new MemoryBlobStore();
    const imported: string[] = [];
    const engine = { importFile: async (table: string) => void imported.push(table) } as unknown as DataEngine;
    const got = await acceptDataFile(engine, blobs, file('rows.csv', csv), 'rows');
    expect(got).toEqual({ sha256: await sha256Hex(csv), format: 'csv' });
    expect(imported).toEqual(['rows']);
    expect(await blobs.has(got.sha256)).toBe(true);
  });
  it('stores nothing when the engine cannot read the file, and says which file and format', async () => {
    const blobs = new MemoryBlobStore();
    const engine = { importFile: async () => Promise.reject(new Error('bad quote at line 2')) } as unknown as DataEngine;
    await expect(acceptDataFile(engine, blobs, file('rows.csv', csv), 'rows')).rejects.toThrow(/rows\.csv.*could not be read as CSV: bad quote at line 2/);
    expect(await blobs.has(await sha256Hex(csv))).toBe(false);
  });
  it('refuses an unknown extension before reading anything', async () => {
    const engine = { importFile: async () => expect.unreachable() } as unknown as DataEngine;
    await expect(acceptDataFile(engine, new MemoryBlobStore(), file('rows.xlsx', csv), 'rows')).rejects.toThrow(/rows\.xlsx.*unknown file type/);
  });
});

describe('storeSuppliedFile', () => {
  it('refuses bytes that differ from the recorded SHA-256, storing nothing', async () => {
    const blobs = new MemoryBlobStore();
    const other = new TextEncoder().encode('a,b\n9,9\n');
    const recorded = await sha256Hex(csv);
    await expect(storeSuppliedFile(blobs, file('rows.csv', other), { format: 'csv', sha256: recorded })).rejects.toThrow(new RegExp(`does not match.*${recorded.slice(0, 12)}`));
    expect(await blobs.has(await sha256Hex(other))).toBe(false);
    expect(await storeSuppliedFile(blobs, file('rows.csv', csv), { format: 'csv', sha256: recorded })).toBe(recorded);
    expect(await blobs.has(recorded)).toBe(true);
  });
});

describe('missingDataFiles', () => {
  it('lists file-backed data cells whose bytes are not stored, not datasets', async () => {
    const blobs = new MemoryBlobStore();
    const stored = await sha256Hex(csv);
    await blobs.put(csv, stored);
    const nb = {
      format: 'bitacora/1',
      title: 't',
      cells: [
        { id: 'have', kind: 'data', source: { file: 'a.csv', sha256: stored } },
        { id: 'lost', kind: 'data', source: { file: 'b.csv', sha256: 'f'.repeat(64) } },
        { id: 'unhashed', kind: 'data', source: { file: 'c.csv' } },
        { id: 'bundled', kind: 'data', source: { dataset: 'penguins' } },
      ],
    } as unknown as Notebook;
    expect(await missingDataFiles(nb, blobs)).toEqual(new Set(['lost', 'unhashed']));
  });
});
