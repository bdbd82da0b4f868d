// Quoting for names and strings spliced into SQL text: identifiers in double quotes, literals in
// single quotes, embedded quotes doubled (DuckDB's rules), so no table name can break out of its quotes.

export function quoteIdent(name: string): string {
  if (name.length === 0) throw new Error('an identifier cannot be empty');
  if (name.includes('\u0000')) throw new Error('an identifier cannot contain NUL');
  return `"${name.replaceAll('"', '""')}"`;
}

export function quoteString(text: string): string {
  if (text.includes('\u0000')) throw new Error('a string literal cannot contain NUL');
  return `'${text.replaceAll("'", "''")}'`;
}
