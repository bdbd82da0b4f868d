// Byte sizes for storage, memory and file-size messages ("1.5 GB", "1,5 GB"), decimal units as
// browsers report quota.
import type { Language } from './translate';

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB'] as const;

export function formatBytes(bytes: number, lang: Language = 'en'): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const text = new Intl.NumberFormat(lang === 'es' ? 'es-ES' : 'en-US', { maximumFractionDigits: digits }).format(value);
  return `${text} ${UNITS[unit]}`;
}

/** The engine's memory warning threshold: DuckDB-WASM's heap tops out near 3 GB (wasm32 with 4 GB addressing). */
export const MEMORY_WARNING_BYTES = 2.5e9;

export function isMemoryNearLimit(usedBytes: number, limitBytes = 3e9): boolean {
  return usedBytes >= Math.min(MEMORY_WARNING_BYTES, limitBytes * 0.85);
}
