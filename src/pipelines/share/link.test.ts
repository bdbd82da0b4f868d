import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateNotebook } from '../notebook/parse';
import type { Notebook } from '../notebook/schema';
import { encodeBase64Url } from './base64url';
import { LONG_LINK_CHARS, ShareLinkError, decodeShareLink, encodeShareLink, type ShareLinkProblem } from './link';

const SHA = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const BASE = 'https://example.org/bitacora/';

const nb: Notebook = validateNotebook({
  format: 'bitacora/1',
  title: 'Trips by city',
  cells: [
    { id: 'trips', kind: 'data', source: { file: 'trips.csv', sha256: SHA, format: 'csv' } },
    { id: 'penguins', kind: 'data', source: { dataset: 'penguins' } },
    { id: 'notes', kind: 'markdown', text: '## Qué miramos — ñandú 🐧' },
    { id: 'by_city', kind: 'sql', sql: 'SELECT city, count(*) AS n FROM trips GROUP BY city' },
  ],
});

/** A payload for `raw` bytes as the encoder would make it. */
const payloadOf = (raw: Uint8Array) => `#nb=v1.${encodeBase64Url(deflateSync(raw))}`;
const jsonPayload = (value: unknown) => payloadOf(new TextEncoder().encode(JSON.stringify(value)));

function problemOf(input: string, options?: { maxBytes?: number }): ShareLinkError {
  try {
    decodeShareLink(input, options);
  } catch (e) {
    if (e instanceof ShareLinkError) return e;
    throw e;
  }
  throw new Error('expected a ShareLinkError');
}

describe('encodeShareLink / decodeShareLink', () => {
  it('round-trips a notebook through the URL hash, replacing any old hash', () => {
    const link = encodeShareLink(nb, `${BASE}#nb=v1.old`);
    expect(link.url.startsWith(`${BASE}#nb=v1.`)).toBe(true);
    expect(link.url).toMatch(/^[^#]+#nb=v1\.[A-Za-z0-9_-]+$/);
    expect(link.length).toBe(link.url.length);
    expect(link.tooLong).toBe(false);
    expect(decodeShareLink(link.url)).toEqual(nb);
  });

  it('accepts the hash alone, the bare parameter and other hash parameters', () => {
    const hash = encodeShareLink(nb, BASE).url.slice(BASE.length);
    expect(decodeShareLink(hash)).toEqual(nb);
    expect(decodeShareLink(hash.slice(1))).toEqual(nb);
    expect(decodeShareLink(`${BASE}#mode=review&${hash.slice(1)}`)).toEqual(nb);
  });

  it('is the same link for the same notebook whatever its key order', () => {
    const reordered = validateNotebook({ cells: nb.cells, title: nb.title, format: nb.format });
    expect(encodeShareLink(reordered, BASE).url).toBe(encodeShareLink(nb, BASE).url);
  });

  it('references data by hash or dataset id and never embeds it', () => {
    const link = encodeShareLink(nb, BASE);
    const back = decodeShareLink(link.url);
    expect(back.cells[0]).toEqual({ id: 'trips', kind: 'data', source: { file: 'trips.csv', sha256: SHA, format: 'csv' } });
    expect(back.cells[1]).toEqual({ id: 'penguins', kind: 'data', source: { dataset: 'penguins' } });
  });

  it('flags links longer than about 32k characters', () => {
    // xorshift32: text deflate cannot squeeze much (about 6.5 bits of 8 per character)
    let x = 2463534242;
    const next = () => ((x ^= x << 13), (x ^= x >>> 17), (x ^= x << 5), x >>> 0);
    const noise = Array.from({ length: 40_000 }, () => String.fromCharCode(33 + (next() % 90))).join('');
    const big = validateNotebook({ format: 'bitacora/1', title: 'Long', cells: [{ id: 'm', kind: 'markdown', text: noise }] });
    const link = encodeShareLink(big, BASE);
    expect(link.length).toBeGreaterThan(LONG_LINK_CHARS);
    expect(link.tooLong).toBe(true);
    expect(decodeShareLink(link.url)).toEqual(big);
  });

  it('refuses to encode an invalid notebook', () => {
    const bad = { ...nb, cells: [{ id: '1bad', kind: 'markdown', text: '' }] } as unknown as Notebook;
    expect(() => encodeShareLink(bad, BASE)).toThrow('cells[0] (1bad).id');
  });
});

describe('decodeShareLink errors', () => {
  const cases: [string, string, ShareLinkProblem, string | RegExp][] = [
    ['no hash', BASE, 'no-payload', 'This link holds no notebook: expected "#nb=v1.…" at the end of the address. It may have been cut off when copied.'],
    ['other hash', `${BASE}#section-2`, 'no-payload', /holds no notebook/],
    ['empty payload', `${BASE}#nb=v1.`, 'no-payload', /empty notebook payload/],
    ['no version', `${BASE}#nb=eJxLTEoGAAJNASc`, 'unknown-version', /has no version mark/],
    ['newer version', `${BASE}#nb=v2.eJxLTEoGAAJNASc`, 'unknown-version', 'This link uses share-link format v2; this version of Bitácora opens v1 links. Update the app, or ask for a .bitacora bundle.'],
    ['bad base64', `${BASE}#nb=v1.abc*def`, 'bad-base64', 'This link is damaged: character "*" at position 4 is not base64url. It may have been cut off or changed when copied.'],
    ['not deflate', `#nb=v1.${encodeBase64Url(new Uint8Array([0xff, 0xff, 0xff, 0xff]))}`, 'not-deflate', 'This link is damaged: its payload is not compressed notebook data (invalid block type).'],
    ['not json', payloadOf(new TextEncoder().encode('hello, not json')), 'not-json', /^This link is damaged: its unpacked content is not JSON text/],
    ['not utf-8', payloadOf(new Uint8Array([0x22, 0xff, 0x22])), 'not-json', /not JSON text/],
  ];
  it.each(cases)('%s', (_name, input, problem, message) => {
    const err = problemOf(input);
    expect(err.problem).toBe(problem);
    if (typeof message === 'string') expect(err.message).toBe(message);
    else expect(err.message).toMatch(message);
  });

  it('notices a payload cut short', () => {
    const url = encodeShareLink(nb, BASE).url;
    const cut = url.slice(0, url.length - 40);
    const err = problemOf(cut.length % 4 === 1 ? cut.slice(0, -1) : cut);
    expect(err.problem).toBe('not-deflate');
  });

  it('names the cell and key path of a schema error', () => {
    const err = problemOf(jsonPayload({ format: 'bitacora/1', title: 't', cells: [{ id: 'a', kind: 'markdown', text: 'x' }, { id: 'by_city', kind: 'sql', sql: '' }] }));
    expect(err.problem).toBe('invalid-notebook');
    expect(err.message).toMatch(/^This link's notebook is not valid: shared notebook: cells\[1\] \(by_city\)\.sql: /);
    expect(err.issues[0].where).toBe('cells[1] (by_city).sql');
  });

  it('stops inflating a zip bomb past the cap', () => {
    // 6 MB of spaces deflates to about 6 kB: a short link that would unpack to 6 MB.
    const bomb = payloadOf(new Uint8Array(6 * 1024 * 1024).fill(0x20));
    expect(bomb.length).toBeLessThan(20_000);
    const err = problemOf(bomb);
    expect(err.problem).toBe('too-large');
    expect(err.message).toBe('This link\'s notebook unpacks to more than 5 MB, which no notebook needs; it was not opened.');
    expect(problemOf(jsonPayload({ text: 'x'.repeat(2000) }), { maxBytes: 1024 }).problem).toBe('too-large');
  });

  it('refuses a payload longer than the cap before decoding it', () => {
    expect(problemOf(`#nb=v1.${'A'.repeat(3000)}`, { maxBytes: 1024 }).problem).toBe('too-large');
  });
});
