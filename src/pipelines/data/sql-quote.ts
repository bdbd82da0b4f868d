// Quoting for SQL we generate: identifiers in double quotes, strings in single quotes, doubled inside.

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
