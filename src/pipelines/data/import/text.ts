// Checks on text files before they reach a parser: UTF-8 validity, binary content, line length.
import { DataImportError } from '../engine';

/** Lines longer than this are refused: one such line would take a large slice of the wasm heap. */
export const MAX_LINE_BYTES = 100 * 1024 * 1024;

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let extra: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [extra, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [extra, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [extra, min] = [3, 0x10000];
    else return i;
    if (i + extra >= n) return i;
    let cp = b & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += extra + 1;
  }
  return -1;
}

/** The bytes as text (a leading BOM dropped), or a DataImportError naming the line with the bad byte. */
export function decodeUtf8(fileName: string, bytes: Uint8Array): string {
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    throw new DataImportError(
      `${fileName}: invalid UTF-8 on line ${lineOfOffset(bytes, bad)} (byte ${bad}). Save the file as UTF-8 and import it again.`,
    );
  }
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
}

/** True when the start of the file holds NUL bytes, which text files never do. */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 65_536);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

/** The longest line, in bytes, with its 1-based line number. */
export function longestLine(bytes: Uint8Array): { line: number; bytes: number } {
  let best = { line: 1, bytes: 0 };
  let start = 0;
  let line = 1;
  for (;;) {
    const nl = bytes.indexOf(10, start);
    const end = nl < 0 ? bytes.length : nl;
    if (end - start > best.bytes) best = { line, bytes: end - start };
    if (nl < 0) return best;
    start = nl + 1;
    line++;
  }
}

export function checkLineLength(fileName: string, bytes: Uint8Array, maxLineBytes: number): number {
  const longest = longestLine(bytes);
  if (longest.bytes > maxLineBytes) {
    const mb = (x: number) => (x >= 1024 * 1024 ? `${Math.round((x / 1024 / 1024) * 10) / 10} MB` : `${x} bytes`);
    throw new DataImportError(
      `${fileName}: line ${longest.line} is ${mb(longest.bytes)} long, over the ${mb(maxLineBytes)} limit for one line. ` +
        'Check that the file uses line breaks between records.',
    );
  }
  return longest.bytes;
}
