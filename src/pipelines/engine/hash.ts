// Content hashing shared by cache keys, blobs, bundles and share links: SHA-256 via WebCrypto
// (browsers, workers and Node 20 alike) and a canonical JSON text so equal values hash equally.

const encoder = new TextEncoder();

/** Lowercase hex SHA-256 of bytes, or of a string's UTF-8 encoding. */
export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data;
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return toHex(new Uint8Array(digest));
}

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += bytes[i].toString(16).padStart(2, '0');
  return out;
}

export class CanonicalJsonError extends Error {
  override name = 'CanonicalJsonError';
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`cannot hash ${path || 'the value'}: ${problem}`);
  }
}

/**
 * JSON with object keys sorted recursively (by UTF-16 code unit, like Array.prototype.sort),
 * undefined object members dropped (undefined in arrays becomes null, as JSON.stringify does),
 * -0 written as 0. NaN, ±Infinity, bigint, functions, symbols, cycles and non-plain objects
 * (Map, Set, typed arrays) are rejected: they have no single JSON form, so they would make two
 * different values hash alike or one value hash two ways.
 */
export function canonicalJson(value: unknown): string {
  const out = write(value, '', new Set());
  if (out === undefined) throw new CanonicalJsonError('', 'undefined has no JSON form');
  return out;
}

function write(value: unknown, path: string, stack: Set<object>): string | undefined {
  switch (typeof value) {
    case 'undefined':
      return undefined;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError(path, `${value} is not a finite number`);
      return Object.is(value, -0) ? '0' : JSON.stringify(value);
    case 'bigint':
      throw new CanonicalJsonError(path, 'bigint has no JSON form; convert it to a string or number first');
    case 'function':
    case 'symbol':
      throw new CanonicalJsonError(path, `a ${typeof value} has no JSON form`);
    case 'object':
      break;
  }
  if (value === null) return 'null';
  const obj = value as object;
  if (stack.has(obj)) throw new CanonicalJsonError(path, 'the value refers to itself (cycle)');
  if (typeof (obj as { toJSON?: unknown }).toJSON === 'function') {
    return write((obj as { toJSON(): unknown }).toJSON(), path, stack);
  }
  stack.add(obj);
  try {
    if (Array.isArray(obj)) {
      const parts = obj.map((item, i) => write(item, `${path}[${i}]`, stack) ?? 'null');
      return `[${parts.join(',')}]`;
    }
    const proto = Object.getPrototypeOf(obj);
    if (proto !== Object.prototype && proto !== null) {
      const kind = (obj as { constructor?: { name?: string } }).constructor?.name ?? 'object';
      throw new CanonicalJsonError(path, `a ${kind} is not a plain object or array`);
    }
    const parts: string[] = [];
    for (const key of Object.keys(obj).sort()) {
      const child = write((obj as Record<string, unknown>)[key], path ? `${path}.${key}` : key, stack);
      if (child !== undefined) parts.push(`${JSON.stringify(key)}:${child}`);
    }
    return `{${parts.join(',')}}`;
  } finally {
    stack.delete(obj);
  }
}
