// How ML numbers read in the UI: metric values, which direction is better, the best of a row,
// short hashes. Pure, so the tables and the runs list share one set of rules.
import type { Language } from '../i18n/translate';

/** Error-like metrics, where a smaller value is better (the same set the tuner uses). */
const LOWER_IS_BETTER = new Set(['mae', 'rmse', 'mse', 'mape', 'median_ae', 'log_loss', 'brier', 'inertia']);

export function lowerIsBetter(metric: string): boolean {
  return LOWER_IS_BETTER.has(metric);
}

/** Index of the best finite value (first on ties), or -1 when none is finite. */
export function bestIndex(metric: string, values: readonly (number | null | undefined)[]): number {
  const lower = lowerIsBetter(metric);
  let best = -1;
  values.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return;
    const b = best < 0 ? undefined : (values[best] as number);
    if (b === undefined || (lower ? v < b : v > b)) best = i;
  });
  return best;
}

const formats = new Map<string, Intl.NumberFormat>();
/** One Intl.NumberFormat per language and options, built once (charts redraw several times a second). */
export function numberFormat(lang: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'es' ? 'es-ES' : 'en-US', options);
    formats.set(key, f);
  }
  return f;
}

/** Metric values: 4 significant digits, scientific when very small or large; '—' when undefined. */
export function formatMetric(value: unknown, lang: Language = 'en'): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—';
  if (Number.isInteger(value) && Math.abs(value) < 1e9) return numberFormat(lang, { maximumFractionDigits: 0 }).format(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-3 || abs >= 1e6)) return numberFormat(lang, { notation: 'scientific', maximumFractionDigits: 3 }).format(value);
  return numberFormat(lang, { maximumSignificantDigits: 4 }).format(value);
}

/** Counts of rows and the like. */
export function formatCount(value: number, lang: Language = 'en'): string {
  return numberFormat(lang, { maximumFractionDigits: 0 }).format(value);
}

/** The first characters of a content hash, for display; the full hash goes in a title or a copy. */
export function shortHash(hash: string, length = 12): string {
  return hash.length > length ? hash.slice(0, length) : hash;
}

/** Metric names across several metric sets, in first-seen order. */
export function metricNames(sets: readonly (Record<string, unknown> | null | undefined)[]): string[] {
  const seen = new Set<string>();
  for (const s of sets) if (s) for (const [k, v] of Object.entries(s)) if (typeof v === 'number' || v === null) seen.add(k);
  return [...seen];
}
