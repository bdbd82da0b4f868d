// Reads JSON (an array of objects) or JSON lines (one object per line) into columns, in JS,
// because duckdb-wasm 1.32 ships without the json extension.
import { DataImportError } from '../engine';
import { decodeUtf8 } from './text';
import type { JsColumn } from './columns';

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

function lineAt(text: string, position: number): number {
  let line = 1;
  for (let i = 0; i < position && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** JSON.parse's error, located by line where the engine tells us the position. */
function parseError(fileName: string, text: string, err: unknown, lineOffset = 0): DataImportError {
  const message = err instanceof Error ? err.message : String(err);
  const pos = /position (\d+)/.exec(message);
  const where = pos ? ` on line ${lineOffset + lineAt(text, Number(pos[1]))}` : lineOffset ? ` on line ${lineOffset + 1}` : '';
  return new DataImportError(`${fileName}: invalid JSON${where}: ${message}`);
}

function rowsOf(fileName: string, text: string): Record<string, unknown>[] {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      throw parseError(fileName, text, err);
    }
    const rows = parsed as unknown[];
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (r === null || typeof r !== 'object' || Array.isArray(r)) {
        throw new DataImportError(
          `${fileName}: expected an array of objects, but element ${i + 1} is ${kindOf(r)}. ` +
            'Use an array of records like [{"a": 1}, {"a": 2}] or one object per line (JSON lines).',
        );
      }
    }
    return rows as Record<string, unknown>[];
  }
  if (!trimmed.startsWith('{')) {
    let top = 'not JSON';
    try {
      top = kindOf(JSON.parse(text));
    } catch {
      // not parseable at all: reported as "not JSON"
    }
    throw new DataImportError(
      `${fileName}: expected an array of objects or JSON lines, but the file holds ${top} at the top level.`,
    );
  }
  // JSON lines; a single pretty-printed object is one row.
  try {
    const whole = JSON.parse(text) as unknown;
    if (whole !== null && typeof whole === 'object' && !Array.isArray(whole)) return [whole as Record<string, unknown>];
  } catch {
    // not a single object: read it line by line below
  }
  const rows: Record<string, unknown>[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    let r: unknown;
    try {
      r = JSON.parse(line);
    } catch (err) {
      throw parseError(fileName, line, err, i);
    }
    if (r === null || typeof r !== 'object' || Array.isArray(r)) {
      throw new DataImportError(`${fileName}: line ${i + 1} is ${kindOf(r)}; JSON lines must hold one object per line.`);
    }
    rows.push(r as Record<string, unknown>);
  }
  return rows;
}

/** Columns in first-seen key order; keys missing from a row are null. */
export function readJson(fileName: string, bytes: Uint8Array): JsColumn[] {
  const text = decodeUtf8(fileName, bytes);
  const rows = rowsOf(fileName, text);
  if (rows.length === 0) throw new DataImportError(`${fileName}: the JSON holds no records.`);
  const names: string[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    for (const k of Object.keys(r)) {
      if (!seen.has(k)) {
        seen.add(k);
        names.push(k);
      }
    }
  }
  if (names.length === 0) throw new DataImportError(`${fileName}: the JSON records have no fields.`);
  return names.map((name) => {
    const values = new Array<unknown>(rows.length);
    for (let i = 0; i < rows.length; i++) values[i] = rows[i][name] ?? null;
    return { name, values };
  });
}
