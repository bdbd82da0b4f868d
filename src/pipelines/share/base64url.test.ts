import { describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from './base64url';

const enc = (s: string) => new TextEncoder().encode(s);

describe('base64url', () => {
  // RFC 4648 §10 test vectors, without padding.
  const vectors: [string, string][] = [
    ['', ''], ['f', 'Zg'], ['fo', 'Zm8'], ['foo', 'Zm9v'], ['foob', 'Zm9vYg'], ['fooba', 'Zm9vYmE'], ['foobar', 'Zm9vYmFy'],
  ];
  it.each(vectors)('encodes %j as %j and back', (plain, coded) => {
    expect(encodeBase64Url(enc(plain))).toBe(coded);
    expect(new TextDecoder().decode(decodeBase64Url(coded))).toBe(plain);
  });

  it('uses - and _ where base64 uses + and /', () => {
    expect(encodeBase64Url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
    expect(Array.from(decodeBase64Url('-_8'))).toEqual([0xfb, 0xff]);
    expect(Array.from(decodeBase64Url('-_8='))).toEqual([0xfb, 0xff]);
  });

  it('names the first character that is not base64url', () => {
    expect(() => decodeBase64Url('Zm9v+mE')).toThrow('character "+" at position 5 is not base64url');
    expect(() => decodeBase64Url('Zm9vY')).toThrow('5 characters cannot be base64url');
  });

  it('round-trips all byte values', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(Array.from(decodeBase64Url(encodeBase64Url(all)))).toEqual(Array.from(all));
  });
});
