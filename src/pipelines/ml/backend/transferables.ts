// Finds the ArrayBuffers under typed arrays in a plain job payload or result, so they cross threads by transfer
// (no copy). Also rejects what cannot cross as data: class instances and functions.

/** Distinct ArrayBuffers of every typed array found in plain objects and arrays under `value`. */
export function collectTransferables(value: unknown): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  walk(value, found, new Set(), '$');
  return [...found];
}

export class JobDataError extends Error {
  override name = 'JobDataError';
}

function walk(v: unknown, found: Set<ArrayBuffer>, seen: Set<object>, path: string): void {
  if (v === null || typeof v !== 'object') {
    if (typeof v === 'function') throw new JobDataError(`${path} is a function; job payloads and results must be plain data`);
    return;
  }
  if (seen.has(v)) return;
  seen.add(v);
  if (ArrayBuffer.isView(v)) {
    if (v.buffer instanceof ArrayBuffer && v.buffer.byteLength > 0) found.add(v.buffer);
    return;
  }
  if (v instanceof ArrayBuffer) {
    if (v.byteLength > 0) found.add(v);
    return;
  }
  if (Array.isArray(v)) {
    v.forEach((x, i) => walk(x, found, seen, `${path}[${i}]`));
    return;
  }
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) {
    const name = (v as object).constructor?.name ?? 'unknown';
    throw new JobDataError(`${path} is a ${name} instance; send plain objects, arrays and typed arrays, not class instances`);
  }
  for (const [k, x] of Object.entries(v)) walk(x, found, seen, `${path}.${k}`);
}
