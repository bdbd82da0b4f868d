// Sizing cached results and choosing which to evict: the LRU policy both result stores share.
import type { ResultEntry } from './store';

export interface CachedResultInfo {
  key: string;
  bytes: number;
  /** Larger is more recent. */
  lastUsed: number;
}

/** The JSON text of an entry's output and the entry's total size in bytes. */
export function measureResult(entry: ResultEntry): { outputJson: string; bytes: number } {
  const outputJson = JSON.stringify(entry.output === undefined ? null : entry.output);
  return { outputJson, bytes: utf8Length(outputJson) + (entry.table?.byteLength ?? 0) };
}

/** UTF-8 size of a string, counted without encoding a copy (a trained model's output is ~1 MB). */
export function utf8Length(s: string): number {
  let bytes = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2; // a surrogate pair: 2 UTF-16 units, 4 UTF-8 bytes
      i++;
    } else bytes += 2; // BMP (a lone surrogate becomes U+FFFD, also 3 bytes)
  }
  return bytes;
}

/**
 * Keys to evict, least recently used first, until the total fits `maxTotalBytes`.
 * `keep` (the entry just written) is never chosen, so a put always caches what it was given.
 */
export function pickEvictions(entries: readonly CachedResultInfo[], maxTotalBytes: number, keep?: string): string[] {
  let total = entries.reduce((sum, e) => sum + e.bytes, 0);
  if (total <= maxTotalBytes) return [];
  const oldestFirst = entries
    .filter((e) => e.key !== keep)
    .sort((a, b) => a.lastUsed - b.lastUsed || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const out: string[] = [];
  for (const e of oldestFirst) {
    if (total <= maxTotalBytes) break;
    out.push(e.key);
    total -= e.bytes;
  }
  return out;
}

/** Date.now(), but strictly increasing within this context so two uses in one millisecond still order. */
export function monotonicClock(now: () => number = Date.now): () => number {
  let last = 0;
  return () => {
    last = Math.max(now(), last + 1);
    return last;
  };
}
