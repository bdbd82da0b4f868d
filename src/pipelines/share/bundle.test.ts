import { unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../engine/hash';
import { validateNotebook } from '../notebook/parse';
import { BundleError, exportBundle, readBundle, type BundleFile, type BundleLimits } from './bundle';

const enc = (s: string) => new TextEncoder().encode(s);
const CREATED = new Date(Date.UTC(2026, 10, 26, 12, 0, 0));

const tripsCsv = enc('city,km\nQuito,12\nLima,7\n');
const weightsCsv = enc('station,kg\nA,1.5\n');
const parquet = enc('PAR1 pretend-parquet UNIQUE-MARKER bytes PAR1');

async function fixture() {
  const tripsSha = await sha256Hex(tripsCsv);
  const weightsSha = await sha256Hex(weightsCsv);
  const parquetSha = await sha256Hex(parquet);
  const notebook = validateNotebook({
    format: 'bitacora/1',
    title: 'Trips',
    cells: [
      { id: 'trips', kind: 'data', source: { file: 'trips.csv', sha256: tripsSha } },
      { id: 'weights', kind: 'data', source: { file: 'weights.csv' } }, // matched by name
      { id: 'pq', kind: 'data', source: { file: 'facts.parquet', sha256: parquetSha, format: 'parquet' } },
      { id: 'penguins', kind: 'data', source: { dataset: 'penguins' } },
      { id: 'q', kind: 'sql', sql: 'SELECT * FROM trips' },
    ],
  });
  const files = new Map<string, BundleFile>([
    [tripsSha, { name: 'trips.csv', bytes: tripsCsv }],
    [weightsSha, { name: 'weights.csv', bytes: weightsCsv }],
    [parquetSha, { name: 'facts.parquet', bytes: parquet }],
    [await sha256Hex('unused'), { name: 'unused.txt', bytes: enc('unused') }],
  ]);
  return { notebook, files, tripsSha, weightsSha, parquetSha };
}

async function goodBundle(): Promise<Uint8Array> {
  const { notebook, files } = await fixture();
  return exportBundle({ notebook, files, created: CREATED });
}

/** The bundle's entries, edited by `edit`, zipped again (manifest untouched unless edited). */
async function rezip(edit: (entries: Record<string, Uint8Array>) => void): Promise<Uint8Array> {
  const entries = unzipSync(await goodBundle());
  edit(entries);
  return zipSync(entries as Zippable);
}

async function failure(bytes: Uint8Array, limits?: Partial<BundleLimits>): Promise<BundleError> {
  try {
    await readBundle(bytes, limits);
  } catch (e) {
    if (e instanceof BundleError) return e;
    throw e;
  }
  throw new Error('expected a BundleError');
}

describe('exportBundle / readBundle', () => {
  it('round-trips the notebook and every file it reads, and only those', async () => {
    const { notebook, tripsSha, weightsSha, parquetSha } = await fixture();
    const bytes = await goodBundle();
    const names = Object.keys(unzipSync(bytes)).sort();
    expect(names).toEqual(['data/' + parquetSha + '.parquet', 'data/' + tripsSha + '.csv', 'data/' + weightsSha + '.csv', 'manifest.json', 'notebook.yaml'].sort());

    const read = await readBundle(bytes);
    expect(read.manifest.format).toBe('bitacora-bundle/1');
    expect(read.manifest.created).toBe('2026-11-26T12:00:00.000Z');
    expect(read.manifest.notebook.path).toBe('notebook.yaml');
    expect(read.manifest.files).toEqual([
      { path: `data/${tripsSha}.csv`, sha256: tripsSha, bytes: tripsCsv.byteLength, name: 'trips.csv' },
      { path: `data/${weightsSha}.csv`, sha256: weightsSha, bytes: weightsCsv.byteLength, name: 'weights.csv' },
      { path: `data/${parquetSha}.parquet`, sha256: parquetSha, bytes: parquet.byteLength, name: 'facts.parquet' },
    ]);
    // The file matched by name is pinned by its hash in the bundled notebook.
    const pinned = structuredClone(notebook);
    (pinned.cells[1] as { source: { sha256?: string } }).source.sha256 = weightsSha;
    expect(read.notebook).toEqual(pinned);
    expect([...read.files.keys()]).toEqual([tripsSha, weightsSha, parquetSha]);
    expect(new TextDecoder().decode(read.files.get(tripsSha)!.bytes)).toBe('city,km\nQuito,12\nLima,7\n');
    expect(read.files.get(weightsSha)!.name).toBe('weights.csv');
  });

  it('writes the same bytes for the same input', async () => {
    expect(await goodBundle()).toEqual(await goodBundle());
  });

  it('stores a file that deflates past the ratio cap, so it reads back', async () => {
    const zeros = new Uint8Array(3 * 1024 * 1024).fill(0x30);
    const sha = await sha256Hex(zeros);
    const notebook = validateNotebook({ format: 'bitacora/1', cells: [{ id: 'z', kind: 'data', source: { file: 'zeros.csv', sha256: sha } }] });
    const bytes = await exportBundle({ notebook, files: new Map([[sha, { name: 'zeros.csv', bytes: zeros }]]), created: CREATED });
    const read = await readBundle(bytes);
    expect(read.files.get(sha)!.bytes.byteLength).toBe(zeros.byteLength);
  });

  it('refuses to export a notebook whose files were not given, or were given under a wrong hash', async () => {
    const { notebook, files, tripsSha } = await fixture();
    const without = new Map(files);
    without.delete(tripsSha);
    await expect(exportBundle({ notebook, files: without })).rejects.toThrow(`This bundle cannot be imported: cell trips reads trips.csv (sha256 ${tripsSha}), but no bytes were given for it`);
    const wrong = new Map(files);
    wrong.set(tripsSha, { name: 'trips.csv', bytes: enc('other') });
    await expect(exportBundle({ notebook, files: wrong })).rejects.toThrow('trips.csv does not match the SHA-256 it was given under');
  });
});

describe('readBundle refuses', () => {
  it('a tampered byte, naming the file', async () => {
    const { parquetSha } = await fixture();
    const bytes = await goodBundle();
    // The parquet file is stored uncompressed, so its bytes appear in the zip as they are.
    const at = Buffer.from(bytes).indexOf('UNIQUE-MARKER');
    expect(at).toBeGreaterThan(0);
    const tampered = bytes.slice();
    tampered[at] ^= 0x01;
    const err = await failure(tampered);
    expect(err.entry).toBe(`data/${parquetSha}.parquet`);
    expect(err.message).toBe(
      `This bundle cannot be imported: data/${parquetSha}.parquet does not match its SHA-256 in manifest.json (expected ${parquetSha}, got ${await sha256Hex(tampered.subarray(at - 'PAR1 pretend-parquet '.length, at - 'PAR1 pretend-parquet '.length + parquet.byteLength))}): it was changed or damaged. Nothing was imported.`,
    );
  });

  it('a changed file of the same size in a re-zipped bundle', async () => {
    const { tripsSha } = await fixture();
    const err = await failure(await rezip((e) => (e[`data/${tripsSha}.csv`] = enc('city,km\nQuito,99\nLima,7\n'))));
    expect(err.message).toContain(`data/${tripsSha}.csv does not match its SHA-256 in manifest.json`);
  });

  it('a file listed in the manifest but missing', async () => {
    const { tripsSha } = await fixture();
    const err = await failure(await rezip((e) => delete e[`data/${tripsSha}.csv`]));
    expect(err.message).toBe(`This bundle cannot be imported: data/${tripsSha}.csv is listed in manifest.json but missing from the zip. Nothing was imported.`);
  });

  it('an entry the manifest does not list', async () => {
    const err = await failure(await rezip((e) => (e['data/extra.csv'] = enc('a\n1\n'))));
    expect(err.entry).toBe('data/extra.csv');
    expect(err.message).toBe('This bundle cannot be imported: data/extra.csv is in the zip but not listed in manifest.json. Nothing was imported.');
  });

  it.each([
    ['../evil.sh', "climbs out of the bundle with '..'"],
    ['data/../../evil.sh', "climbs out of the bundle with '..'"],
    ['/etc/passwd', 'is an absolute path'],
    ['C:/Windows/evil.dll', 'is an absolute path'],
    ['data\\evil.csv', 'uses a backslash in its path'],
  ])('a path that escapes the bundle: %s', async (name, reason) => {
    const err = await failure(await rezip((e) => (e[name] = enc('x'))));
    expect(err.message).toBe(`This bundle cannot be imported: ${JSON.stringify(name)} ${reason}. Nothing was imported.`);
  });

  it('a zip bomb, from its directory and before inflating', async () => {
    const zeros = new Uint8Array(4 * 1024 * 1024);
    const bomb = await rezip((e) => (e['data/zeros.bin'] = zeros));
    expect(bomb.byteLength).toBeLessThan(64 * 1024);
    const byTotal = await failure(bomb, { maxTotalBytes: 1024 * 1024, maxEntryRatio: 10_000 });
    expect(byTotal.message).toBe('This bundle cannot be imported: would unpack to more than 1.0 MB (reached at data/zeros.bin). Nothing was imported.');
    const byRatio = await failure(bomb);
    expect(byRatio.entry).toBe('data/zeros.bin');
    expect(byRatio.message).toMatch(/data\/zeros\.bin would unpack 4194304 bytes from \d+ \(over 200:1\), which looks like a zip bomb/);
  });

  it('a bomb whose directory understates its size: inflation stops at the declared size', async () => {
    const big = new Uint8Array(8 * 1024 * 1024);
    const bytes = await rezip((e) => {
      const m = JSON.parse(new TextDecoder().decode(e['manifest.json']));
      m.files.push({ path: 'data/liar.bin', sha256: 'b'.repeat(64), bytes: 10, name: 'liar.bin' });
      e['manifest.json'] = enc(JSON.stringify(m));
      e['data/liar.bin'] = big;
    });
    // Rewrite the central directory record of data/liar.bin to claim 10 uncompressed bytes.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const name = enc('data/liar.bin');
    let patched = 0;
    for (let at = 0; at + 46 + name.length <= bytes.length; at++) {
      if (view.getUint32(at, true) !== 0x02014b50 || view.getUint16(at + 28, true) !== name.length) continue;
      if (!name.every((c, i) => bytes[at + 46 + i] === c)) continue;
      view.setUint32(at + 24, 10, true);
      patched++;
    }
    expect(patched).toBe(1);
    const err = await failure(bytes);
    expect(err.entry).toBe('data/liar.bin');
    // Only the 10 declared bytes were produced: the hash is that of ten zero bytes.
    expect(err.message).toContain(`data/liar.bin does not match its SHA-256 in manifest.json (expected ${'b'.repeat(64)}, got ${await sha256Hex(new Uint8Array(10))})`);
  });

  it('a file that is not a zip', async () => {
    const err = await failure(enc('format: bitacora/1\ncells: []\n'));
    expect(err.entry).toBeNull();
    expect(err.message).toBe('This bundle cannot be imported: it is not a zip archive, or its directory is damaged (invalid zip data). Nothing was imported.');
  });

  it('a zip without a manifest', async () => {
    const err = await failure(zipSync({ 'notebook.yaml': enc('format: bitacora/1\ncells: []\n') }));
    expect(err.message).toBe('This bundle cannot be imported: has no manifest.json; it is not a .bitacora bundle. Nothing was imported.');
  });

  it('an invalid manifest, naming the key', async () => {
    const err = await failure(
      await rezip((e) => {
        const m = JSON.parse(new TextDecoder().decode(e['manifest.json']));
        m.files[1].sha256 = 'ABC';
        e['manifest.json'] = enc(JSON.stringify(m));
      }),
    );
    expect(err.message).toBe('This bundle cannot be imported: manifest.json files[1].sha256: must be 64 lowercase hex digits. Nothing was imported.');
  });

  it('a size that differs from the manifest', async () => {
    const { tripsSha } = await fixture();
    const err = await failure(
      await rezip((e) => {
        const m = JSON.parse(new TextDecoder().decode(e['manifest.json']));
        m.files[0].bytes += 1;
        e['manifest.json'] = enc(JSON.stringify(m));
      }),
    );
    expect(err.message).toBe(`This bundle cannot be imported: data/${tripsSha}.csv is ${tripsCsv.byteLength} bytes in the zip directory, but manifest.json says ${tripsCsv.byteLength + 1}. Nothing was imported.`);
  });

  it('an invalid notebook, naming the cell and key', async () => {
    const yaml = enc('format: bitacora/1\ntitle: Broken\ncells:\n  - id: by_city\n    kind: sql\n    sql: ""\n');
    const sha = await sha256Hex(yaml);
    const manifest = { format: 'bitacora-bundle/1', created: CREATED.toISOString(), notebook: { path: 'notebook.yaml', sha256: sha }, files: [] };
    const err = await failure(zipSync({ 'manifest.json': enc(JSON.stringify(manifest)), 'notebook.yaml': yaml }));
    expect(err.message).toMatch(/^This bundle cannot be imported: has an invalid notebook: notebook\.yaml: cells\[0\] \(by_city\)\.sql: .*\. Nothing was imported\.$/);
  });

  it('a notebook that reads a file the bundle does not hold', async () => {
    const missing = 'a'.repeat(64);
    const yaml = enc(`format: bitacora/1\ncells:\n  - id: trips\n    kind: data\n    source: { file: trips.csv, sha256: ${missing} }\n`);
    const manifest = { format: 'bitacora-bundle/1', created: CREATED.toISOString(), notebook: { path: 'notebook.yaml', sha256: await sha256Hex(yaml) }, files: [] };
    const err = await failure(zipSync({ 'manifest.json': enc(JSON.stringify(manifest)), 'notebook.yaml': yaml }));
    expect(err.message).toBe(`This bundle cannot be imported: notebook.yaml: cell trips reads trips.csv (sha256 ${missing}), which the bundle does not hold. Nothing was imported.`);
  });
});
