// Browsers cap an element's height (Firefox near 17.9M px, Chrome near 33.5M px), so a million
// 26px rows cannot have a 1:1 scrollbar everywhere. Past `maxPx` the spacer is shortened and the
// scroll offset is stretched by `factor`, so both ends of the table stay reachable.

export const MAX_SCROLL_PX = 15_000_000;

export interface ScrollScale {
  /** Height to give the scrolling spacer. */
  spacerPx: number;
  /** Virtual offset = real scrollTop × factor (1 when no scaling is needed). */
  factor: number;
}

export function scrollScale(totalPx: number, viewportPx: number, maxPx = MAX_SCROLL_PX): ScrollScale {
  if (totalPx <= maxPx) return { spacerPx: totalPx, factor: 1 };
  const realRange = Math.max(1, maxPx - viewportPx);
  const virtualRange = Math.max(1, totalPx - viewportPx);
  return { spacerPx: maxPx, factor: virtualRange / realRange };
}
