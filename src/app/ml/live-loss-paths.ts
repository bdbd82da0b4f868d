// Polyline points for live loss curves: every series on one shared y range, x spread over the
// longest series, at most `width` points each (a long run is thinned, not truncated).

export interface LossPath {
  name: string;
  points: string;
}

export function liveLossPaths(series: Record<string, number[]>, width: number, height: number): { paths: LossPath[]; min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  let longest = 0;
  for (const s of Object.values(series)) {
    longest = Math.max(longest, s.length);
    for (const v of s) {
      if (!Number.isFinite(v)) continue;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  if (!Number.isFinite(min)) return { paths: [], min: 0, max: 0 };
  const span = max - min || 1;
  const step = Math.max(1, Math.ceil(longest / width));
  const paths = Object.entries(series).map(([name, s]) => {
    const pts: string[] = [];
    for (let i = 0; i < s.length; i += step) {
      if (!Number.isFinite(s[i])) continue;
      const x = longest > 1 ? (i / (longest - 1)) * width : 0;
      const y = height - ((s[i] - min) / span) * height;
      pts.push(`${x.toFixed(1)},${y.toFixed(1)}`);
    }
    return { name, points: pts.join(' ') };
  });
  return { paths, min, max };
}
