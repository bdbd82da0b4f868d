// How a column is laid out: numeric DuckDB types align right, widths follow type and name.

const NUMERIC = /^(TINYINT|SMALLINT|INTEGER|INT|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|REAL|DOUBLE|DECIMAL|NUMERIC|INT\d+|FLOAT\d+|UINT\d+)\b/i;

export function isNumericType(type: string): boolean {
  return NUMERIC.test(type.trim());
}

/** Pixel width for a column: wide enough for its header, sized by what its values usually are. */
export function columnWidth(name: string, type: string): number {
  const t = type.toUpperCase();
  const byType = isNumericType(t) ? 110 : t.startsWith('BOOL') ? 80 : t.startsWith('DATE') ? 110 : t.startsWith('TIMESTAMP') ? 190 : 180;
  const byHeader = Math.max(name.length, type.length * 0.8) * 7.5 + 28;
  return Math.round(Math.min(360, Math.max(72, byType, byHeader)));
}

/** Text for a number cell: integers exactly, others to 8 significant digits. */
export function formatNumberCell(n: number): string {
  if (Number.isInteger(n)) return String(n);
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e15)) return n.toExponential(4);
  return String(Number(n.toPrecision(8)));
}
