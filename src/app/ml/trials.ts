// Tuning trials as table rows: the parameter columns they share, and sorting by score, trial or a
// parameter with non-finite scores always last. Pure, tested.
import type { TuneOutput } from './outputs';

export type Trial = TuneOutput['trials'][number];
export type TrialSortKey = { by: 'trial' } | { by: 'score' } | { by: 'param'; name: string };

/** Parameter names across trials, in first-seen order. */
export function paramColumns(trials: readonly Trial[]): string[] {
  const seen = new Set<string>();
  for (const t of trials) for (const k of Object.keys(t.params)) seen.add(k);
  return [...seen];
}

function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (a === undefined || a === null) return b === undefined || b === null ? 0 : 1;
  if (b === undefined || b === null) return -1;
  return String(a).localeCompare(String(b));
}

/** `descending` reverses the order of finite scores and values; undefined values stay last. */
export function sortTrials(trials: readonly Trial[], key: TrialSortKey, descending: boolean): Trial[] {
  const sign = descending ? -1 : 1;
  return [...trials].sort((x, y) => {
    if (key.by === 'score') {
      const fx = Number.isFinite(x.score);
      const fy = Number.isFinite(y.score);
      if (fx !== fy) return fx ? -1 : 1;
      if (!fx) return x.trial - y.trial;
      return sign * (x.score - y.score) || x.trial - y.trial;
    }
    if (key.by === 'trial') return sign * (x.trial - y.trial);
    const a = x.params[key.name];
    const b = y.params[key.name];
    if (a === undefined || b === undefined) return compareValues(a, b);
    return sign * compareValues(a, b) || x.trial - y.trial;
  });
}


export function formatParam(v: unknown): string {
  if (v === undefined) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(4)));
  return typeof v === 'string' ? v : JSON.stringify(v);
}
