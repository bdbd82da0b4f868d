// Base64url (RFC 4648 §5, no padding) for bytes in URLs; decoding names the first bad character.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export function encodeBase64Url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63];
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63];
  }
  return out;
}

export class Base64UrlError extends Error {
  override name = 'Base64UrlError';
}

/** Decodes unpadded base64url; `=` padding at the end is tolerated, anything else outside the alphabet is not. */
export function decodeBase64Url(text: string): Uint8Array {
  const body = text.replace(/={1,2}$/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c >= 128 || LOOKUP[c] < 0) throw new Base64UrlError(`character ${JSON.stringify(body[i])} at position ${i + 1} is not base64url`);
  }
  if (body.length % 4 === 1) throw new Base64UrlError(`${body.length} characters cannot be base64url (one too many or one missing)`);
  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let o = 0;
  let i = 0;
  for (; i + 3 < body.length; i += 4) {
    const n = (LOOKUP[body.charCodeAt(i)] << 18) | (LOOKUP[body.charCodeAt(i + 1)] << 12) | (LOOKUP[body.charCodeAt(i + 2)] << 6) | LOOKUP[body.charCodeAt(i + 3)];
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 255;
    out[o++] = n & 255;
  }
  const rest = body.length - i;
  if (rest >= 2) {
    const n = (LOOKUP[body.charCodeAt(i)] << 18) | (LOOKUP[body.charCodeAt(i + 1)] << 12) | (rest === 3 ? LOOKUP[body.charCodeAt(i + 2)] << 6 : 0);
    out[o++] = n >> 16;
    if (rest === 3) out[o++] = (n >> 8) & 255;
  }
  return out;
}
