// Geometry of the feature-importance chart: the top features, largest first, as bars from the zero
// line (permutation importance can be negative), whiskers of ± std, and round ticks on the value axis.

export interface ImportanceItem {
  feature: string;
  value: number;
  std?: number;
}

export interface ImportanceBar {
  feature: string;
  value: number;
  std: number | null;
  /** Bar from x0 to x1 (x0 ≤ x1), in 0…width. */
  x0: number;
  x1: number;
  /** Whisker ends, when std is known. */
  w0: number | null;
  w1: number | null;
}

/** The item's spread when it has a usable one. */
function spreadOf(d: ImportanceItem): number | null {
  return typeof d.std === 'number' && Number.isFinite(d.std) ? d.std : null;
}

export function importanceBars(items: readonly ImportanceItem[], width: number, limit = 20): { bars: ImportanceBar[]; zero: number; ticks: { x: number; value: number }[] } {
  const top = items.filter((d) => Number.isFinite(d.value)).sort((a, b) => b.value - a.value).slice(0, limit);
  let lo = 0;
  let hi = 0;
  for (const d of top) {
    const s = spreadOf(d) ?? 0;
    lo = Math.min(lo, d.value - s);
    hi = Math.max(hi, d.value + s);
  }
  const ticks = niceTicks(lo, hi);
  lo = Math.min(lo, ticks[0] ?? lo);
  hi = Math.max(hi, ticks[ticks.length - 1] ?? hi);
  const span = hi - lo || 1;
  const at = (v: number) => ((v - lo) / span) * width;
  const zero = at(0);
  const bars = top.map((d) => {
    const std = spreadOf(d);
    const x = at(d.value);
    return { feature: d.feature, value: d.value, std, x0: Math.min(zero, x), x1: Math.max(zero, x), w0: std === null ? null : at(d.value - std), w1: std === null ? null : at(d.value + std) };
  });
  return { bars, zero, ticks: ticks.map((value) => ({ x: at(value), value })) };
}

/** About five round values (1, 2 or 5 × 10^k apart) covering lo…hi. */
export function niceTicks(lo: number, hi: number): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  const out: number[] = [];
  for (let v = Math.floor(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Number(v.toPrecision(12)));
  if (out[out.length - 1] < hi) out.push(Number((out[out.length - 1] + step).toPrecision(12)));
  return out;
}
