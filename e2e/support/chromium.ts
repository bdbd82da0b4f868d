// Typed access to the Chromium finder shared with `npm test` (a plain .mjs script without types).
// @ts-ignore -- the script ships no declaration file; its one export is typed here.
import { findChromium as find } from '../../scripts/ensure-chromium.mjs';

export const findChromium: () => string | null = find;
