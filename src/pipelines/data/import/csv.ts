// CSV/TSV go through DuckDB's own reader (read_csv on a registered buffer); this file builds the
// reader calls and turns DuckDB's long error texts into short messages that name the file and line.
import { DataImportError } from '../engine';
import { quoteString } from '../sql-text';

/** DuckDB's default max_line_size; longer lines need the option raised. */
const DUCKDB_DEFAULT_LINE = 2_000_000;

export function readCsvSql(path: string, delimiter: string, longestLineBytes: number): string {
  const opts = [`delim=${quoteString(delimiter)}`];
  if (longestLineBytes + 2 > DUCKDB_DEFAULT_LINE) opts.push(`max_line_size=${longestLineBytes + 1024}`);
  return `SELECT * FROM read_csv(${quoteString(path)}, ${opts.join(', ')})`;
}

const DELIMITERS = [',', ';', '\t', '|'];

/**
 * The delimiter of a .csv file, from its header line: the candidate that occurs most often outside
 * quotes (',' on a tie). DuckDB's sniffer could guess it too, but given ragged rows it silently picks
 * "one column" instead of failing, so the reader always gets an explicit delimiter.
 */
export function guessDelimiter(head: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of head) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/** The first record's fields (the header), honouring double quotes. */
export function headerFields(text: string, delimiter: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') break;
    else field += ch;
  }
  fields.push(field);
  return fields;
}

/**
 * When DuckDB's sniffer gives up (it does on ragged rows), a strict read with the header's columns
 * finds the first bad line, which the sniffer's message does not name.
 */
export function strictReadCsvSql(path: string, delimiter: string, header: string[], longestLineBytes: number): string {
  const columns = header.map((h, i) => `${quoteString(h.trim() === '' ? `column${i}` : h)}: 'VARCHAR'`).join(', ');
  const opts = [
    `delim=${quoteString(delimiter)}`,
    `quote='"'`,
    `escape='"'`,
    'header=true',
    'auto_detect=false',
    `columns={${columns}}`,
  ];
  if (longestLineBytes + 2 > DUCKDB_DEFAULT_LINE) opts.push(`max_line_size=${longestLineBytes + 1024}`);
  return `SELECT count(*) FROM read_csv(${quoteString(path)}, ${opts.join(', ')})`;
}

export function isSnifferFailure(message: string): boolean {
  return message.includes('Error when sniffing file');
}

/** "CSV Error on Line: 4\nOriginal Line: 3\nExpected Number of Columns: 2 Found: 1" → a short sentence. */
export function csvErrorMessage(fileName: string, message: string): DataImportError {
  const line = /CSV Error on Line: (\d+)/.exec(message)?.[1];
  const columns = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(message);
  if (line && columns) {
    return new DataImportError(
      `${fileName}: line ${line} has ${columns[2]} ${columns[2] === '1' ? 'field' : 'fields'}, but the header has ${columns[1]}. Fix that row (or quote fields that contain the delimiter).`,
    );
  }
  if (line && /Invalid unicode|not utf-8/i.test(message)) {
    return new DataImportError(`${fileName}: invalid UTF-8 on line ${line}. Save the file as UTF-8 and import it again.`);
  }
  if (line) {
    const detail = message.split('\n').find((l) => l && !l.startsWith('Invalid Input Error') && !l.startsWith('Original Line'));
    return new DataImportError(`${fileName}: cannot read line ${line}${detail ? `: ${detail.trim()}` : ''}.`);
  }
  if (isSnifferFailure(message)) {
    return new DataImportError(
      `${fileName}: cannot work out the CSV layout (delimiter, quoting, columns). Check that it is a text table with a header row.`,
    );
  }
  const first = message.split('\n')[0].replace(/^[A-Za-z ]*Error: /, '');
  return new DataImportError(`${fileName}: ${first}`);
}
