// Geometry of the small histogram: bar rectangles in a fixed viewBox, heights relative to the tallest.

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function histogramBars(counts: readonly number[], width: number, height: number, gap = 1): Bar[] {
  if (counts.length === 0) return [];
  const max = Math.max(...counts);
  const step = width / counts.length;
  return counts.map((c, i) => {
    const h = max > 0 ? (c / max) * height : 0;
    // Non-zero bins stay visible as at least one pixel.
    const shown = c > 0 ? Math.max(1, h) : 0;
    return { x: i * step, y: height - shown, width: Math.max(0.5, step - gap), height: shown };
  });
}

/** Share of the largest count, 0..1, for horizontal "top values" bars. */
export function relativeWidths(counts: readonly number[]): number[] {
  const max = Math.max(0, ...counts);
  return counts.map((c) => (max > 0 ? c / max : 0));
}
