import { describe, expect, it } from 'vitest';
import { CanonicalJsonError, canonicalJson, sha256Hex } from './hash';

describe('sha256Hex', () => {
  // FIPS 180-2 / NIST test vectors.
  it('hashes the NIST vectors', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('hashes bytes the same as the equal string, and only the view of a subarray', async () => {
    expect(await sha256Hex(new Uint8Array([0x61, 0x62, 0x63]))).toBe(await sha256Hex('abc'));
    const big = new Uint8Array([0x78, 0x61, 0x62, 0x63, 0x79]);
    expect(await sha256Hex(big.subarray(1, 4))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('encodes strings as UTF-8', async () => {
    // sha256 of the UTF-8 bytes c3 b1 ("ñ")
    expect(await sha256Hex('ñ')).toBe(await sha256Hex(new Uint8Array([0xc3, 0xb1])));
  });

  it('hashes one million "a" (NIST long vector)', async () => {
    expect(await sha256Hex(new Uint8Array(1_000_000).fill(0x61))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });
});

describe('canonicalJson', () => {
  it('sorts keys recursively and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it('gives the same text for equal values built in different orders', () => {
    expect(canonicalJson({ x: 1, y: [1, 2] })).toBe(canonicalJson({ y: [1, 2], x: 1 }));
  });

  it('writes -0 as 0, undefined in arrays as null, and escapes strings as JSON does', () => {
    expect(canonicalJson([-0, undefined, 'a"b\n', 1.5e-7, true, null])).toBe('[0,null,"a\\"b\\n",1.5e-7,true,null]');
  });

  it('rejects NaN and Infinity, naming where they are', () => {
    expect(() => canonicalJson({ a: [1, Number.NaN] })).toThrow(CanonicalJsonError);
    expect(() => canonicalJson({ a: [1, Number.NaN] })).toThrow('a[1]');
    expect(() => canonicalJson(Number.POSITIVE_INFINITY)).toThrow(/Infinity/);
    expect(() => canonicalJson({ n: -Infinity })).toThrow(/n: -Infinity/);
  });

  it('rejects values with no single JSON form', () => {
    expect(() => canonicalJson(undefined)).toThrow(CanonicalJsonError);
    expect(() => canonicalJson(1n)).toThrow(/bigint/);
    expect(() => canonicalJson(new Map())).toThrow(/Map/);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/function/);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/cycle/);
  });

  it('allows the same object twice when it is not a cycle, and honours toJSON', () => {
    const shared = { k: 1 };
    expect(canonicalJson([shared, shared])).toBe('[{"k":1},{"k":1}]');
    expect(canonicalJson({ when: new Date(Date.UTC(2020, 0, 2)) })).toBe('{"when":"2020-01-02T00:00:00.000Z"}');
  });
});
