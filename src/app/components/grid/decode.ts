// Arrow IPC window → plain column arrays the grid can print: BigInt → number (text past 2^53), dates and
// timestamps → ISO text, nested values → JSON text. Column-major, never an array of row objects.
import { tableFromIPC, Type, type DataType, type Vector } from 'apache-arrow';

export type CellValue = string | number | boolean | null;

export interface DecodedBlock {
  rowCount: number;
  /** values[c][r] for the grid's columns, in the grid's column order. */
  values: CellValue[][];
}

function isoDate(ms: number, dateOnly: boolean): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return String(ms);
  const iso = d.toISOString();
  if (dateOnly) return iso.slice(0, 10);
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}

/** Arrow decimals arrive as a scaled integer in 32-bit words (little endian, two's complement). */
function decimalToNumber(words: Uint32Array, scale: number): number {
  let v = 0n;
  for (let i = words.length - 1; i >= 0; i--) v = (v << 32n) | BigInt(words[i]);
  if (words.length && words[words.length - 1] & 0x8000_0000) v -= 1n << BigInt(words.length * 32);
  return Number(v) / 10 ** scale;
}

/** Exact integers as numbers; beyond 2^53 the decimal text, so large ids are not silently rounded. */
function bigintValue(v: bigint): number | string {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString();
}

function jsonText(value: unknown): string {
  const plain = value && typeof value === 'object' && 'toJSON' in value ? (value as { toJSON(): unknown }).toJSON() : value;
  return JSON.stringify(plain, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v));
}

/** One Arrow value as something printable, by the column's Arrow type. */
export function toCellValue(value: unknown, type: DataType): CellValue {
  if (value === null || value === undefined) return null;
  switch (type.typeId) {
    case Type.Date:
    case Type.DateDay:
    case Type.DateMillisecond:
    {
      const ms = value instanceof Date ? value.getTime() : Number(value);
      return isoDate(ms, ms % 86_400_000 === 0);
    }
    case Type.Timestamp:
    case Type.TimestampSecond:
    case Type.TimestampMillisecond:
    case Type.TimestampMicrosecond:
    case Type.TimestampNanosecond:
      return isoDate(value instanceof Date ? value.getTime() : Number(value), false);
    case Type.Decimal:
      return value instanceof Uint32Array ? decimalToNumber(value, (type as unknown as { scale: number }).scale ?? 0) : Number(value);
    case Type.Binary:
    case Type.LargeBinary:
    case Type.FixedSizeBinary:
      return `<${(value as Uint8Array).byteLength} bytes>`;
    default:
      break;
  }
  if (typeof value === 'bigint') return bigintValue(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return isoDate(value.getTime(), false);
  return jsonText(value);
}

function columnValues(vector: Vector | null, rowCount: number): CellValue[] {
  const out: CellValue[] = new Array(rowCount).fill(null);
  if (!vector) return out;
  const type = vector.type as DataType;
  for (let r = 0; r < rowCount; r++) out[r] = toCellValue(vector.get(r), type);
  return out;
}

/** Decodes one window; columns are matched by name, then by position. */
export function decodeWindow(ipc: Uint8Array, columnNames: readonly string[]): DecodedBlock {
  const table = tableFromIPC(ipc);
  const rowCount = table.numRows;
  const values = columnNames.map((name, i) => columnValues(table.getChild(name) ?? (i < table.numCols ? table.getChildAt(i) : null), rowCount));
  return { rowCount, values };
}
