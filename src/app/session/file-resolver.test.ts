import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../pipelines/engine/hash';
import { MissingFileError } from '../../pipelines/engine/types';
import type { BlobStore } from '../../pipelines/store/store';
import { BrowserFileResolver, formatFromName } from './file-resolver';

function blobs(entries: Record<string, Uint8Array>): BlobStore {
  return {
    put: async () => '',
    get: async (sha) => entries[sha] ?? null,
    has: async (sha) => sha in entries,
    delete: async () => {},
    usage: async () => ({ bytes: 0 }),
  };
}

describe('BrowserFileResolver', () => {
  it('reads imported files from the blob store by SHA-256 and asks for missing ones', async () => {
    const bytes = new TextEncoder().encode('a,b\n1,2\n');
    const sha = await sha256Hex(bytes);
    const r = new BrowserFileResolver(blobs({ [sha]: bytes }), './', async () => new Response(null, { status: 404 }));
    await expect(r.resolve({ file: 'x.csv', sha256: sha }, 'x')).resolves.toMatchObject({ fileName: 'x.csv', sha256: sha, format: 'csv', bytes });
    const other = 'f'.repeat(64);
    await expect(r.resolve({ file: 'gone.csv', sha256: other }, 'gone')).rejects.toBeInstanceOf(MissingFileError);
    await expect(r.resolve({ file: 'nohash.csv' }, 'nohash')).rejects.toThrow('File "nohash.csv" is not available here');
    r.supply('nohash', sha);
    await expect(r.resolve({ file: 'nohash.csv' }, 'nohash')).resolves.toMatchObject({ sha256: sha });
  });

  it('fetches bundled datasets next to the page and hashes them', async () => {
    const urls: string[] = [];
    const body = new TextEncoder().encode('[{"a":1}]');
    const r = new BrowserFileResolver(blobs({}), './', async (url) => {
      urls.push(String(url));
      return new Response(body);
    });
    const f = await r.resolve({ dataset: 'penguins' }, 'p');
    expect(urls).toEqual(['./datasets/penguins.json']);
    expect(f).toMatchObject({ fileName: 'penguins.json', format: 'json', sha256: await sha256Hex(body) });
    await expect(r.resolve({ dataset: 'nope' }, 'p')).rejects.toThrow('no bundled dataset "nope"');
  });

  it('knows formats by extension', () => {
    expect(['a.CSV', 'b.tsv', 'c.parquet', 'd.jsonl', 'e.feather', 'f.xlsx'].map(formatFromName)).toEqual(['csv', 'tsv', 'parquet', 'json', 'arrow', undefined]);
  });
});
